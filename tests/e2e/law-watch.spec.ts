import { expect, test } from '@playwright/test';

// A learner sees when a lesson's law was checked, can follow it to the facts and their sources,
// and a trainer can read what changed. (Every page's axe pass is in a11y.spec.ts.)
test('a lesson that states the law says when it was checked and links to its sources', async ({ page }) => {
  await page.goto('/modules/regulation/dates-and-choosing-tools/');
  const checked = page.locator('.meta a[data-law-checked]');
  await expect(checked).toHaveText(/^Law checked [A-Z][a-z]+ \d{4}$/);
  await checked.click();
  await expect(page.locator('#law-checked')).toBeInViewport();
  const facts = page.locator('.law-facts li');
  expect(await facts.count()).toBeGreaterThan(5);
  await expect(facts.first().locator('a[href^="https://eur-lex.europa.eu/"]')).toHaveCount(1);
  // A passed date is never written in the future tense: the new prohibition of 2 December 2026.
  await expect(page.locator('[data-law="ai-act-new-prohibition"]')).toHaveText(/has applied since 2 December 2026/);
  await page.getByRole('link', { name: 'the law this course teaches' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'The law this course teaches' })).toBeVisible();
  await expect(page.locator('#ai-act-annex-iii')).toContainText('2 December 2027');
});

test('a lesson that states no law shows no "Law checked"', async ({ page }) => {
  await page.goto('/modules/why-digital-health/triple-win/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('[data-law-checked]')).toHaveCount(0);
});

test('What changed lists dated entries that link to the lessons they touched', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'What changed' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'What changed' })).toBeVisible();
  const entry = page.locator('article#december-2026-law');
  await expect(entry.locator('time')).toHaveAttribute('datetime', '2026-12-06');
  await expect(entry).toContainText('Why:');
  await entry.getByRole('link', { name: 'Key dates and choosing an AI tool' }).click();
  await expect(page).toHaveURL(/\/modules\/regulation\/dates-and-choosing-tools\/$/);
});
