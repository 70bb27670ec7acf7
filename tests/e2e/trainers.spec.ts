import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import type { Question } from '../../src/schemas/question';
import { course } from './course';
import { expectFitsNarrowScreen, expectNoAxeViolations, hydrated } from './page-checks';

const KEY = 'dhs:progress';
const QUIZ = 'why-digital-health';
const QUIZ_TITLE = 'Why digital health matters: module quiz';

const bank = course.quizzes.find((q) => q.id === QUIZ)!.questions;
const rightAnswer = (q: Question) => (q.type === 'numeric' ? String(q.answer) : q.answer);
const wrongAnswer = (q: Question) =>
  q.type === 'truefalse'
    ? !q.answer
    : q.type === 'numeric'
      ? '-1'
      : q.type === 'single'
        ? 'no-such-option'
        : ['no-such-option'];

async function axe(page: Page, where: string) {
  await expectNoAxeViolations(page, where);
  await expectFitsNarrowScreen(page, where);
}

/**
 * Adds study to the learner's saved progress as the course would have stored it: lessons
 * completed now, and one finished attempt at the module 1 quiz with the given answers.
 */
async function study(page: Page, lessons: string[], answers: Record<string, unknown>, percent: number) {
  await page.evaluate(
    ({ key, lessons, answers, percent, quiz }) => {
      const doc = JSON.parse(localStorage.getItem(key) ?? 'null') as {
        l: Record<string, unknown>;
        q: Record<string, unknown>;
      };
      const now = Math.floor(Date.now() / 1000);
      for (const id of lessons) doc.l[id] = { o: now - 600, c: now - 60 };
      const score = Math.round((percent / 100) * Object.keys(answers).length);
      doc.q[quiz] = {
        h: [{ v: 'e2e', s: 1, t: now - 300, a: answers, f: now - 30, r: [score, percent, percent >= 80 ? 1 : 0] }],
      };
      localStorage.setItem(key, JSON.stringify(doc));
    },
    { key: KEY, lessons, answers, percent, quiz: QUIZ },
  );
  await page.reload();
}

async function learnerSends(
  browser: Browser,
  link: string,
  name: string,
  lessons: string[],
  answers: Record<string, unknown>,
  percent: number,
) {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 2, name: 'ICU induction, March <b>bold</b>' })).toBeVisible();
  await expect(page.getByText('Set by Sister <img src=x onerror=alert(1)>')).toBeVisible();
  await expect(page.locator('main b, main img')).toHaveCount(0);
  await page.getByRole('button', { name: 'Accept', exact: true }).click();
  await expect(page.getByText(/You accepted this assignment/)).toBeVisible();
  await study(page, lessons, answers, percent);
  await expect(page.getByText(/You accepted this assignment/)).toBeVisible();

  await page.getByLabel('Your name, as your trainer knows you').fill(name);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Send my results' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^results-icu-induction-march-b-bold-b-.+\.json$/);
  const text = readFileSync(await download.path(), 'utf8');
  await expect(page.getByLabel('Summary to paste into your email')).toHaveValue(
    new RegExp(`Learner: ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
  );
  await axe(page, 'assignment page with results sent');

  // The course page lists the accepted assignment with its progress.
  await page.goto('/');
  const mine = page.getByRole('region', { name: 'Your assignments' });
  await expect(mine.getByRole('link', { name: /ICU induction, March ‹b›bold‹\/b›/ })).toBeVisible();
  await expect(mine.getByText(/of 4 done/)).toBeVisible();
  await context.close();
  return { name: download.suggestedFilename(), text };
}

test('a trainer assigns work by link, two learners send results, and the cohort report shows who did what', async ({
  browser,
}) => {
  // Three people's work in one story (a trainer and two learners, each studying lessons and
  // taking a quiz) and two accessibility scans: on a machine with both cores busy it took
  // just over the default minute, so it has three (test.slow); every step still waits for its state.
  test.slow();
  // The trainer builds the assignment.
  const trainerContext = await browser.newContext({ acceptDownloads: true });
  const trainer = await trainerContext.newPage();
  await trainer.goto('/trainers/');
  await hydrated(trainer);
  // The whole module ticks and locks its lessons and quiz; unticking it gives back what was
  // picked one by one before.
  const module1 = trainer.getByRole('group', { name: '1. Why digital health matters' });
  const parts = module1.getByRole('checkbox', { name: /^(Lesson|Quiz):/ });
  const firstPart = parts.first();
  await firstPart.check();
  const whole = module1.getByRole('checkbox', { name: /The whole module/ });
  await whole.check();
  const partCount = await parts.count();
  expect(partCount).toBeGreaterThan(2);
  for (let i = 0; i < partCount; i++) {
    await expect(parts.nth(i)).toBeChecked();
    await expect(parts.nth(i)).toBeDisabled();
  }
  await whole.uncheck();
  await expect(firstPart).toBeChecked();
  for (let i = 1; i < partCount; i++) {
    await expect(parts.nth(i)).not.toBeChecked();
    await expect(parts.nth(i)).toBeEnabled();
  }
  await whole.check();
  await trainer
    .getByRole('group', { name: '2. Infrastructure for AI' })
    .getByRole('checkbox', { name: /Lesson: Supercomputing/ })
    .check();
  await expect(
    trainer.getByText(
      new RegExp(`Picked: 3 lessons \\(\\d+ min of reading\\) and 1 quiz \\(${bank.length} questions\\)`),
    ),
  ).toBeVisible();
  await trainer.getByLabel('Title').fill('ICU induction, March <b>bold</b>');
  await trainer.getByLabel('Your name or team').fill('Sister <img src=x onerror=alert(1)>');
  await trainer.getByLabel(/Due date/).fill('2099-12-31');
  await trainer.getByLabel(/Pass mark in percent/).fill('70');
  const linkBox = trainer.getByLabel('Assignment link', { exact: true });
  await expect(linkBox).toHaveValue(/\/assignment\/#[A-Za-z0-9_-]+$/);
  const link = await linkBox.inputValue();
  await expect(trainer.getByRole('img', { name: 'QR code for the assignment link' })).toBeVisible();
  // The handout lists each lesson and quiz under its module.
  await expect(
    trainer
      .getByRole('article')
      .getByRole('listitem')
      .filter({ hasText: /^(Lesson|Quiz): / }),
  ).toHaveCount(4);
  await expect(trainer.getByRole('article').getByText('Module 1: Why digital health matters')).toBeVisible();
  await axe(trainer, 'trainer page with a link and handout');
  // A reload keeps the assignment (it lives in the page's own fragment).
  await trainer.reload();
  await expect(trainer.getByLabel('Assignment link', { exact: true })).toHaveValue(link);

  // Two learners in their own browsers.
  const correct = Object.fromEntries(bank.map((q) => [q.id, rightAnswer(q)]));
  const mostlyWrong = Object.fromEntries(bank.map((q, i) => [q.id, i === 0 ? rightAnswer(q) : wrongAnswer(q)]));
  const anna = await learnerSends(
    browser,
    link,
    'Anna, "Nurse" Smith',
    ['why-digital-health/triple-win', 'why-digital-health/strategic-sector', 'ai-infrastructure/supercomputing'],
    correct,
    100,
  );
  const ben = await learnerSends(
    browser,
    link,
    'Ben Jones',
    ['why-digital-health/triple-win'],
    mostlyWrong,
    Math.round(100 / bank.length),
  );

  // The trainer loads both files and one broken file.
  const code = link.split('#')[1];
  await trainer.goto(`/trainers/cohort/#${code}`);
  await hydrated(trainer);
  await expect(trainer.getByText('Nothing is uploaded.', { exact: true })).toBeVisible();
  await expect(trainer.getByText(/Result files are self-reported/)).toBeVisible();
  await trainer.getByLabel(/Drop result files here, or choose them/).setInputFiles([
    { name: anna.name, mimeType: 'application/json', buffer: Buffer.from(anna.text) },
    { name: ben.name, mimeType: 'application/json', buffer: Buffer.from(ben.text) },
    { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(anna.text.slice(0, 120)) },
  ]);
  await expect(trainer.getByRole('status').filter({ hasText: 'Read 3 files' })).toBeVisible();

  const table = trainer.getByRole('table', { name: /Results by learner/ });
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(table.getByRole('columnheader')).toHaveText(['Learner ▲', 'Lessons done', QUIZ_TITLE, 'Status']);
  await expect(rows.nth(1)).toContainText('Anna, "Nurse" Smith');
  await expect(rows.nth(1)).toContainText('3 of 3');
  await expect(rows.nth(1)).toContainText('100%, passed');
  await expect(rows.nth(1)).toContainText('Finished on time');
  await expect(rows.nth(2)).toContainText('Ben Jones');
  await expect(rows.nth(2)).toContainText('1 of 3');
  await expect(rows.nth(2)).toContainText(`${Math.round(100 / bank.length)}%, not passed`);
  await expect(rows.nth(2)).toContainText('Not finished');

  // One clear error for the broken file; the good files still show.
  const problems = trainer.getByRole('region', { name: /Files not used \(1\)/ });
  await expect(problems.getByRole('listitem')).toHaveCount(1);
  await expect(problems).toContainText('broken.json: This is not a result file: it is not JSON');

  // Item analysis: both got the first question right on their best attempt, only Anna the rest.
  const items = trainer.getByRole('table', {
    name: new RegExp(`${QUIZ_TITLE.replace(/[:]/g, '.')} \\(2 learners with answers\\)`),
  });
  await expect(items.getByRole('row')).toHaveCount(bank.length + 1);
  // Hardest first: the questions only Anna got right, then the first question both got right.
  for (let i = 1; i < bank.length; i++) await expect(items.getByRole('row').nth(i)).toContainText('1 of 2');
  await expect(items.getByRole('row').nth(bank.length)).toContainText('2 of 2');
  await expect(items.getByRole('rowheader').last()).toHaveText(bank[0]!.prompt);
  // Two learners are too few to call a question hard; the report says so once, not on every row.
  await expect(trainer.getByText('Too few answers to judge')).toHaveCount(1);
  await expect(items.getByText('Found hard')).toHaveCount(0);
  // Which lessons each learner still has to do, not only how many.
  await expect(rows.nth(2)).toContainText('Not yet:');
  await expect(rows.nth(1)).not.toContainText('Not yet:');

  await axe(trainer, 'cohort report with a table, item analysis and an error');

  // Sorting by keyboard, and the "not finished" filter.
  const learnerHeader = table.getByRole('columnheader', { name: /Learner/ });
  await expect(learnerHeader).toHaveAttribute('aria-sort', 'ascending');
  await learnerHeader.getByRole('button').focus();
  await trainer.keyboard.press('Enter');
  await expect(learnerHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(rows.nth(1)).toContainText('Ben Jones');
  await trainer.getByRole('checkbox', { name: 'Show only learners who have not finished' }).check();
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('Ben Jones');
  await trainer.getByRole('checkbox', { name: 'Show only learners who have not finished' }).uncheck();

  // CSV export: a header and one correctly quoted row per learner.
  const [csv] = await Promise.all([
    trainer.waitForEvent('download'),
    trainer.getByRole('button', { name: /Download CSV \(2 learners\)/ }).click(),
  ]);
  const lines = readFileSync(await csv.path(), 'utf8')
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  expect(lines).toHaveLength(3);
  expect(lines[0]).toMatch(/^Learner,Lessons done,Lessons assigned,/);
  expect(lines[1]).toMatch(/^Ben Jones,1,3,\d+,no,1,Not finished,/);
  expect(lines[2]).toMatch(/^"Anna, ""Nurse"" Smith",3,3,100,yes,1,Finished on time,\d{4}-\d\d-\d\d,2099-12-31,/);
});

test('a truncated or tampered assignment link says so and changes nothing', async ({ page }) => {
  await page.goto('/trainers/');
  await hydrated(page);
  await page.getByRole('button', { name: 'Select the whole course' }).click();
  await page.getByLabel('Title').fill('Whole course');
  await page.getByLabel('Your name or team').fill('Practice Development Team');
  await page.getByLabel(/Due date/).fill('2026-03-31');
  await page.getByLabel(/Pass mark in percent/).fill('80');
  const link = await page.getByLabel('Assignment link', { exact: true }).inputValue();
  expect(link).toMatch(/#[A-Za-z0-9_-]+$/);
  const code = link.split('#')[1]!;
  console.log(`Full-course assignment link: ${link.length} characters (code ${code.length}).`);
  expect(code.length).toBeLessThan(300);

  for (const broken of [
    code.slice(0, code.length - 5),
    `${code.slice(0, 20)}${code[20] === 'A' ? 'B' : 'A'}${code.slice(21)}`,
    'not-a-code!',
  ]) {
    await page.goto(`/assignment/#${broken}`);
    await expect(
      page.getByRole('heading', { name: 'This assignment link is incomplete — ask your trainer for a new one' }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Accept' })).toHaveCount(0);
  }
  await axe(page, 'assignment page with a broken link');
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();

  // The whole link still works, and the course page shows it once accepted.
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'Whole course' })).toBeVisible();
  await axe(page, 'assignment page before accepting');
  await page.getByRole('button', { name: 'Accept', exact: true }).click();
  await page.goto('/');
  const mine = page.getByRole('region', { name: 'Your assignments' });
  await expect(mine.getByText('Set by Practice Development Team')).toBeVisible();
  await expect(mine.getByText(/^0 of \d+ done$/)).toBeVisible();
  await expect(mine.getByText('overdue')).toBeVisible({
    visible: new Date().toISOString().slice(0, 10) > '2026-03-31',
  });
  await axe(page, 'home page with an assignment');
  await mine.getByRole('link', { name: 'Whole course' }).click();
  await expect(page.getByRole('heading', { name: 'Whole course' })).toBeVisible();
  await expect(page.getByText(/You accepted this assignment/)).toBeVisible();
});
