import { expect, test } from '@playwright/test';

test('a learner goes from the home page through a module and its lessons to the quiz and back', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Digital Health Skills' })).toBeVisible();
  const modules = page.getByRole('list', { name: 'Modules' }).getByRole('listitem');
  expect(await modules.count()).toBeGreaterThanOrEqual(1);

  const firstModule = modules.first().getByRole('link');
  const moduleTitle = (await firstModule.textContent())?.replace(/^\d+\.\s*/, '').trim() ?? '';
  await firstModule.click();
  await expect(page.getByRole('heading', { level: 1, name: moduleTitle })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What you will be able to do' })).toBeVisible();

  const lessonLinks = page.locator('main ol').first().getByRole('link');
  const firstLesson = (await lessonLinks.first().textContent())?.trim() ?? '';
  const secondLesson = (await lessonLinks.nth(1).textContent())?.trim() ?? '';
  await lessonLinks.first().click();
  await expect(page.getByRole('heading', { level: 1, name: firstLesson })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'In this lesson you will learn to' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Summary' })).toBeVisible();
  await expect(page.getByText(/Last reviewed/)).toBeVisible();
  const sidebar = page.getByRole('navigation', { name: `Lessons in ${moduleTitle}` });
  await expect(sidebar.getByRole('link', { name: firstLesson })).toHaveAttribute('aria-current', 'page');

  await page.getByRole('navigation', { name: 'Previous and next' }).getByRole('link', { name: /Next/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: secondLesson })).toBeVisible();
  await expect(sidebar.getByRole('link', { name: secondLesson })).toHaveAttribute('aria-current', 'page');

  await sidebar.getByRole('link', { name: 'Module quiz' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /quiz/i })).toBeVisible();
  await page.getByRole('link', { name: `Module: ${moduleTitle}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: moduleTitle })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Course' }).click();
  await expect(page).toHaveURL('/');
});

test('"Next" on the last lesson of a module leads to its quiz, and the quiz leads to the next module', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('list', { name: 'Modules' }).getByRole('listitem').first().getByRole('link').click();
  const lessonLinks = page.locator('main ol').first().getByRole('link');
  await lessonLinks.last().click();
  await page.getByRole('navigation', { name: 'Previous and next' }).getByRole('link', { name: /Next/ }).click();
  await expect(page).toHaveURL(/\/quizzes\//);
  const nextModule = page.getByRole('link', { name: /^Next module:/ });
  if (await nextModule.count()) {
    await nextModule.click();
    await expect(page).toHaveURL(/\/modules\/[^/]+\/$/);
  }
});

test('the skip link moves keyboard focus to the main content', async ({ page }) => {
  await page.goto('/about/');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  // Out of sight until focused, with text at 200 % on a phone too (it is then three lines tall).
  await page.setViewportSize({ width: 375, height: 800 });
  await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
  const hidden = await skip.boundingBox();
  expect(hidden && hidden.y + hidden.height, 'the skip link peeks out above the header').toBeLessThanOrEqual(0);
  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport({ ratio: 1 });
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('a quiz page still shows every question without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('list', { name: 'Modules' }).getByRole('listitem').first().getByRole('link').click();
  await page.locator('main a[href^="/quizzes/"]').first().click();
  const count = Number(
    (
      await page
        .getByText(/\d+ questions/)
        .first()
        .textContent()
    )?.match(/(\d+) questions/)?.[1],
  );
  expect(count).toBeGreaterThan(0);
  await expect(page.getByText(/^Question \d+\./)).toHaveCount(count);
  await context.close();
});
