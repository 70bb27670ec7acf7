import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './page-checks';
import { builtPaths, readBuilt } from './site';

// WCAG 1.4.10 (Reflow): at 320 CSS px nothing scrolls sideways but a table, which scrolls in
// its own box (src/components/Table.astro for tables in a lesson's Markdown).

/** Islands that start on load have hydrated (a lesson's knowledge checks wait until they scroll into view). */
async function started(page: Page): Promise<void> {
  await expect(page.locator('astro-island[ssr][client="load"]')).toHaveCount(0);
}

/**
 * Every page but the 404 at `width` px with the text at `text`: what sticks out past the screen,
 * the page itself or the header's "Menu" (which, off the screen, would need sideways scrolling).
 */
async function tooWide(page: Page, width: number, text: string): Promise<string[]> {
  await page.setViewportSize({ width, height: 800 });
  const wide: string[] = [];
  for (const path of builtPaths().filter((p) => p !== '/404')) {
    await page.goto(path);
    await started(page);
    const r = await page.evaluate(async (size) => {
      document.documentElement.style.fontSize = size;
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      const menu = document.querySelector('.menu > summary')?.getBoundingClientRect();
      return { overflow: document.documentElement.scrollWidth - innerWidth, menuRight: menu?.right ?? 0 };
    }, text);
    if (r.overflow > 0) wide.push(`${path} (${r.overflow} px wider)`);
    if (r.menuRight > width) wide.push(`${path} ("Menu" ends at ${Math.round(r.menuRight)} px)`);
  }
  return wide;
}

test('no page scrolls sideways on a 320 px screen', async ({ page }) => {
  test.setTimeout(240_000);
  expect(await tooWide(page, 320, '100%'), 'pages wider than a 320 px screen').toEqual([]);
});

// A phone's text-size setting: at 200 % a 375 px screen holds what 187 px would at 100 %,
// past what WCAG asks, but clinicians with large text use the course on their phones.
test('with text at 200 % on a 375 px phone no page scrolls sideways and "Menu" stays on the screen', async ({
  page,
}) => {
  test.setTimeout(240_000);
  expect(await tooWide(page, 375, '200%'), 'pages wider than the phone with text at 200 %').toEqual([]);
});

const withTables = builtPaths().filter(
  (p) => p.startsWith('/modules/') && readBuilt(p)?.includes('class="table-scroll"'),
);

test('a lesson table wider than a 320 px screen scrolls in its own box, by keyboard too', async ({ page }) => {
  expect(withTables.length, 'lessons with a Markdown table').toBeGreaterThanOrEqual(3);
  await page.setViewportSize({ width: 320, height: 700 });
  let scrolled = 0;
  for (const path of withTables) {
    await page.goto(path);
    const boxes = page.locator('.table-scroll');
    for (const box of await boxes.all()) {
      const overflows = await box.evaluate((el) => el.scrollWidth > el.clientWidth);
      // Only a box that scrolls is a tab stop and a named region (Table.astro).
      if (!overflows) {
        await expect(box).not.toHaveAttribute('tabindex');
        await expect(box).not.toHaveAttribute('role');
        continue;
      }
      await expect(box).toHaveAttribute('tabindex', '0');
      await expect(box).toHaveAttribute('role', 'region');
      await expect(box).toHaveAccessibleName('Scrollable table');
      await box.focus();
      await page.keyboard.press('ArrowRight');
      await expect
        .poll(() => box.evaluate((el) => el.scrollLeft), `${path}: the arrow key scrolls the table`)
        .toBeGreaterThan(0);
      scrolled += 1;
    }
  }
  // Two of the course's tables are wider than 320 px today (NIS2 against the Action Plan, and
  // the AI Act's dates): if none is, this test no longer shows the scrolling.
  expect(scrolled, 'tables that scrolled sideways').toBeGreaterThanOrEqual(1);
});

test('a lesson table that fits its box is not a tab stop; narrowing the window makes it one, and JavaScript off leaves it one', async ({
  page,
  browser,
}) => {
  const path = '/modules/cybersecurity/action-plan/';
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(path);
  const box = page.locator('.table-scroll').first();
  await expect.poll(() => box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(false);
  await expect(box).not.toHaveAttribute('tabindex');
  await expect(box).not.toHaveAttribute('role');
  await expect(box).not.toHaveAttribute('aria-label');
  expect(await page.getByRole('region', { name: 'Scrollable table' }).count()).toBe(0);
  await page.setViewportSize({ width: 320, height: 700 });
  await expect(box).toHaveAttribute('tabindex', '0');
  await expect(page.getByRole('region', { name: 'Scrollable table' }).first()).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(box).not.toHaveAttribute('tabindex');
  // Without JavaScript nothing can tell whether it scrolls: every box stays focusable.
  const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
  const plain = await noJs.newPage();
  await plain.goto(path);
  await expect(plain.locator('.table-scroll').first()).toHaveAttribute('tabindex', '0');
  await noJs.close();
});

for (const [path, box] of [
  ['/modules/cybersecurity/action-plan/', '.table-scroll'],
  ['/modules/judging-and-running-ai/reading-an-ai-tools-evidence/', '.pv-table'],
] as const) {
  test(`${path}: its table scrolls in its own box at 320 px, with no WCAG 2.2 A/AA violation`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto(path);
    await started(page);
    const region = page.locator(box).first();
    await region.scrollIntoViewIfNeeded();
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth), 'the table is wider than its box').toBe(
      true,
    );
    await expectNoAxeViolations(page, `${path}, a table scrolling at 320 px`);
  });
}
