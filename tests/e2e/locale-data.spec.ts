import { expect, test, type Page } from '@playwright/test';
import { describeCorrectAnswer } from '../../src/quiz/describe-answer';
import { everythingPassed, finalQuiz, seed } from './progress-seed';

// A page's first use of the browser's locale data (Intl, toLocaleDateString…) took 30–70 ms
// of main thread in Chromium here, in the middle of a page's start-up. Dates, counts and
// numbers are therefore written by hand (src/lib/format.ts, src/quiz/format-number.ts,
// src/lib/calculators/predictive-value.ts, each tested against Intl's text). These tests
// show a learner with a finished course their dates and numbers without any such call.

const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December)';
const A_DATE = new RegExp(`\\b\\d{1,2} ${MONTH} \\d{4}\\b`);

/** Counts every call that loads the browser's locale data, from before the page's first script. */
async function recordLocaleUse(page: Page) {
  await page.addInitScript(() => {
    const used: string[] = [];
    Object.assign(window, { __localeUse: used });
    const wrap = (owner: object, name: string, label: string) => {
      const original = Reflect.get(owner, name) as (...args: unknown[]) => unknown;
      Reflect.set(owner, name, function (this: unknown, ...args: unknown[]) {
        used.push(label);
        return original.apply(this, args);
      });
    };
    wrap(Date.prototype, 'toLocaleDateString', 'Date#toLocaleDateString');
    wrap(Date.prototype, 'toLocaleTimeString', 'Date#toLocaleTimeString');
    wrap(Date.prototype, 'toLocaleString', 'Date#toLocaleString');
    wrap(Number.prototype, 'toLocaleString', 'Number#toLocaleString');
    wrap(String.prototype, 'localeCompare', 'String#localeCompare');
    for (const name of [
      'NumberFormat',
      'DateTimeFormat',
      'Collator',
      'PluralRules',
      'RelativeTimeFormat',
      'ListFormat',
    ]) {
      const Original = Reflect.get(Intl, name) as new (...args: unknown[]) => object;
      Reflect.set(
        Intl,
        name,
        new Proxy(Original, {
          construct: (target, args) => (used.push(`Intl.${name}`), Reflect.construct<unknown[], object>(target, args)),
          apply: (target, self, args) => (used.push(`Intl.${name}`), Reflect.apply(target, self, args) as unknown),
        }),
      );
    }
  });
}

const localeUse = (page: Page) => page.evaluate(() => (window as unknown as { __localeUse: string[] }).__localeUse);

test.beforeEach(async ({ page }) => {
  await recordLocaleUse(page);
  await seed(page, everythingPassed(Date.UTC(2026, 10, 1, 9)));
});

test('a lesson page shows when the lesson was completed without the locale data', async ({ page }) => {
  await page.goto('/modules/ai-at-the-bedside/deployer-duties-and-reporting/');
  await expect(page.getByText(/You completed this lesson on/)).toHaveText(
    /You completed this lesson on 1 November 2026\./,
  );
  expect(await localeUse(page)).toEqual([]);
});

test('My results and the certificate show dates without the locale data', async ({ page }) => {
  await page.goto('/results/');
  await expect(page.locator('astro-island[ssr]:not([client=visible])')).toHaveCount(0);
  await expect(page.getByRole('table').first()).toContainText(A_DATE);
  expect(await localeUse(page)).toEqual([]);

  await page.goto('/certificate/');
  await expect(page.locator('astro-island[ssr]:not([client=visible])')).toHaveCount(0);
  // The day the course was completed, which the island writes (the seed's last quiz).
  await expect(page.getByRole('main')).toContainText(/the final assessment, on 1 November 2026\./);
  expect(await localeUse(page)).toEqual([]);
});

test('the review of a final assessment shows its numeric answers without the locale data', async ({ page }) => {
  await page.goto('/results/');
  await page
    .getByRole('region', { name: finalQuiz.data.title })
    .getByRole('link', { name: 'Review attempt 1' })
    .click();
  await expect(
    page.getByRole('heading', { level: 2, name: `Review: ${finalQuiz.data.title}, attempt 1` }),
  ).toBeVisible();
  // The final assessment has a numeric question; its right answer is written with formatNumber.
  const numeric = finalQuiz.data.questions.find((q) => q.type === 'numeric');
  expect(numeric).toBeDefined();
  const item = page.getByRole('listitem').filter({ hasText: numeric!.prompt });
  await expect(item).toContainText(describeCorrectAnswer(numeric!));
  expect(await localeUse(page)).toEqual([]);
});

test('the calculator prints counts and percentages without the locale data', async ({ page }) => {
  await page.goto('/modules/judging-and-running-ai/reading-an-ai-tools-evidence/');
  const calc = page.getByRole('region', { name: 'Try it: how many positive results are right?' });
  await calc.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island', { has: calc })).not.toHaveAttribute('ssr', /.*/);
  await expect(calc.getByRole('status')).toContainText(/Of 1,000 patients, .* \(\d+(\.\d)?%\)/);
  expect(await localeUse(page)).toEqual([]);
});

test("the cohort report lists a trainer's kept cohorts, newest first, without the locale data", async ({ page }) => {
  const index = {
    'ward-7-march': { title: 'Ward 7, March', files: 3, saved: '2026-03-02T10:00:00.000Z' },
    'ward-7-november': { title: 'Ward 7, November', files: 12, saved: '2026-11-20T16:30:00.000Z' },
    'ward-7-june': { title: 'Ward 7, June', files: 1, saved: '2026-06-15T08:00:00.000Z' },
  };
  await page.addInitScript((text) => localStorage.setItem('dhs:cohorts', text), JSON.stringify(index));
  await page.goto('/trainers/cohort/');
  const kept = page.getByRole('region', { name: 'Kept in this browser' }).getByRole('listitem');
  await expect(kept).toHaveCount(3);
  await expect(kept.nth(0)).toContainText(/Open “Ward 7, November” 12 result files, last saved 20 November 2026/);
  await expect(kept.nth(1)).toContainText('Ward 7, June');
  await expect(kept.nth(2)).toContainText('Ward 7, March');
  expect(await localeUse(page)).toEqual([]);
});
