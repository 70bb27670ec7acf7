import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import type { Question } from '../../src/schemas/question';
import { allLessons, lessonsOf, modules, quiz } from './progress-seed';
import { loadQuizzes } from './quiz-answers';
import { hydrated } from './page-checks';

/**
 * A clinician on a ward phone reads lessons one after another. Reaching the end and going on
 * is what counts a lesson; the header leaves the screen to the lesson; every link is easy to
 * tap (issue 13, points 1, 10 and 11).
 */
const PHONE = { width: 375, height: 700 };
const url = (id: string) => `/modules/${id}/`;
const [first, second] = allLessons;

test('a learner on a phone reads to the end, taps "Complete and continue", and the lesson counts; undo takes it back', async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await page.goto(url(first!.id));
  const go = page.getByRole('link', { name: /^Complete and continue/ });
  await go.scrollIntoViewIfNeeded();
  // One clear primary control at the end, big enough for a thumb, telling where it leads.
  await expect(go).toContainText(`Next: ${second!.data.title}`);
  const box = (await go.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(44);
  // The old second control is gone.
  await expect(page.getByRole('button', { name: 'Mark as complete' })).toHaveCount(0);
  await go.click();
  await expect(page.getByRole('heading', { level: 1, name: second!.data.title })).toBeVisible();

  await page.goto('/');
  await expect(page.getByText(`1 of ${allLessons.length} lessons completed`, { exact: true })).toBeVisible();

  // Back on the lesson: it says when it was completed, offers undo and just "Continue".
  await page.goto(url(first!.id));
  await expect(page.getByText(/You completed this lesson on/)).toBeVisible();
  await expect(page.getByRole('link', { name: /^Continue/ })).toBeVisible();
  await page.getByRole('button', { name: 'Mark as not complete' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Lesson marked as not complete.' })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Complete and continue/ })).toBeFocused();
  await page.goto('/');
  await expect(page.getByText(`0 of ${allLessons.length} lessons completed`, { exact: true })).toBeVisible();
});

test('scrolling past the summary and waiting does not complete a lesson by itself: only the learner does', async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await page.goto(url(first!.id));
  await page.getByRole('heading', { name: 'Summary' }).scrollIntoViewIfNeeded();
  await page.waitForTimeout(2000);
  await expect(page.getByRole('link', { name: /^Complete and continue/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mark as not complete' })).toHaveCount(0);
});

test('"Complete and continue" on a module’s last lesson leads to its quiz', async ({ page }) => {
  const m = modules[0]!;
  const last = lessonsOf(m.id).at(-1)!;
  await page.goto(url(last.id));
  await page.getByRole('link', { name: /^Complete and continue/ }).click();
  await expect(page).toHaveURL(`/quizzes/${m.data.quiz}/`);
  await expect(page.getByRole('heading', { level: 1, name: quiz(m.data.quiz).data.title })).toBeVisible();
});

async function learnerStudies(browser: Browser, link: string, name: string, lessons: number) {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.setViewportSize(PHONE);
  await page.goto(link);
  await hydrated(page);
  await page.getByRole('button', { name: 'Accept', exact: true }).click();
  await page.goto(url(first!.id));
  for (let i = 0; i < lessons; i++) await page.getByRole('link', { name: /^Complete and continue/ }).click();
  await page.goto(link);
  await hydrated(page);
  await page.getByLabel(/Your name, as your trainer knows you/).fill(name);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Send my results' }).click(),
  ]);
  const text = readFileSync(await download.path(), 'utf8');
  await context.close();
  return { name: download.suggestedFilename(), text };
}

test('the trainer’s cohort report shows exactly the lessons each learner completed with "Complete and continue"', async ({
  browser,
}) => {
  const trainer = await browser.newPage();
  await trainer.goto('/trainers/');
  await hydrated(trainer);
  await trainer
    .getByRole('group', { name: `1. ${modules[0]!.data.title}` })
    .getByRole('checkbox', { name: /The whole module/ })
    .check();
  await trainer.getByLabel('Title').fill('Ward 7 induction');
  await trainer.getByLabel('Your name or team').fill('Sister Okafor');
  const link = await trainer.getByLabel('Assignment link', { exact: true }).inputValue();

  const m1 = lessonsOf(modules[0]!.id);
  const ada = await learnerStudies(browser, link, 'Ada Lovelace', m1.length);
  const bo = await learnerStudies(browser, link, 'Bo Chen', 1);

  await trainer.goto(`/trainers/cohort/#${link.split('#')[1]}`);
  await hydrated(trainer);
  await trainer.getByLabel(/Drop result files here, or choose them/).setInputFiles([
    { name: ada.name, mimeType: 'application/json', buffer: Buffer.from(ada.text) },
    { name: bo.name, mimeType: 'application/json', buffer: Buffer.from(bo.text) },
  ]);
  const rows = trainer.getByRole('table', { name: /Results by learner/ }).getByRole('row');
  await expect(rows.filter({ hasText: 'Ada Lovelace' })).toContainText(`${m1.length} of ${m1.length}`);
  await expect(rows.filter({ hasText: 'Bo Chen' })).toContainText(`1 of ${m1.length}`);
  // Which lessons, not only how many (point 14).
  const bo1 = rows.filter({ hasText: 'Bo Chen' });
  for (const l of m1.slice(1)) await expect(bo1).toContainText(l.data.title);
  await expect(bo1.getByText(/^Not yet:/)).toBeVisible();
  await expect(rows.filter({ hasText: 'Ada Lovelace' }).getByText(/^Not yet:/)).toHaveCount(0);
});

// One story per JavaScript setting: each opens eight pages, so together they were one long test.
for (const javaScriptEnabled of [true, false])
  test(`on a 375 px phone the header is one row, and the rest of the menu is one tap away (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled, viewport: PHONE });
    const page = await context.newPage();
    for (const path of ['/', url(first!.id), '/results/', '/trainers/']) {
      await page.goto(path);
      const header = page.getByRole('banner');
      const height = (await header.boundingBox())!.height;
      expect(height, `header height on ${path} (JavaScript ${javaScriptEnabled})`).toBeLessThanOrEqual(64);
      // Search stays in the row as a tappable control, not squeezed out or clipped.
      const search = header.getByRole('searchbox', { name: 'Search the course' });
      await expect(search).toBeVisible();
      const searchBox = (await search.boundingBox())!;
      expect(searchBox.width).toBeGreaterThanOrEqual(44);
      expect(searchBox.height).toBeGreaterThanOrEqual(44);
      const nav = page.getByRole('navigation', { name: 'Main' });
      await expect(nav.getByRole('link', { name: 'Glossary' })).toBeHidden();
      const menu = header.getByText('Menu', { exact: true });
      const menuBox = (await menu.boundingBox())!;
      expect(menuBox.height).toBeGreaterThanOrEqual(44);
      await menu.click();
      await nav.getByRole('link', { name: 'Glossary' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
    }
    await context.close();
  });

test('on a 320 px phone the header is one row and its search control opens wide enough to type in', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/');
  const header = page.getByRole('banner');
  expect((await header.boundingBox())!.height).toBeLessThanOrEqual(64);
  const search = header.getByRole('searchbox', { name: 'Search the course' });
  await search.click();
  await expect(search).toBeFocused();
  const open = (await search.boundingBox())!;
  expect(open.width, 'the opened search box spans the header row').toBeGreaterThanOrEqual(250);
  expect(open.x + open.width).toBeLessThanOrEqual(320);
  await search.fill('72 hours');
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toBeVisible();
  // Leaving the box gives the row back to the brand and "Menu".
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(header.getByText('Menu', { exact: true })).toBeInViewport({ ratio: 1 });
  expect((await search.boundingBox())!.width).toBeLessThan(60);
});

test('on a wide screen the whole menu shows in the header without a tap', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const name of ['Course', 'My results', 'For trainers', 'Glossary'])
    await expect(nav.getByRole('link', { name })).toBeVisible();
  expect((await page.getByRole('banner').boundingBox())!.height).toBeLessThanOrEqual(64);
});

test('on a phone the module’s lesson list is reachable from the top of a lesson', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto(url(second!.id));
  const jump = page.getByRole('link', { name: /All lessons in this module/ });
  const box = (await jump.boundingBox())!;
  expect(box.y).toBeLessThan(PHONE.height);
  await jump.click();
  const list = page.getByRole('navigation', { name: /^Lessons in / });
  await expect(list.getByRole('link', { name: first!.data.title })).toBeInViewport();
});

test('standalone links are at least 24 × 24 px on a phone (WCAG 2.2 target size)', async ({ page }) => {
  await page.setViewportSize(PHONE);
  const check = async (where: string, links: ReturnType<Page['locator']>) => {
    const n = await links.count();
    expect(n, where).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) {
      const b = (await links.nth(i).boundingBox())!;
      const text = await links.nth(i).textContent();
      expect(b.height, `${where}: "${text}" height`).toBeGreaterThanOrEqual(24);
      expect(b.width, `${where}: "${text}" width`).toBeGreaterThanOrEqual(24);
    }
  };
  await page.goto(url(first!.id));
  await check('lesson sidebar', page.getByRole('navigation', { name: /^Lessons in / }).getByRole('link'));
  await page.goto(`/modules/${modules[0]!.id}/`);
  await check('module lesson list', page.locator('.lesson-list a'));
  await page.goto(`/quizzes/${modules[0]!.data.quiz}/`);
  await check('quiz page', page.getByRole('link', { name: /^Next module:|^Module:/ }));
  // "Where this is taught" under a knowledge check's answer (shown on request after a wrong try).
  const kcQuestion = loadQuizzes()
    .find((q) => q.id === 'why-digital-health')!
    .questions.find((q) => q.id === 'leadership-value-chain') as Extract<Question, { type: 'multiple' }>;
  await page.goto('/modules/why-digital-health/strategic-sector/');
  const kc = page.locator('form').filter({ has: page.getByRole('group', { name: kcQuestion.prompt }) });
  await kc.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island:not([ssr])').filter({ has: kc })).toHaveCount(1);
  const wrongOption = kcQuestion.options.find((o) => !kcQuestion.answer.includes(o.id))!;
  await kc.getByRole('checkbox', { name: wrongOption.text }).check();
  await kc.getByRole('button', { name: 'Check answer' }).click();
  await kc.getByRole('button', { name: 'Show the answer' }).click();
  await check('knowledge check', kc.getByRole('link', { name: /^Where this is taught/ }));
});
