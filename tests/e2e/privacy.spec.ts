import { expect, test } from '@playwright/test';
import { sitemapPaths } from './site';

// One test per page: a single test visiting every page took minutes on a busy machine.
for (const path of sitemapPaths()) {
  test(`${path} requests nothing from another origin`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL ?? '').origin;
    const foreign: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) foreign.push(r.url());
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(foreign).toEqual([]);
  });
}
