/**
 * Returning learners are told when a lesson they completed has changed (issue 20, step 5).
 * `npm run build:changed` builds the same course into dist-changed/ as if the text of one
 * lesson, why-digital-health/triple-win, had been rewritten (LESSON_CHANGE_FOR_TEST, with the
 * change note "A test rewrote one paragraph"). The learner completes that lesson on the site in
 * dist/, then opens the rebuilt site with the same saved progress, as after a redeploy.
 */
import AxeBuilder from '@axe-core/playwright';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { serveDist } from '../../scripts/serve-dist.mjs';
import type { Progress } from '../../src/progress/model';
import { allLessons, emptyProgress, lessonVersion, seed, withLessons } from './progress-seed';

const DIST_CHANGED = join(process.cwd(), 'dist-changed');
// Beside the main site's port (E2E_PORT; base-path.spec.ts uses +3), so checkouts side by side do not collide.
const PORT = Number(process.env.E2E_PORT ?? 4327) + 4;
const REBUILT = `http://127.0.0.1:${PORT}`;
const CHANGED = allLessons.find((l) => l.id === 'why-digital-health/triple-win')!;
const lessonPath = (id: string) => `/modules/${id}/`;

let server: Server | undefined;

// One server on one port for this file: its tests run in order in one worker.
test.describe.configure({ mode: 'default' });

test.beforeAll(async () => {
  if (!existsSync(join(DIST_CHANGED, 'index.html')))
    throw new Error('dist-changed/index.html is missing: run "npm run build:changed" first');
  server = (await serveDist(DIST_CHANGED, PORT)) as Server;
});
test.afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

const stored = async (page: Page): Promise<Progress> =>
  JSON.parse((await page.evaluate(() => localStorage.getItem('dhs:progress'))) ?? '{}') as Progress;

const notice = (page: Page) => page.locator('[data-lesson-updated]');

/** My results once its island has read the progress (its static HTML never shows the count). */
async function openResults(page: Page): Promise<void> {
  await page.goto('/results/');
  await expect(page.locator('astro-island', { has: page.locator('#attempts') })).not.toHaveAttribute('ssr', /.*/);
}

test('a lesson that changed after the learner completed it says so, until they mark it read', async ({
  page,
  browser,
}) => {
  // Completing the lesson records the version the learner read.
  await page.goto(lessonPath(CHANGED.id));
  await page.getByRole('link', { name: /^Complete and continue/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: allLessons[1]!.data.title })).toBeVisible();
  const before = await stored(page);
  expect(before.l[CHANGED.id]?.h).toBe(lessonVersion(CHANGED.id));
  await page.goto(lessonPath(CHANGED.id));
  await expect(page.getByText(/You completed this lesson on/)).toBeVisible();
  await expect(notice(page)).toBeHidden();

  // The rebuilt site, with the same saved progress.
  const context = await browser.newContext({ baseURL: REBUILT, serviceWorkers: 'block' });
  const again = await context.newPage();
  await seed(again, before);
  await again.goto(lessonPath(CHANGED.id));
  await expect(notice(again)).toBeVisible();
  await expect(notice(again).locator('[data-updated-text]')).toHaveText(
    /^Updated on \d{1,2} [A-Z][a-z]+ \d{4} since you completed it: A test rewrote one paragraph\.$/,
  );
  // Completion is never taken away.
  await expect(again.getByText(/You completed this lesson on/)).toBeVisible();
  const axe = await new AxeBuilder({ page: again })
    .include('[data-lesson-updated]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(axe.violations).toEqual([]);
  const rebuiltVersion = await notice(again).getAttribute('data-version');
  expect(rebuiltVersion).toMatch(/^[0-9a-z]{3}$/);
  expect(rebuiltVersion).not.toBe(lessonVersion(CHANGED.id));

  // The course home and My results count it, and link to it.
  await again.goto('/');
  const onHome = again.getByRole('link', { name: '1 completed lesson changed since you completed it' });
  await expect(onHome).toBeVisible();
  await openResults(again);
  const onResults = again.locator('[data-changed-lessons]');
  await expect(onResults).toContainText('Each still counts as completed and says at its top what changed.');
  await onResults.getByRole('link', { name: '1 completed lesson changed since you completed it' }).click();
  await expect(again.getByRole('heading', { level: 1, name: CHANGED.data.title })).toBeVisible();

  // Marking it read records the new version; the completion and its date stay.
  await again.getByRole('button', { name: 'Mark as read' }).click();
  await expect(notice(again).locator('[data-updated-text]')).toBeFocused();
  await expect(notice(again)).toContainText('Marked as read');
  await expect(again.getByRole('button', { name: 'Mark as read' })).toBeHidden();
  const after = await stored(again);
  expect(after.l[CHANGED.id]).toEqual({ ...before.l[CHANGED.id], h: rebuiltVersion });
  await again.reload();
  await expect(again.getByText(/You completed this lesson on/)).toBeVisible();
  await expect(notice(again)).toBeHidden();
  await again.goto('/');
  await expect(again.getByText(`1 of ${allLessons.length} lessons completed`)).toBeVisible();
  await expect(again.getByText(/changed since you completed/)).toHaveCount(0);
  await openResults(again);
  await expect(again.locator('[data-changed-lessons]')).toHaveCount(0);
  await context.close();
});

test('progress saved before lessons had versions raises no notice and counts nothing as changed', async ({ page }) => {
  const old = withLessons(
    emptyProgress(),
    allLessons.map((l) => l.id),
    Date.UTC(2026, 10, 20),
    { versions: false },
  );
  await seed(page, old);
  await page.goto(lessonPath(CHANGED.id));
  await expect(page.getByText(/You completed this lesson on/)).toBeVisible();
  await expect(notice(page)).toBeHidden();
  await page.goto('/');
  await expect(page.getByText(`${allLessons.length} of ${allLessons.length} lessons completed`)).toBeVisible();
  await expect(page.getByText(/changed since you completed/)).toHaveCount(0);
  await openResults(page);
  await expect(page.locator('[data-changed-lessons]')).toHaveCount(0);
  // Opening it records nothing: the version stays unknown.
  expect((await stored(page)).l[CHANGED.id]?.h).toBeUndefined();
});

test('a version the ledger does not list gets the date of the current one and no note', async ({ page }) => {
  const p = withLessons(emptyProgress(), [CHANGED.id], Date.UTC(2026, 10, 20));
  p.l[CHANGED.id]!.h = 'zzz';
  await seed(page, p);
  await page.goto(lessonPath(CHANGED.id));
  // src/data/lesson-versions.ts: the current version of this lesson was published on 6 December 2026.
  await expect(notice(page).locator('[data-updated-text]')).toHaveText(
    'Updated on 6 December 2026 since you completed it.',
  );
});
