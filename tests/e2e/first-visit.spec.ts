import { expect, test } from '@playwright/test';
import { allLessons } from './progress-seed';

/**
 * First impressions (issue 13, point 12): no warning about losing progress before there is
 * any, one clear place to back up on My results, and no stammer on the assignment page.
 */
const WARNING = /clear saved progress|may clear|will be lost/i;

test('a first visit shows no warning about losing progress; once there is progress, My results says it calmly, once', async ({
  page,
}) => {
  for (const path of ['/', `/modules/${allLessons[0]!.id}/`, '/results/', '/certificate/', '/results/recap/']) {
    await page.goto(path);
    // Knowledge checks wake only when scrolled to; every other island must have woken.
    await expect(page.locator('astro-island[ssr]:not([client="visible"])')).toHaveCount(0);
    // Let the browser answer whether storage is persistent.
    await page.waitForTimeout(300);
    await expect(page.locator('body'), path).not.toContainText(WARNING);
  }

  await page.goto(`/modules/${allLessons[0]!.id}/`);
  await page.getByRole('link', { name: /^Complete and continue/ }).click();
  await page.goto('/results/');
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  const backup = page.getByRole('region', { name: 'Back up your progress' });
  await expect(backup).toContainText(/download a backup now and then|keeps your saved progress/i);
  await expect(page.getByText(/download a backup now and then|keeps your saved progress/i)).toHaveCount(1);

  // Every page's footer says where progress lives and links to the backup, calmly and in the
  // same place, instead of a line that appears at the top of some pages once there is progress.
  await page.goto('/certificate/');
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(page.locator('.storage-notice')).toBeEmpty();
  await page.getByRole('contentinfo').getByRole('link', { name: 'back it up' }).click();
  await expect(page).toHaveURL(/\/results\/#backup$/);
  await expect(page.getByRole('heading', { name: 'Back up your progress' })).toBeInViewport();
});

test('My results says "kept in this browser only" once and has one heading for backing up', async ({ page }) => {
  await page.goto(`/modules/${allLessons[0]!.id}/`);
  await page.getByRole('link', { name: /^Complete and continue/ }).click();
  await page.goto('/results/');
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  const main = page.getByRole('main');
  const text = (await main.innerText()).toLowerCase();
  expect(text.match(/(kept|lives|is kept) (only )?in this browser( only)?/g) ?? []).toHaveLength(1);
  await expect(main.getByRole('heading', { name: /back up|keep your progress safe/i })).toHaveCount(1);
  await expect(page.getByRole('link', { name: 'Back up your progress' })).toHaveCount(0);
});

test('the assignment page lists a module quiz without saying "quiz quiz"', async ({ page }) => {
  await page.goto('/trainers/');
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await page
    .getByRole('group', { name: /^1\. / })
    .getByRole('checkbox', { name: /The whole module/ })
    .check();
  await page.getByLabel('Title').fill('Ward 7');
  await page.getByLabel('Your name or team').fill('Sister Okafor');
  await expect(page.getByRole('main')).not.toContainText(/quiz quiz/i);
  await page.goto(await page.getByLabel('Assignment link', { exact: true }).inputValue());
  await expect(page.getByRole('heading', { name: 'Ward 7' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(/module quiz/i);
  await expect(page.getByRole('main')).not.toContainText(/quiz quiz/i);
});
