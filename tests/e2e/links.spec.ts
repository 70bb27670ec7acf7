import { expect, test } from '@playwright/test';
import { builtPaths, readBuilt } from './site';

const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));

test('every internal link on every built page leads to a page and heading that exist', () => {
  const broken: string[] = [];
  const pages = builtPaths();
  expect(pages.length).toBeGreaterThan(5);
  for (const page of pages) {
    const html = readBuilt(page) ?? '';
    for (const m of html.matchAll(/<a\b[^>]*\shref="([^"]*)"/g)) {
      const raw = (m[1] ?? '').replace(/&amp;/g, '&');
      if (/^(https?:|mailto:|tel:)/.test(raw)) continue;
      const url = new URL(raw, `http://x${page.endsWith('/') ? page : page + '/'}`);
      const same = url.pathname.replace(/\/$/, '') === page.replace(/\/$/, '');
      const target = same ? html : readBuilt(url.pathname);
      if (target === undefined) {
        broken.push(`${page} → ${raw} (no page)`);
        continue;
      }
      const hash = decodeURIComponent(url.hash.slice(1));
      // Fragments that carry data (assignment links) are read by script, not anchors.
      if (hash && !url.pathname.startsWith('/assignment/') && !ids(target).has(hash)) {
        broken.push(`${page} → ${raw} (no element with id "${hash}")`);
      }
    }
  }
  expect(broken).toEqual([]);
});

test('a mistyped address shows the "page not found" page with a way back', async ({ page }) => {
  const response = await page.goto('/no-such-lesson/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the course overview' }).click();
  await expect(page).toHaveURL('/');
});

test('no word runs into a link (a lost space before <a> reads as "thecohort report")', () => {
  const glued = builtPaths().flatMap((page) =>
    [...(readBuilt(page) ?? '').matchAll(/[A-Za-z0-9,.;:]<a\b[^>]*>([^<]{0,40})/g)].map((m) => `${page}: …${m[0]}`),
  );
  expect(glued).toEqual([]);
});
