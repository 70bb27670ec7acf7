import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { formatCount, inHundred, predictiveValue, WORKED_EXAMPLE } from '../../src/lib/calculators/predictive-value';

/** The predictive value calculator in "Reading an AI tool's evidence" (module 9, lesson 1). */
const LESSON = '/modules/judging-and-running-ai/reading-an-ai-tools-evidence/';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const calculator = (page: Page) => page.getByRole('region', { name: 'Try it: how many positive results are right?' });

/** Scrolls the calculator into view and waits until its island has hydrated. */
async function openCalculator(page: Page) {
  await page.goto(LESSON);
  const calc = calculator(page);
  await calc.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island', { has: calc })).not.toHaveAttribute('ssr', /.*/);
  return calc;
}

const expectedPpv = (prevalence: number) => {
  const r = predictiveValue({ ...WORKED_EXAMPLE, prevalence });
  return `${formatCount(r.truePositives)} of ${formatCount(r.positives)} positive results are right, ${inHundred(r.ppv!)}`;
};

test('a keyboard learner changes the prevalence and hears the new positive predictive value', async ({ page }) => {
  const calc = await openCalculator(page);
  const status = calc.getByRole('status');
  await expect(status).toHaveAttribute('aria-live', 'polite');
  await expect(status).toContainText(expectedPpv(2));

  // From the first field, Tab moves through the three fields in order.
  await calc.getByLabel('Sensitivity (%)').focus();
  await page.keyboard.press('Tab');
  await expect(calc.getByLabel('Specificity (%)')).toBeFocused();
  await page.keyboard.press('Tab');
  const prevalence = calc.getByLabel('Prevalence (%)');
  await expect(prevalence).toBeFocused();

  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('20');
  await expect(status).toContainText(expectedPpv(20));
  await expect(calc.getByRole('cell', { name: '180 true positives' })).toBeVisible();
  await expect(calc.getByRole('table')).toHaveAccessibleName(/prevalence 20%/);

  // The arrow key steps the number, and the result follows.
  await page.keyboard.press('ArrowUp');
  await expect(prevalence).toHaveValue('21');
  await expect(status).toContainText(expectedPpv(21));
});

test('a learner who clears a field or types more than 100 gets a clear message, never NaN', async ({ page }) => {
  const calc = await openCalculator(page);
  const prevalence = calc.getByLabel('Prevalence (%)');

  await prevalence.fill('');
  await expect(prevalence).toHaveAttribute('aria-invalid', 'true');
  await expect(prevalence).toHaveAccessibleDescription(/Enter the prevalence, a number from 0 to 100/);
  await expect(calc.getByRole('status')).toContainText('Enter the prevalence, a number from 0 to 100.');

  await prevalence.fill('120');
  await expect(calc.getByRole('status')).toContainText('Prevalence cannot be above 100%');
  // The table keeps the last numbers that worked, and says which.
  await expect(calc.getByRole('table')).toHaveAccessibleName(/prevalence 2%/);
  await expect(calc).not.toContainText(/NaN|undefined|Infinity/);

  const axe = await new AxeBuilder({ page }).include('.pv').withTags(TAGS).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  await prevalence.fill('5');
  await expect(prevalence).not.toHaveAttribute('aria-invalid', /.*/);
  await expect(calc.getByText(expectedPpv(5))).toBeVisible();
});

test('the calculator loads no code until it scrolls into view', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (r) => loaded.push(r.url()));
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(LESSON, { waitUntil: 'load' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(loaded.filter((u) => /PredictiveValue/.test(u))).toEqual([]);

  await calculator(page).scrollIntoViewIfNeeded();
  await expect.poll(() => loaded.some((u) => /PredictiveValue/.test(u))).toBe(true);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a learner sees the worked example as a table, and no fields that would do nothing', async ({ page }) => {
    await page.goto(LESSON);
    const calc = calculator(page);
    const r = predictiveValue(WORKED_EXAMPLE);
    const table = calc.getByRole('table');
    await expect(table).toHaveAccessibleName(/sensitivity 90%, specificity 90% and prevalence 2%/);
    for (const cell of [
      `${r.truePositives} true positives`,
      `${r.falsePositives} false positives`,
      `${r.falseNegatives} false negatives`,
      `${r.trueNegatives} true negatives`,
      String(r.positives),
    ]) {
      await expect(table.getByRole('cell', { name: cell, exact: true })).toBeVisible();
    }
    await expect(calc.getByText(expectedPpv(2))).toBeVisible();
    await expect(calc.getByText('This is the worked example')).toBeVisible();
    await expect(calc.getByLabel('Prevalence (%)')).toBeHidden();
  });
});
