import { expect, test } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from '../../scripts/find-browser.mjs';
import type { Progress } from '../../src/progress/model';
import { lessonState } from '../../src/progress/checks';
import { allLessons } from './progress-seed';

/**
 * Nothing lost on the way back (issue 19, point 6). Playwright turns the back/forward cache
 * off by default; this story turns it back on, as in a learner's browser. A lesson page
 * restored from that cache missed what other pages saved while it was frozen: it must re-read
 * the saved progress before it writes, or the lesson completed meanwhile would be overwritten.
 */
const browser: string | undefined = findBrowser();
test.use({
  launchOptions: {
    ...(browser ? { executablePath: browser } : {}),
    args: CHROMIUM_ARGS,
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
  },
});

const [first, second] = allLessons;
const url = (id: string) => `/modules/${id}/`;

test('a lesson page back from the back/forward cache keeps the lesson completed on the page after it', async ({
  page,
}) => {
  await page.goto(url(first!.id));
  await expect(page.getByRole('link', { name: /^Complete and continue/ })).toBeVisible();
  // A mark that only survives if the page itself is restored, not loaded again.
  await page.evaluate(() => Object.assign(window, { frozenHere: true }));

  // The learner opens the next lesson and completes it there (which moves on to the lesson after).
  await page.goto(url(second!.id));
  await page.getByRole('link', { name: /^Complete and continue/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: second!.data.title })).toHaveCount(0);

  // Back twice: the first lesson's page comes back from the cache, as it was.
  await page.goBack({ waitUntil: 'commit' });
  await page.goBack({ waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1, name: first!.data.title })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { frozenHere?: boolean }).frozenHere)).toBe(true);
  // It re-read the saved progress on the way back: its list of lessons ticks the one just completed.
  await expect(page.locator(`.sidebar [data-lesson="${second!.id}"] .tick`)).toBeVisible();

  // Completing it there writes progress: both lessons are completed, nothing overwritten.
  await page.getByRole('link', { name: /^Complete and continue/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: second!.data.title })).toBeVisible();
  const saved = JSON.parse((await page.evaluate(() => localStorage.getItem('dhs:progress'))) ?? 'null') as Progress;
  expect(lessonState(saved, first!.id).status).toBe('completed');
  expect(lessonState(saved, second!.id).status).toBe('completed');
});
