import { expect, test } from '@playwright/test';
for (const width of [375, 1280]) {
  test(`trainer ${width}`, async ({ page }) => {
    await page.setViewportSize({ width, height: width === 375 ? 740 : 800 });
    await page.goto('/trainers/');
    await expect(page.locator('astro-island[ssr]:not([client="visible"])')).toHaveCount(0);
    await page.screenshot({ path: `/tmp/shots/t-${width}.png`, fullPage: false });
    await page.goto('/trainers/cohort/');
    await expect(page.locator('astro-island[ssr]:not([client="visible"])')).toHaveCount(0);
    await page.screenshot({ path: `/tmp/shots/c-${width}.png`, fullPage: true });
  });
}
