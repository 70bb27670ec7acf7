import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './site';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const VARIANTS = [
  { name: 'light, desktop', colorScheme: 'light', width: 1280 },
  { name: 'dark, desktop', colorScheme: 'dark', width: 1280 },
  { name: 'light, 375 px phone', colorScheme: 'light', width: 375 },
  { name: 'dark, 375 px phone', colorScheme: 'dark', width: 375 },
] as const;

const pages = [...sitemapPaths(), '/404/'];

// One test per page and variant: four axe passes in one test took over a minute on a busy
// 2-core machine, so a slow machine failed a page that had no violation.
for (const path of pages) {
  for (const v of VARIANTS) {
    test(`${path} has no WCAG 2.2 A/AA violations (${v.name})`, async ({ page }) => {
      await page.setViewportSize({ width: v.width, height: 800 });
      await page.emulateMedia({ colorScheme: v.colorScheme });
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      const summary = results.violations.map((x) => `${x.id} (${x.nodes.length}): ${x.nodes[0]?.target.join(' ')}`);
      expect(summary, `axe violations on ${path}, ${v.name}`).toEqual([]);
      if (v.width === 375) {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${path} scrolls sideways at 375 px`).toBeLessThanOrEqual(0);
      }
    });
  }
}
