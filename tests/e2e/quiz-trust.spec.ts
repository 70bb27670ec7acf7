/**
 * Results a learner (and an appraiser) can trust (issue 23): the final assessment's page does
 * not give its answers away, the result that counts stays first after practice, and a choice
 * not yet checked survives a reload.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'node-html-parser';
import { attemptKey } from '../../src/lib/results/list';
import { attemptsFor } from '../../src/progress/model';
import {
  answerWithKeyboard,
  assessmentQuiz,
  fillAnswer,
  practiceQuizzes,
  questionOnScreen,
  type QuizFile,
} from './quiz-answers';
import { emptyProgress, seed, withAttempt } from './progress-seed';
import { DIST } from './site';

const final = assessmentQuiz() as QuizFile;
const practice = practiceQuizzes().sort((a, b) => a.questions.length - b.questions.length)[0] as QuizFile;

/** HTML escapes undone. */
const unescape = (html: string) =>
  html
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The page's HTML as the server sends it (view-source), with HTML escapes undone. */
async function source(page: Page, url: string): Promise<string> {
  const response = await page.request.get(url);
  expect(response.ok()).toBe(true);
  return unescape(await response.text());
}

/** An island's props as Astro writes them (`[0, value]`, `[1, [items]]`), as plain values. */
function plain(x: unknown): unknown {
  if (Array.isArray(x) && x.length === 2 && typeof x[0] === 'number') {
    const [kind, value] = x as [number, unknown];
    if (kind === 1 && Array.isArray(value)) return value.map(plain);
    if (kind === 0) return plain(value);
  }
  if (Array.isArray(x)) return x.map(plain);
  if (x && typeof x === 'object') return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, plain(v)]));
  // Data passed as one JSON string (the results pages' `data`).
  if (typeof x === 'string' && /^\s*[[{]/.test(x)) {
    try {
      return plain(JSON.parse(x));
    } catch {
      return x;
    }
  }
  return x;
}

/**
 * The final's questions whose right answer a file carries: any data in it (island props, data
 * attributes, a JSON file) holding an object with that question's id and its answer. A module
 * quiz may reuse an id with another answer; that is not the final's key.
 */
function finalAnswersIn(file: string, text: string): string[] {
  const found = new Set<string>();
  const visit = (x: unknown): void => {
    if (Array.isArray(x)) return x.forEach(visit);
    if (!x || typeof x !== 'object') return;
    const o = x as Record<string, unknown>;
    const q = final.questions.find((f) => f.id === o['id']);
    if (q && 'answer' in o && JSON.stringify(o['answer']) === JSON.stringify(q.answer)) found.add(q.id);
    Object.values(o).forEach(visit);
  };
  const data: string[] = [];
  if (file.endsWith('.json')) data.push(text);
  if (file.endsWith('.html')) {
    const root = parse(text);
    for (const el of root.querySelectorAll('*')) data.push(...Object.values(el.attributes));
    for (const script of root.querySelectorAll('script')) data.push(script.text);
  }
  for (const d of data) {
    try {
      visit(plain(JSON.parse(d)));
    } catch {
      /* not data */
    }
  }
  return [...found];
}

test('the final assessment’s answers and explanations are not in its page before it is submitted, and are shown after', async ({
  page,
}) => {
  test.setTimeout(120_000);
  expect(final, 'a quiz with mode: assessment').toBeTruthy();
  const url = `/quizzes/${final.id}/`;
  const html = await source(page, url);
  // The island's props carry the questions, never their key.
  expect(html).toContain(final.questions[0]!.prompt);
  expect(
    /"(answer|answerText|explanation|partialCredit|tolerance)"/.exec(html)?.[0],
    'a key field in the page',
  ).toBeUndefined();
  const shown = final.questions.filter((q) => html.includes(q.explanation)).map((q) => q.id);
  expect(shown, 'questions whose explanation is in the page').toEqual([]);

  const keyRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('key.json')) keyRequests.push(r.url());
  });
  await page.goto(url);
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  let firstPrompt = '';
  for (let i = 0; i < final.questions.length; i++) {
    await expect(page.getByRole('heading', { name: `Question ${i + 1} of ${final.questions.length}` })).toBeFocused();
    const q = await questionOnScreen(page, final);
    if (i === 0) firstPrompt = q.prompt;
    await answerWithKeyboard(page, q);
    await page
      .getByRole('button', { name: i === final.questions.length - 1 ? 'Review and submit' : 'Next question' })
      .click();
  }
  await expect(page.getByRole('heading', { name: 'Check before you submit' })).toBeFocused();
  // Nothing has fetched the key while the learner was answering.
  expect(keyRequests).toEqual([]);
  const key = page.waitForResponse((r) => r.url().endsWith(`/quizzes/${final.id}/key.json`));
  await page.getByRole('button', { name: 'Submit my answers' }).click();
  expect((await key).ok()).toBe(true);
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeFocused();
  const total = final.questions.length;
  // Matched loosely, so a wrong score fails showing the score the page gave.
  await expect(page.getByText(/^You got \d+ of \d+ right/)).toHaveText(`You got ${total} of ${total} right (100%).`);
  await expect(page.getByText(`Passed: the pass mark is ${final.passMark}%.`)).toBeVisible();

  // After submission: each answer with the right one and why.
  await page.getByRole('link', { name: 'Review each answer' }).click();
  const first = final.questions.find((q) => q.prompt === firstPrompt)!;
  const item = page.getByRole('listitem').filter({ hasText: first.prompt });
  await expect(item.getByText(first.explanation)).toBeVisible();
  await expect(page.getByRole('term').filter({ hasText: 'Right answer' })).toHaveCount(total);

  // The certificate is honest about what a static site can promise.
  await page.goto('/certificate/');
  const note = page.getByRole('region', { name: 'A self-assessed record' });
  await expect(note).toContainText('This certificate is a self-assessed record.');
  await expect(note).toContainText('should run the course in its learning management system');
});

test('no built page, script or data file but the key file carries the final assessment’s answers or explanations', () => {
  const files = (readdirSync(DIST, { recursive: true }) as string[])
    .map((f) => f.split('\\').join('/'))
    .filter((f) => /\.(html|js|mjs|json|xml|txt|webmanifest)$/.test(f) && f !== `quizzes/${final.id}/key.json`);
  expect(files.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(40);
  expect(files.some((f) => f.endsWith('.js'))).toBe(true);
  const leaks: string[] = [];
  for (const file of files) {
    const text = readFileSync(join(DIST, file), 'utf8');
    const plainText = unescape(text);
    const explained = final.questions.filter((q) => plainText.includes(q.explanation)).map((q) => q.id);
    const answered = finalAnswersIn(file, text);
    if (explained.length) leaks.push(`${file}: explanations of ${explained.join(', ')}`);
    if (answered.length) leaks.push(`${file}: answers of ${answered.join(', ')}`);
  }
  expect(leaks).toEqual([]);
  // The key file itself holds them all, so the checks above can find them.
  const key = readFileSync(join(DIST, 'quizzes', final.id, 'key.json'), 'utf8');
  expect(final.questions.filter((q) => !key.includes(JSON.stringify(q.explanation)))).toEqual([]);
  expect(finalAnswersIn('key.json', JSON.stringify({ questions: final.questions }))).toHaveLength(
    final.questions.length,
  );
});

test('after the final assessment is submitted, My results, the review and What to review mark it with the right answers and explanations, and say so when they cannot be loaded', async ({
  page,
}) => {
  const wrong = final.questions.slice(0, 2).map((q) => q.id);
  const p = withAttempt(emptyProgress(), final.id, Date.now() - 60_000, wrong);
  const attempt = attemptsFor(p, final.id)[0]!;
  const total = final.questions.length;
  const percent = attempt.percent ?? 0;
  expect(attempt.passed).toBe(true);
  await seed(page, p);
  const keyRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('key.json')) keyRequests.push(r.url());
  });

  // My results lists the attempt without fetching the key.
  await page.goto('/results/');
  const group = page.getByRole('region', { name: final.title });
  await expect(group.getByText(`Best score ${percent}% · Passed`)).toBeVisible();
  expect(keyRequests).toEqual([]);
  await group.getByRole('link', { name: 'Review attempt 1' }).click();
  await expect(page.getByRole('heading', { name: `Review: ${final.title}, attempt 1` })).toBeVisible();
  await expect(page.getByRole('term').filter({ hasText: 'Right answer' })).toHaveCount(total);
  for (const q of final.questions.filter((x) => wrong.includes(x.id))) {
    const item = page.getByRole('listitem').filter({ hasText: q.prompt });
    await expect(item.getByRole('heading', { name: /: Wrong$/ })).toBeVisible();
    await expect(item.getByText(q.explanation)).toBeVisible();
  }
  await expect(page.getByRole('heading', { name: /: Right$/ })).toHaveCount(total - wrong.length);
  expect(keyRequests.every((u) => u.endsWith(`/quizzes/${final.id}/key.json`))).toBe(true);

  // The JSON export says which answers were right, from the key.
  await page.goto('/results/');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download results as JSON' }).click();
  const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as {
    attempts: Array<{ quiz: string; questions: Array<{ id: string; correct: boolean }> }>;
  };
  const questions = exported.attempts.find((a) => a.quiz === final.id)?.questions ?? [];
  expect(questions).toHaveLength(total);
  expect(questions.filter((q) => !q.correct).map((q) => q.id)).toEqual(
    attempt.questions.filter((id) => wrong.includes(id)),
  );

  // What to review lists the two it missed, marked with the key.
  await page.goto('/results/recap/');
  const missed = page.getByRole('region', { name: 'Questions you missed recently' });
  for (const q of final.questions.filter((x) => wrong.includes(x.id)))
    await expect(missed.getByText(q.prompt)).toBeVisible();
  await expect(missed.getByRole('heading', { name: final.title })).toBeVisible();

  // Offline on a first visit (the key cannot be fetched): a clear message, never wrong marks.
  await page.route('**/key.json', (route) => route.abort('internetdisconnected'));
  await page.goto(`/results/review/#${attemptKey(attempt)}`);
  const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
  await expect(alert).toContainText(`The right answers and explanations of ${final.title} could not be loaded`);
  await expect(page.getByText(`${percent}% (${attempt.score} of ${total})`)).toBeVisible();
  await expect(page.getByRole('term').filter({ hasText: 'Right answer' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: /: (Wrong|Right)$/ })).toHaveCount(0);
  await page.goto('/results/');
  await page.getByRole('button', { name: 'Download results as JSON' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'No file was made' })).toContainText(
    'the final assessment’s answers could not be loaded',
  );
  await page.goto('/results/recap/');
  await expect(page.getByRole('alert').filter({ hasText: 'could not be loaded' })).toContainText(
    `The right answers of ${final.title} could not be loaded, so its questions are left out below.`,
  );
  await expect(missed.getByRole('heading', { name: final.title })).toHaveCount(0);
  await expect(missed).not.toContainText('your latest answer to every question was right');
  // Back online: "Try again" marks it.
  await page.unroute('**/key.json');
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(missed.getByRole('heading', { name: final.title })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'could not be loaded' })).toHaveCount(0);
});

test('after practising the missed questions, a reload shows the assessed result first on the quiz page, My results and the dashboard', async ({
  page,
}) => {
  const url = `/quizzes/${practice.id}/`;
  const total = practice.questions.length;
  await page.goto(url);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  // Just enough wrong to fail (3 of 10 in a 10-question quiz: 70%), the rest right.
  let wrong = 1;
  while (Math.round(((total - wrong) / total) * 100) >= practice.passMark) wrong++;
  for (let i = 0; i < total; i++) {
    const q = await questionOnScreen(page, practice);
    await fillAnswer(page, q, i >= wrong);
    await page.getByRole('button', { name: 'Check answer' }).click();
    await page.getByRole('button', { name: i === total - 1 ? 'See my results' : 'Next question' }).click();
  }
  const percent = Math.round(((total - wrong) / total) * 100);
  await page.getByRole('button', { name: `Retry the ones I missed (${wrong})` }).click();
  for (let i = 0; i < wrong; i++) {
    await fillAnswer(page, await questionOnScreen(page, practice), true);
    await page.getByRole('button', { name: 'Check answer' }).click();
    await page.getByRole('button', { name: i === wrong - 1 ? 'See my results' : 'Next question' }).click();
  }
  await expect(page.getByText(`You got ${wrong} of ${wrong} right (100%).`)).toBeVisible();

  await page.reload();
  const official = page.getByRole('region', { name: 'Your result' });
  await expect(official.getByText(`You got ${total - wrong} of ${total} right (${percent}%).`)).toBeVisible();
  await expect(official.getByText(`Not passed yet: the pass mark is ${practice.passMark}%.`)).toBeVisible();
  await expect(official.getByRole('button', { name: `Retry the ones I missed (${wrong})` })).toBeVisible();
  const run = page.getByRole('region', { name: 'Your latest practice' });
  await expect(run.getByText(`You got ${wrong} of ${wrong} right (100%).`)).toBeVisible();
  await expect(run.getByText(`Practice: this covered ${wrong} of`, { exact: false })).toBeVisible();
  // The official result comes first on the page.
  const [a, b] = await Promise.all([official.boundingBox(), run.boundingBox()]);
  expect(a!.y).toBeLessThan(b!.y);

  await page.goto('/results/');
  const group = page.getByRole('region', { name: practice.title });
  await expect(group.getByText(`Best score ${percent}% · Not passed yet`)).toBeVisible();
  await expect(group.getByRole('row').nth(2)).toContainText('Practice');

  await page.goto('/');
  await expect(page.getByText(`Quiz best score ${percent}%: not passed yet`)).toBeVisible();
});

test('a choice made but not yet checked is still there after a reload', async ({ page }) => {
  await page.goto(`/quizzes/${practice.id}/`);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  const q = await questionOnScreen(page, practice);
  await fillAnswer(page, q, true);
  await page.reload();
  await expect(page.getByRole('heading', { name: `Question 1 of ${practice.questions.length}` })).toBeVisible();
  expect((await questionOnScreen(page, practice)).id).toBe(q.id);
  await expect(page.getByText(`0 of ${practice.questions.length} answered`)).toBeVisible();
  // The kept choice is what gets checked: right, as chosen before the reload.
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.getByRole('heading', { name: 'Correct', exact: true })).toBeFocused();
});
