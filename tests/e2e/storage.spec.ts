import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { allLessons } from './progress-seed';

/**
 * What a learner sees when the browser's storage cannot be trusted: unreadable, written by
 * a newer release, switched off, or full. The course keeps working and says so plainly.
 */
const KEY = 'dhs:progress';
const lesson = allLessons[0]!;
const lessonUrl = `/modules/${lesson.id}/`;
const nextLesson = allLessons[1]!;
/** "Complete and continue" counts the lesson (in this tab at least) and opens the next one. */
async function completeAndContinue(page: Page) {
  await page.getByRole('link', { name: /^Complete and continue/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: nextLesson.data.title })).toBeVisible();
}

async function putRaw(page: Page, raw: string) {
  await page.addInitScript(
    ({ key, raw }) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, raw);
        sessionStorage.setItem('seeded', '1');
      }
    },
    { key: KEY, raw },
  );
}
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);
const banner = (page: Page) => page.locator('[data-storage-banner]');

for (const raw of ['{"v":1,"l":', 'null', '"just text"', '[1,2,3]', '{"v":1,"lessons":"wrong shape"}']) {
  test(`unreadable saved progress (${raw}) is reported, kept untouched, and the lesson still works`, async ({
    page,
  }) => {
    await putRaw(page, raw);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(lessonUrl);
    await expect(banner(page)).toBeVisible();
    await expect(banner(page)).toContainText('We could not read the progress saved in this browser');
    await completeAndContinue(page);
    await expect(banner(page)).toContainText('We could not read the progress saved in this browser');
    expect(await stored(page)).toBe(raw);
    expect(errors).toEqual([]);
  });
}

test('on My results the learner downloads exactly what was found, after which progress is saved again', async ({
  page,
}) => {
  const raw = '{"v":1,"l":{"broken';
  await putRaw(page, raw);
  await page.goto('/results/');
  await expect(
    page.getByRole('heading', { name: 'We could not read the progress saved in this browser' }),
  ).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download what was found' }).click(),
  ]);
  expect(readFileSync((await download.path()) ?? '', 'utf8')).toBe(raw);
  await page.goto(lessonUrl);
  await completeAndContinue(page);
  await page.goto('/');
  await expect(banner(page)).toBeHidden();
  const saved = JSON.parse((await stored(page)) ?? 'null') as { l: Record<string, { c?: number }> };
  expect(saved.l[lesson.id]?.c).toBeGreaterThan(0);
});

test('progress saved by a newer release is never overwritten, and the learner is asked to reload', async ({ page }) => {
  const raw = JSON.stringify({ v: 99, future: true });
  await putRaw(page, raw);
  await page.goto(lessonUrl);
  await expect(banner(page)).toContainText('saved by a newer version of this course');
  await completeAndContinue(page);
  expect(await stored(page)).toBe(raw);
});

test('with storage switched off the course works for the session and says progress will not be kept', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(lessonUrl);
  await expect(banner(page)).toContainText('progress will be lost when you close this tab');
  await completeAndContinue(page);
  await expect(banner(page)).toContainText('progress will be lost when you close this tab');
  expect(errors).toEqual([]);
});

test('when storage is full the learner is warned and what was saved before stays', async ({ page }) => {
  const before = JSON.stringify({ v: 1, pr: {}, l: {}, q: {}, as: [] });
  await putRaw(page, before);
  await page.addInitScript(() => {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the storage as `this`
    const real = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === 'dhs:progress') throw new DOMException('Quota exceeded', 'QuotaExceededError');
      real.call(this, key, value);
    };
  });
  await page.goto(lessonUrl);
  await completeAndContinue(page);
  await expect(banner(page)).toContainText('storage is full');
  expect(await stored(page)).toBe(before);
});

test('a lesson completed in one tab shows as completed in another open tab without a reload', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto(lessonUrl);
  await second.goto(lessonUrl);
  await expect(second.getByRole('link', { name: /^Complete and continue/ })).toBeVisible();
  await first.getByRole('link', { name: /^Complete and continue/ }).click();
  await expect(second.getByRole('button', { name: 'Mark as not complete' })).toBeVisible();
  // "Complete and continue" opened the next lesson in the first tab, which records its own
  // visit as it loads: let that finish, so it cannot overwrite the garbage written below.
  await expect(first).not.toHaveURL(lessonUrl);
  await first.waitForLoadState('load');
  await expect(first.getByRole('link', { name: /^Complete and continue/ })).toBeVisible();
  // Garbage written by another tab does not wipe the progress this tab holds.
  await first.evaluate((key) => localStorage.setItem(key, '{oops'), KEY);
  await expect(second.getByRole('button', { name: 'Mark as not complete' })).toBeVisible();
  await expect(banner(second)).toContainText('We could not read the progress saved in this browser');
});
