/**
 * Checks that many stories make of a page: it has hydrated, it has no WCAG 2.2 A/AA
 * violation (axe, light and dark themes), and it fits a 320 px screen.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The axe rule sets of WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Islands keep an `ssr` attribute until they have hydrated; acting before that would be lost. */
export async function hydrated(page: Page): Promise<void> {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

/** No axe violation in the light or the dark theme; `where` names the state in the message. */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(
      results.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')}`),
      `axe violations: ${where}, ${colorScheme}`,
    ).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** Works at 320 px wide: wide tables scroll inside their own region, never the page. */
export async function expectFitsNarrowScreen(page: Page, where: string): Promise<void> {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 700 });
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    `sideways scroll at 320 px: ${where}`,
  ).toBeLessThanOrEqual(0);
  if (size) await page.setViewportSize(size);
}
