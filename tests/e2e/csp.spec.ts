import { expect, test, type Page } from '@playwright/test';
import { fillAnswer, loadQuizzes, questionOnScreen } from './quiz-answers';
import { sitemapPaths } from './site';

/** Records CSP violations and console errors from the very first script on each page. */
async function watch(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(
        `CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`${page.url()}: uncaught ${e.message}`));
  return problems;
}

// One test per page: a single test visiting every page took minutes on a busy machine.
for (const path of sitemapPaths()) {
  test(`${path} carries a strict Content Security Policy`, async ({ page }) => {
    await page.goto(path);
    const csp = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    expect(csp).toContain("form-action 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');
  });
}

for (const path of [...sitemapPaths(), '/404/']) {
  test(`${path} breaks no Content Security Policy and logs no error, before or after its islands wake up`, async ({
    page,
  }) => {
    const problems = await watch(page);
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    // Scroll to the end so islands that hydrate when visible do so.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForTimeout(150);
    await page.waitForLoadState('networkidle');
    expect(problems.filter((p) => !p.includes('404 (Not Found)'))).toEqual([]);
  });
}

test('using a quiz, the results page and the trainer tools breaks no policy and logs no error', async ({ page }) => {
  const problems = await watch(page);
  const quiz = loadQuizzes()[0];
  if (!quiz) throw new Error('no quiz in quizzes/');
  await page.goto(`/quizzes/${quiz.id}/`);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  const q = await questionOnScreen(page, quiz);
  await fillAnswer(page, q, false);
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.getByRole('heading', { name: /^(Correct|Partly right|Not quite)$/ })).toBeVisible();

  await page.goto('/results/');
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'My results' })).toBeVisible();

  await page.goto('/trainers/');
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await page
    .getByRole('checkbox', { name: /The whole module/ })
    .first()
    .check();
  await page.getByLabel('Title').fill('Ward induction');
  await page.getByLabel('Your name or team').fill('Practice educators');
  await expect(page.getByRole('img', { name: 'QR code for the assignment link' })).toBeVisible();
  const link = await page.getByLabel('Assignment link', { exact: true }).inputValue();
  await page.goto(link);
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Accept/ })).toBeVisible();

  await page.goto('/trainers/cohort/');
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await page.getByLabel(/Drop result files here, or choose them/).setInputFiles({
    name: 'notes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('not a result file'),
  });
  await expect(page.getByText(/notes\.txt/)).toBeVisible();
  expect(problems).toEqual([]);
});
