/**
 * The plain scripts of static pages are scoped: each component is a custom element that reads
 * its own markup, so a second copy on the same page works as well as the first. Each story
 * copies a component on a built page (the copy connects like a second instance would) and
 * checks that both copies are filled in, with ids of their own.
 */
import { expect, test, type Page } from '@playwright/test';
import { acceptAssignment } from '../../src/progress/learner';
import { allLessons, emptyProgress, lessonsOf, modules, seed, withLessons } from './progress-seed';

const T0 = Date.UTC(2026, 10, 2, 9);

/**
 * Opens `path` with the first `tag` element written twice into the page's HTML, as a page
 * using the component twice would be served; returns a locator of both.
 */
async function openWithTwo(page: Page, path: string, tag: string) {
  await page.route(
    (url) => url.pathname === path,
    async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      const twice = html.replace(new RegExp(`<${tag}\\b[^>]*>[\\s\\S]*?</${tag}>`), (m) => m + m);
      expect(twice.length, `${tag} is on ${path}`).toBeGreaterThan(html.length);
      await route.fulfill({ response, body: twice });
    },
  );
  await page.goto(path);
  const both = page.locator(tag);
  await expect(both).toHaveCount(2);
  return both;
}

/** The ids on the page that are used more than once. */
const duplicateIds = (page: Page) =>
  page.evaluate(() => {
    const seen = new Map<string, number>();
    for (const e of document.querySelectorAll('[id]')) seen.set(e.id, (seen.get(e.id) ?? 0) + 1);
    return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
  });

test('two "continue" panels on the course page both show where the learner is', async ({ page }) => {
  const first = allLessons[0]!;
  await seed(page, withLessons(emptyProgress(), [first.id], T0));
  const panels = await openWithTwo(page, '/', 'dhs-continue-panel');
  for (const panel of await panels.all()) {
    await expect(panel.getByRole('link', { name: 'Continue' })).toBeVisible();
    await expect(panel.getByText(`1 of ${allLessons.length} lessons completed`)).toBeVisible();
    // The button is described by its own panel's "next" line.
    await expect(panel.getByRole('link', { name: 'Continue' })).toHaveAccessibleDescription(
      `Next lesson: ${allLessons[1]!.data.title}`,
    );
  }
  expect(await duplicateIds(page)).toEqual([]);
});

test('two "your assignments" lists on the course page both list the assignment', async ({ page }) => {
  const lesson = allLessons[0]!;
  await seed(
    page,
    acceptAssignment(emptyProgress(), {
      id: 'Abc123_xyZ',
      title: 'Ward induction',
      trainer: 'Sam Trainer',
      items: [`lesson:${lesson.id}`],
      accepted: T0,
    }),
  );
  const lists = await openWithTwo(page, '/', 'dhs-your-assignments');
  for (const list of await lists.all()) {
    const region = list.getByRole('region', { name: 'Your assignments' });
    await expect(region).toBeVisible();
    await expect(region.getByRole('link', { name: 'Ward induction' })).toBeVisible();
    await expect(region.getByRole('progressbar', { name: '0 of 1 done' })).toBeVisible();
  }
  expect(await duplicateIds(page)).toEqual([]);
});

test('two progress bars on a module page both count its lessons', async ({ page }) => {
  const mod = modules[0]!;
  const lessons = lessonsOf(mod.id);
  await seed(page, withLessons(emptyProgress(), [lessons[0]!.id], T0));
  const bars = await openWithTwo(page, `/modules/${mod.id}/`, 'dhs-module-progress');
  for (const bar of await bars.all())
    await expect(bar.getByRole('progressbar', { name: `1 of ${lessons.length} lessons completed` })).toBeVisible();
});

test('a second lesson-end control works like the first: either completes the lesson', async ({ page }) => {
  const [lesson, next] = allLessons;
  const ends = await openWithTwo(page, `/modules/${lesson!.id}/`, 'dhs-lesson-end');
  for (const end of await ends.all())
    await expect(end.getByRole('link', { name: /^Complete and continue/ })).toBeVisible();
  // The copy's own button counts the lesson and goes on.
  await ends
    .nth(1)
    .getByRole('link', { name: /^Complete and continue/ })
    .click();
  await expect(page).toHaveURL(new RegExp(`/modules/${next!.id}/$`));
  await page.goBack();
  const completed = /^You completed this lesson on /;
  await expect(page.locator('dhs-lesson-end').getByRole('status')).toHaveText([completed, completed]);
});

test('two offline notes on My results both say whether the course is offline', async ({ page }) => {
  const notes = await openWithTwo(page, '/results/', 'dhs-offline-status');
  for (const note of await notes.all()) {
    // My results draws its sections below the attempts once the list has started (before that
    // they keep their place, invisible, and innerText would read them as empty).
    await expect(note).toBeVisible();
    await expect(note).not.toHaveText('Offline use needs JavaScript and a browser that supports it.');
  }
  await expect(notes.nth(0)).toHaveText((await notes.nth(1).textContent()) ?? '');
});
