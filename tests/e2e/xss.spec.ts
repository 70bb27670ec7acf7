import { expect, test, type Page } from '@playwright/test';
import { everythingPassed, seed } from './progress-seed';

/**
 * Classic cross-site scripting payloads fed through every way text enters the course:
 * assignment links, imported progress, result files and the learner's name. Nothing may
 * run (no dialog), nothing may become markup (no injected element), and what is accepted
 * shows as plain text.
 */
const IMG = '<img src=x onerror=alert(1)>';
const SVG = '"><svg onload=alert(2)>';
const JS_URL = 'javascript:alert(3)';
const SCRIPT = '</script><script>alert(4)</script>';

function guard(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return dialogs;
}

async function nothingInjected(page: Page) {
  await expect(page.locator('img[src="x"], svg[onload], a[href^="javascript:"]')).toHaveCount(0);
  expect(await page.evaluate(() => [...document.scripts].filter((s) => s.textContent?.includes('alert(')).length)).toBe(
    0,
  );
}

const hydrated = (page: Page) => expect(page.locator('astro-island[ssr]')).toHaveCount(0);

test('an assignment link whose title and trainer hold script shows them as text and runs nothing', async ({ page }) => {
  const dialogs = guard(page);
  await page.goto('/trainers/');
  await hydrated(page);
  await page
    .getByRole('checkbox', { name: /The whole module/ })
    .first()
    .check();
  await page.getByLabel('Title').fill(`Induction ${IMG} ${SCRIPT}`);
  await page.getByLabel('Your name or team').fill(`${JS_URL} ${SVG}`);
  const link = await page.getByLabel('Assignment link', { exact: true }).inputValue();
  await nothingInjected(page);

  await page.goto(link);
  await hydrated(page);
  await expect(page.getByText(/onerror=alert\(1\)/).first()).toBeVisible();
  await expect(page.getByText(/javascript:alert\(3\)/).first()).toBeVisible();
  await nothingInjected(page);
  await page.getByRole('button', { name: /Accept/ }).click();
  await page.goto('/');
  await expect(page.getByText(/onerror=alert\(1\)/).first()).toBeVisible();
  await nothingInjected(page);
  expect(dialogs).toEqual([]);
});

test('a hand-made assignment link carrying script or a javascript: URL is refused as incomplete', async ({ page }) => {
  const dialogs = guard(page);
  for (const fragment of [JS_URL, encodeURIComponent(SCRIPT), encodeURIComponent(IMG)]) {
    await page.goto(`/assignment/#${fragment}`);
    await hydrated(page);
    await expect(page.getByText(/This assignment link is incomplete/)).toBeVisible();
    await nothingInjected(page);
  }
  expect(dialogs).toEqual([]);
});

test('imported progress with markup in it is refused, and a javascript: name is kept as plain text', async ({
  page,
}) => {
  const dialogs = guard(page);
  const doc = (n: string) => JSON.stringify({ v: 1, n, pr: {}, l: {}, q: {}, as: [] });
  await page.goto('/results/');
  await hydrated(page);
  await page.getByLabel('Progress file (.json)').setInputFiles({
    name: 'progress.json',
    mimeType: 'application/json',
    buffer: Buffer.from(doc(IMG)),
  });
  await expect(
    page
      .getByRole('alert')
      .or(page.getByRole('status'))
      .filter({ hasText: /can.t|could not|not/i })
      .first(),
  ).toBeVisible();
  await nothingInjected(page);

  await page.getByLabel('Progress file (.json)').setInputFiles({
    name: 'progress.json',
    mimeType: 'application/json',
    buffer: Buffer.from(doc(JS_URL)),
  });
  await page.getByRole('button', { name: 'Replace my progress' }).click();
  await expect
    .poll(() => page.evaluate(() => (JSON.parse(localStorage.getItem('dhs:progress') ?? '{}') as { n?: string }).n))
    .toBe(JS_URL);
  await nothingInjected(page);
  expect(dialogs).toEqual([]);
});

test('the learner’s own name, typed with script in it, is kept as text', async ({ page }) => {
  const dialogs = guard(page);
  await seed(page, everythingPassed(Date.now() - 24 * 3_600_000));
  await page.goto('/certificate/');
  await hydrated(page);
  await page.getByLabel('Your name as it should appear on the certificate').fill(`${IMG}${SCRIPT}`);
  const cert = page.getByRole('article', { name: 'Digital Health Skills' });
  await expect(cert).toContainText('onerror=alert(1)');
  await page.reload();
  await hydrated(page);
  await expect(cert).toContainText('onerror=alert(1)');
  await nothingInjected(page);
  expect(dialogs).toEqual([]);
});

test('a result file whose learner name holds script shows it as text; one whose assignment title or trainer holds markup is refused, named as text', async ({
  page,
}) => {
  const dialogs = guard(page);
  const file = (learner: string, title: string, trainer: string) => ({
    format: 'dhs-result',
    version: 1,
    learner,
    saved: '2026-11-20T10:00:00Z',
    content: 'v1',
    assignment: { id: 'xss-test', title, trainer, items: ['lesson:why-digital-health/triple-win'] },
    lessons: [{ id: 'why-digital-health/triple-win', completed: '2026-11-19T10:00:00Z' }],
    quizzes: [],
  });
  const json = (x: unknown) => Buffer.from(JSON.stringify(x));
  await page.goto('/trainers/cohort/');
  await hydrated(page);
  await page.getByLabel(/Drop result files here, or choose them/).setInputFiles([
    // A learner may type anything as their name; the report shows it as text.
    {
      name: `${IMG}.json`,
      mimeType: 'application/json',
      buffer: json(file(`${IMG} ${JS_URL}`, 'Ward 7', 'Sister Okafor')),
    },
    // An assignment's title and trainer come from a link the course made, which never holds markup.
    { name: 'title.json', mimeType: 'application/json', buffer: json(file('Ann', `${SCRIPT} title`, SVG)) },
    { name: 'evil.json', mimeType: 'application/json', buffer: Buffer.from(`${SCRIPT}${IMG}`) },
  ]);
  const table = page.getByRole('table', { name: /Results by learner/ });
  await expect(table).toContainText('onerror=alert(1)');
  const unused = page.getByRole('region', { name: 'Files not used (2)' });
  await expect(unused.getByRole('listitem').filter({ hasText: 'title.json' })).toContainText('assignment.title');
  await expect(unused.getByText(/evil\.json/)).toBeVisible();
  await nothingInjected(page);
  expect(dialogs).toEqual([]);
});
