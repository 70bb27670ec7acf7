import { expect, test } from '@playwright/test';
import { sitemapPaths } from './site';

test('no page requests anything from another origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin)
      foreign.push(`${page.url()} → ${r.url()}`);
  });
  for (const path of sitemapPaths()) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(foreign).toEqual([]);
});
