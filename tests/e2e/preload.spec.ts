/**
 * A page names every script it needs at once in its HTML (`<link rel="modulepreload">`, added
 * by scripts/lib/module-preload.mjs at build time), so the browser fetches them side by side
 * instead of discovering them one import level at a time.
 */
import { expect, test, type Page } from '@playwright/test';
import { allLessons } from './progress-seed';

/** The `_astro` scripts the page's HTML names: module script sources and preload links. */
const named = (page: Page) =>
  page.evaluate(() =>
    [
      ...[...document.querySelectorAll<HTMLScriptElement>('script[type="module"][src]')].map((s) => s.src),
      ...[...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((l) => l.href),
    ].map((u) => new URL(u).pathname),
  );

for (const [what, path, ready] of [
  ['a quiz', '/quizzes/why-digital-health/', (page: Page) => expect(page.locator('#quiz-start')).toBeEnabled()],
  [
    'the trainers’ page',
    '/trainers/',
    (page: Page) => expect(page.locator('astro-island[client="load"][ssr]')).toHaveCount(0),
  ],
] as const) {
  test(`${what}: every script its island needs to start is named in the page, none found only after another has loaded`, async ({
    page,
  }) => {
    const requested: string[] = [];
    page.on('request', (r) => {
      const p = new URL(r.url()).pathname;
      if (/^\/_astro\/.+\.js$/.test(p)) requested.push(p);
    });
    await page.goto(path);
    await ready(page);
    const inHtml = await named(page);
    expect(requested.length).toBeGreaterThan(3);
    expect(requested.filter((p) => !inHtml.includes(p))).toEqual([]);
  });
}

test('a lesson names none of its knowledge checks’ code: that loads only when a check scrolls into view', async ({
  page,
}) => {
  await page.goto(`/modules/${allLessons[0]!.id}/`);
  const island = page.locator('astro-island[client="visible"]').first();
  const component = new URL((await island.getAttribute('component-url'))!, page.url()).pathname;
  const inHtml = await named(page);
  expect(inHtml.length).toBeGreaterThan(0);
  expect(inHtml).not.toContain(component);
});
