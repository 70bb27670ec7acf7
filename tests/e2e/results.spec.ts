import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { optionOrder } from '../../src/quiz/attempt';
import { answerLines } from '../../src/quiz/describe-answer';
import { attemptsFor } from '../../src/progress/model';
import { emptyProgress, modules, quiz, seed, withAttempt, wrongAnswer } from './progress-seed';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const DAY = 24 * 3_600_000;

async function noAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const quizId = modules[0]!.data.quiz;
const q = quiz(quizId);
const missedIds = q.data.questions.slice(0, 3).map((x) => x.id);

/** Three days ago: 3 missed; two days ago: all right. Module 2's quiz: one attempt, 1 missed. */
function history() {
  const now = Date.now();
  let p = withAttempt(emptyProgress(), quizId, now - 3 * DAY, missedIds, 11);
  p = withAttempt(p, quizId, now - 2 * DAY, [], 12);
  const q2 = modules[1]!.data.quiz;
  p = withAttempt(p, q2, now - 3 * DAY, [quiz(q2).data.questions[0]!.id], 13);
  return p;
}

test('with no quiz taken, the results pages say what to do first', async ({ page }) => {
  await page.goto('/results/');
  await expect(page.getByText('You have not taken a quiz yet.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download results as CSV' })).toHaveCount(0);
  await noAxeViolations(page);
  await page.goto('/results/recap/');
  await expect(page.getByText(/Nothing yet\. Questions you miss/)).toBeVisible();
  await noAxeViolations(page);
  await page.goto('/results/review/');
  await expect(page.getByText('No attempt chosen.')).toBeVisible();
  await noAxeViolations(page);
});

test('results list every attempt by quiz with the best score, a chart and a table', async ({ page }) => {
  await seed(page, history());
  await page.goto('/results/');
  const group = page.getByRole('region', { name: q.data.title });
  await expect(group.getByText(/Best score 100%/)).toContainText('Passed');
  await expect(group.getByRole('img', { name: /Whole-quiz attempts: \d+%, 100%\. Pass mark/ })).toBeVisible();
  const rows = group.getByRole('table', { name: `Attempts at ${q.data.title}` }).getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(2)).toContainText('100%');
  await expect(rows.nth(2)).toContainText('Passed');
  await expect(rows.nth(2)).toContainText('5 min 00 s');
  await noAxeViolations(page);
});

test('on a 375 px phone the score, result and review link of an attempt show without scrolling the table sideways', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await seed(page, history());
  await page.goto('/results/');
  const group = page.getByRole('region', { name: q.data.title });
  const table = group.getByRole('table', { name: `Attempts at ${q.data.title}` });
  const wrap = (await table.locator('xpath=..').boundingBox())!;
  const row = table.getByRole('row').nth(1);
  for (const cell of [
    row.getByText('Review attempt 1'),
    row.getByText(/^\d+%$/),
    row.getByText(/Passed|Not passed|Practice/),
  ]) {
    const b = (await cell.boundingBox())!;
    expect(b.x + b.width, 'inside the visible part of the table').toBeLessThanOrEqual(wrap.x + wrap.width);
  }
});

test('the review shows an attempt exactly as answered', async ({ page }) => {
  const p = history();
  await seed(page, p);
  await page.goto('/results/');
  const group = page.getByRole('region', { name: q.data.title });
  await group.getByRole('link', { name: 'Review attempt 1' }).click();
  await expect(page.getByRole('heading', { level: 2, name: `Review: ${q.data.title}, attempt 1` })).toBeVisible();

  const attempt = attemptsFor(p, quizId)[0]!;
  const items = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3, name: /^Question \d+/ }) });
  await expect(items).toHaveCount(attempt.questions.length);
  for (const [i, id] of attempt.questions.entries()) {
    const question = q.data.questions.find((x) => x.id === id)!;
    const item = items.nth(i);
    await expect(item.getByRole('heading', { level: 3 })).toHaveText(
      `Question ${i + 1}: ${missedIds.includes(id) ? 'Wrong' : 'Right'}`,
    );
    await expect(item.getByText(question.prompt, { exact: true })).toBeVisible();
    const given = answerLines(question, attempt.answers[id], optionOrder(question, attempt.seed));
    for (const line of given) await expect(item.getByText(line, { exact: true }).first()).toBeVisible();
    await expect(item.getByText(question.explanation, { exact: true })).toBeVisible();
    await expect(item.getByRole('link').last()).toHaveAttribute(
      'href',
      new RegExp(`/modules/${question.lesson}/#${question.anchor}$`),
    );
  }
  // The missed answers are the wrong ones the learner gave.
  const firstMissed = q.data.questions.find((x) => x.id === missedIds[0])!;
  expect(attempt.answers[firstMissed.id]).toEqual(wrongAnswer(firstMissed));
  await noAxeViolations(page);
});

test('a missed question shows up as due for recap, with "Practise these now"', async ({ page }) => {
  await seed(page, history());
  await page.goto('/');
  await expect(page.getByRole('link', { name: '1 question due for review today' })).toBeVisible();
  await page.getByRole('link', { name: '1 question due for review today' }).click();
  await expect(page).toHaveURL(/\/results\/recap\/$/);
  const q2 = quiz(modules[1]!.data.quiz);
  const missedId = q2.data.questions[0]!.id;
  await expect(page.getByText(`${q2.data.title}: 1 question`)).toBeVisible();
  await expect(page.getByRole('link', { name: new RegExp(`^Review it now\\s*: ${q2.data.title}$`) })).toHaveAttribute(
    'href',
    `/quizzes/${q2.id}/#recap=${missedId}`,
  );
  // The first quiz's misses were answered right the next day: not missed any more.
  await expect(page.getByRole('heading', { level: 3, name: q2.data.title })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: q.data.title })).toHaveCount(0);
  await expect(page.getByText(q2.data.questions[0]!.prompt)).toBeVisible();
  await expect(page.getByRole('link', { name: /^Practise these now/ })).toHaveAttribute(
    'href',
    `/quizzes/${q2.id}/#retry=${missedId}`,
  );
  await noAxeViolations(page);
});

test('a question missed today is not due until tomorrow', async ({ page }) => {
  const q2 = modules[1]!.data.quiz;
  await seed(page, withAttempt(emptyProgress(), q2, Date.now() - 60_000, [quiz(q2).data.questions[0]!.id]));
  await page.goto('/results/recap/');
  await expect(page.getByText(/^Nothing is due today\./)).toBeVisible();
  await page.clock.install({ time: Date.now() + DAY + 60_000 });
  await page.reload();
  await expect(page.getByText(`${quiz(q2).data.title}: 1 question`)).toBeVisible();
});

test('CSV export has one row per attempt with the right scores', async ({ page }) => {
  const p = history();
  await seed(page, p);
  await page.goto('/results/');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download results as CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^digital-health-skills-results-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = readFileSync(await file.path(), 'utf8').replace(/^\uFEFF/, '');
  const lines = text.trim().split('\r\n');
  expect(lines).toHaveLength(1 + 3);
  const header = lines[0]!.split(',');
  const rows = lines.slice(1).map((l) => l.split(','));
  const col = (name: string) => header.indexOf(name);
  const expected = Object.entries(p.q).flatMap(([id, rec]) =>
    rec.h.map((h) => [id, String(h.r[1]), h.r[2] ? 'yes' : 'no']),
  );
  expect(rows.map((r) => [r[col('Quiz id')], r[col('Percent')], r[col('Passed')]]).sort()).toEqual(expected.sort());
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded 3 attempts as a CSV file.' })).toBeVisible();

  const json = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download results as JSON' }).click();
  const data = JSON.parse(readFileSync(await (await json).path(), 'utf8')) as { attempts: unknown[] };
  expect(data.attempts).toHaveLength(3);
});

test('My results carries no questions: the JSON export fetches them, says so when it cannot, and works on a second try', async ({
  page,
}) => {
  const q = modules[0]!.data.quiz;
  await seed(page, withAttempt(emptyProgress(), q, Date.now() - 60_000));
  const banks: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/results/banks.json')) banks.push(r.url());
  });
  const response = await page.goto('/results/');
  // The questions are not in the page (a sixth of its old size) and not fetched to show it.
  expect(await response!.text()).not.toContain(quiz(q).data.questions[0]!.prompt.slice(0, 40));
  await expect(page.getByText('1 attempt across 1 quiz.')).toBeVisible();
  expect(banks).toEqual([]);

  await page.route('**/results/banks.json', (route) => route.abort('internetdisconnected'));
  await page.getByRole('button', { name: 'Download results as JSON' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'No file was made' })).toHaveText(
    'No file was made: the quiz questions could not be loaded (offline?).',
  );

  await page.unroute('**/results/banks.json');
  const json = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download results as JSON' }).click();
  const data = JSON.parse(readFileSync(await (await json).path(), 'utf8')) as {
    attempts: Array<{ quiz: string; questions: Array<{ id: string; prompt: string }> }>;
  };
  expect(data.attempts).toHaveLength(1);
  // Each answer comes with its question's text, from the fetched questions.
  const first = quiz(q).data.questions[0]!;
  expect(data.attempts[0]!.questions.find((x) => x.id === first.id)?.prompt).toBe(first.prompt);
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded 1 attempt as a JSON file.' })).toBeVisible();
});
