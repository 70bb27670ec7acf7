import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { builtPaths, readBuilt } from './site';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const box = (page: Page) => page.getByRole('searchbox', { name: 'Search the course' });
const hits = (page: Page) => page.getByRole('list', { name: 'Search results' }).getByRole('link');
const announced = (page: Page) => page.getByRole('status').filter({ hasText: /results? for|No results/ });

/**
 * Lesson sections (page path + heading id) whose text mentions `term`, read
 * from the built pages, so the tests follow the content as its wording changes.
 */
function sectionsMentioning(term: string): Set<string> {
  const want = term.toLowerCase().replace(/[-\s]+/g, ' ');
  const found = new Set<string>();
  const pages = builtPaths().filter((p) => /^\/modules\/[^/]+\/[^/]+\/$/.test(p));
  for (const path of pages) {
    const html = readBuilt(path) ?? '';
    const heads = [...html.matchAll(/<h[23][^>]*\sid="([^"]+)"/g)];
    heads.forEach((h, i) => {
      const end = heads[i + 1]?.index ?? html.length;
      const text = html
        .slice(h.index, end)
        .replace(/<[^>]+>/g, ' ')
        .replace(/&[a-z#\d]+;/gi, ' ')
        .toLowerCase()
        .replace(/[-\s]+/g, ' ');
      if (text.includes(want)) found.add(`${path}#${h[1]}`);
    });
  }
  return found;
}

async function search(page: Page, q: string) {
  await box(page).fill(q);
  await expect(announced(page)).toContainText(q);
}

const hrefs = async (page: Page) => hits(page).evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));

test.describe('searching the course', () => {
  test('a learner presses "/" on any page, searches "ransomware" and lands on the section that explains it', async ({
    page,
  }) => {
    const expected = sectionsMentioning('ransomware');
    expect(expected.size, 'some lesson section mentions ransomware').toBeGreaterThan(0);
    await page.goto('/about/');
    await page.keyboard.press('/');
    await expect(box(page)).toBeFocused();
    await search(page, 'ransomware');
    const first = hits(page).first();
    const href = (await first.getAttribute('href')) ?? '';
    expect([...expected]).toContain(href);
    // The glossary's definition is offered too.
    await expect(hits(page).filter({ hasText: 'Glossary: Ransomware' })).toHaveAttribute(
      'href',
      '/glossary/#ransomware',
    );
    // Each result says where it is (module) and shows the matched words.
    const item = page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first();
    await expect(item.locator('.search-where')).toContainText(/Module \d+|Glossary/);
    await expect(item.locator('mark').first()).toHaveText(/ransomware/i);
    await first.click();
    const [path, id] = href.split('#');
    await expect(page).toHaveURL(new RegExp(`${path}#${id}$`));
    await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  });

  test('"Rule 11" finds the lesson section on medical device classes', async ({ page }) => {
    const expected = sectionsMentioning('Rule 11');
    expect(expected.size, 'some lesson section mentions Rule 11').toBeGreaterThan(0);
    await page.goto('/');
    await search(page, 'Rule 11');
    expect([...expected]).toContain((await hrefs(page))[0]);
  });

  test('"opt out" finds the section on opting out of the use of health data', async ({ page }) => {
    const expected = sectionsMentioning('opt out');
    test.skip(expected.size === 0, 'no lesson mentions opting out yet (the EHDS opt-out lesson is being written)');
    await page.goto('/');
    await search(page, 'opt out');
    const found = await hrefs(page);
    expect(
      found.some((h) => expected.has(h)),
      `${found.join(' ')} should include one of ${[...expected].join(' ')}`,
    ).toBe(true);
  });

  test('a glossary term leads to its definition in the glossary, among the first results', async ({ page }) => {
    await page.goto('/modules/why-digital-health/');
    await search(page, 'notified body');
    const link = hits(page).filter({ hasText: 'Glossary: Notified body' });
    await expect(link).toHaveAttribute('href', '/glossary/#notified-body');
    await link.click();
    await expect(page).toHaveURL(/\/glossary\/#notified-body$/);
    await expect(page.locator('[id="notified-body"]')).toContainText('Notified body');
    await expect(page.locator('[id="notified-body"]')).toBeInViewport();
  });

  test('a search with no match says so, and offers the module list and glossary', async ({ page }) => {
    await page.goto('/glossary/');
    await search(page, 'zzqxv');
    await expect(announced(page)).toHaveText('No results for “zzqxv”.');
    await expect(hits(page)).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Browse the modules and the glossary' })).toBeVisible();
  });

  test('keyboard only: arrows move through the results, Tab too, Escape closes them', async ({ page }) => {
    await page.goto('/modules/why-digital-health/');
    await page.keyboard.press('/');
    await page.keyboard.type('ehds');
    await expect(announced(page)).toContainText('ehds');
    const links = hits(page);
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(box(page)).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(box(page)).toBeFocused();
    await expect(page.getByRole('list', { name: 'Search results' })).toBeHidden();
    // Enter opens the search page with every result.
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=ehds$/);
    await expect(page.getByRole('searchbox', { name: /Words to find/ })).toHaveValue('ehds');
    await expect(hits(page).first()).toBeVisible();
  });

  test('"/" does not steal a key typed into another field', async ({ page }) => {
    await page.goto('/trainers/');
    const field = page.getByRole('textbox').first();
    await field.fill('');
    await field.press('/');
    await expect(field).toHaveValue('/');
    await expect(box(page)).not.toBeFocused();
  });

  test('no search code or index is loaded until the learner uses the search box', async ({ page }) => {
    const loaded: string[] = [];
    page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
    for (const path of [
      '/',
      '/modules/cybersecurity/threats-and-nis2/',
      '/quizzes/final/',
      '/glossary/',
      '/results/',
    ]) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
    }
    expect(loaded.filter((p) => /\/pagefind\/|search-ui/.test(p))).toEqual([]);
    await box(page).focus();
    await expect.poll(() => loaded.filter((p) => p.includes('/pagefind/')).length).toBeGreaterThan(0);
    expect(loaded.some((p) => /search-ui/.test(p))).toBe(true);
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [375, 1280]) {
      test(`open search results have no accessibility violations (${scheme}, ${width} px)`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize({ width, height: 800 });
        await page.goto('/modules/cybersecurity/threats-and-nis2/');
        await search(page, 'ransomware');
        await expect(hits(page).first()).toBeVisible();
        const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        expect(results.violations).toEqual([]);
        await page.goto('/search/?q=nis2');
        await expect(hits(page).first()).toBeVisible();
        const pageResults = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        expect(pageResults.violations).toEqual([]);
      });
    }
  }
});

// A Windows contrast theme (forced colours) overrides the transparent text that hides the
// placeholder in the phone's 44 px magnifier: it must stay a plain magnifier all the same.
test('on a phone in a contrast theme the closed search box shows its magnifier and no text', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
  await page.goto('/about/');
  const searchBox = page.locator('.site-search');
  const withPlaceholder = await searchBox.screenshot();
  await box(page).evaluate((input) => input.setAttribute('placeholder', ''));
  expect(await searchBox.screenshot(), 'the placeholder shows through the magnifier').toEqual(withPlaceholder);
  await box(page).focus();
  expect((await box(page).boundingBox())?.width, 'the open box is wide enough to type in').toBeGreaterThan(250);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page lists the modules, their lessons and the glossary instead', async ({ page }) => {
    await page.goto('/search/');
    await expect(page.getByRole('heading', { name: 'Browse the course' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Glossary' }).last()).toHaveAttribute('href', '/glossary/');
    await expect(page.getByRole('link', { name: /^Module 1:/ })).toBeVisible();
  });

  test('the header search box opens the search page', async ({ page }) => {
    await page.goto('/about/');
    await box(page).fill('ransomware');
    await box(page).press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=ransomware$/);
  });
});
