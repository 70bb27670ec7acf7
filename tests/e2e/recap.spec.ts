/**
 * Sessions started from the results pages: "Review them now" (questions due for spaced
 * recap) and "Practise these now" / "Practise the N you missed" (questions missed). The
 * quiz page reads the link's fragment, offers the session, runs it as an attempt of only
 * those questions, and the recap schedule moves on from its answers.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createAttempt } from '../../src/quiz/attempt';
import { quizVersion } from '../../src/quiz/content-version';
import { attemptsFor, type Progress } from '../../src/progress/model';
import { attemptKey } from '../../src/lib/results/list';
import { startAttempt } from '../../src/progress/attempts';
import { emptyProgress, finalQuiz, modules, quiz, seed, withAttempt } from './progress-seed';
import { fillAnswer, loadQuizzes, questionOnScreen, type QuizFile } from './quiz-answers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const DAY = 24 * 3_600_000;

const bank = (id: string) => loadQuizzes().find((q) => q.id === id) as QuizFile;
const quizA = modules[0]!.data.quiz;
const quizB = modules[1]!.data.quiz;
const [a1, a2] = quiz(quizA).data.questions.map((q) => q.id);
const b1 = quiz(quizB).data.questions[0]!.id;

/** Adds a whole attempt in progress at `quizId`, nothing answered yet. */
function startAttemptAt(p: Progress, quizId: string, at: number): Progress {
  const questions = quiz(quizId).data.questions;
  return startAttempt(
    p,
    createAttempt({ id: quizId, version: quizVersion({ questions }), questions }, { seed: 51, now: at }),
  );
}

async function noAxeViolations(page: Page, what: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(
      violations.map((v) => `${scheme}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      `axe violations on ${what}`,
    ).toEqual([]);
  }
}

/** Answers the question on screen (right if `right(id)`), checks it and moves on; returns its id. */
async function answerOne(page: Page, q: QuizFile, right: (id: string) => boolean, last: boolean): Promise<string> {
  const question = await questionOnScreen(page, q);
  await fillAnswer(page, question, right(question.id));
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(
    page.getByRole('heading', { name: right(question.id) ? 'Correct' : 'Not quite', exact: true }),
  ).toBeFocused();
  await page.getByRole('button', { name: last ? 'See my results' : 'Next question' }).click();
  return question.id;
}

test('a question reviewed right when due leaves today’s recap, one answered wrong comes back tomorrow', async ({
  page,
}) => {
  // Two days ago: two questions missed in module 1's quiz, one in module 2's. All due today.
  const twoDaysAgo = Date.now() - 2 * DAY;
  let p = withAttempt(emptyProgress(), quizA, twoDaysAgo, [a1!, a2!], 21);
  p = withAttempt(p, quizB, twoDaysAgo + 60_000, [b1], 22);
  await seed(page, p);

  await page.goto('/');
  await page.getByRole('link', { name: '3 questions due for review today' }).click();
  await expect(page).toHaveURL(/\/results\/recap\/$/);
  await page.getByRole('link', { name: new RegExp(`^Review them now\\s*: ${quiz(quizA).data.title}$`) }).click();
  await expect(page).toHaveURL(new RegExp(`/quizzes/${quizA}/#recap=`));

  // The start screen says what this session is.
  await expect(page.getByRole('heading', { name: 'Review 2 questions due today' })).toBeVisible();
  await expect(page.getByText(/does not change your quiz result/)).toBeVisible();
  await noAxeViolations(page, 'the review start screen');
  await page.getByRole('button', { name: 'Start the review' }).click();
  await expect(page.getByRole('heading', { name: 'Question 1 of 2' })).toBeFocused();

  // a1 right, a2 wrong.
  const seen = [
    await answerOne(page, bank(quizA), (id) => id === a1, false),
    await answerOne(page, bank(quizA), (id) => id === a1, true),
  ];
  expect(seen.sort()).toEqual([a1, a2].sort());
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeFocused();
  await expect(page.getByText('You got 1 of 2 right (50%).')).toBeVisible();
  await expect(page.getByText(/^Practice: this covered 2 of the quiz's/)).toBeVisible();
  // The fragment is gone, so a reload shows the result, not the session again.
  await expect(page).toHaveURL(new RegExp(`/quizzes/${quizA}/$`));
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Review 2 questions due today' })).toHaveCount(0);

  // Module 1's questions are no longer due today; module 2's still is.
  await page.goto('/results/recap/');
  await expect(page.getByText(`${quiz(quizB).data.title}: 1 question`)).toBeVisible();
  await expect(page.getByText(`${quiz(quizA).data.title}: `)).toHaveCount(0);
  await page.goto('/');
  await expect(page.getByRole('link', { name: '1 question due for review today' })).toBeVisible();

  // Tomorrow: the one answered wrong is back (box 1); the one answered right moved up a box (3 days).
  await page.clock.install({ time: Date.now() + DAY + 60_000 });
  await page.goto('/results/recap/');
  await expect(page.getByText(`${quiz(quizA).data.title}: 1 question`)).toBeVisible();
  await expect(
    page.getByRole('link', { name: new RegExp(`^Review it now\\s*: ${quiz(quizA).data.title}$`) }),
  ).toHaveAttribute('href', `/quizzes/${quizA}/#recap=${encodeURIComponent(a2!)}`);
});

test('"Practise the ones you missed" from an attempt’s review practises exactly those questions', async ({ page }) => {
  const missed = quiz(quizA)
    .data.questions.slice(0, 3)
    .map((q) => q.id);
  await seed(page, withAttempt(emptyProgress(), quizA, Date.now() - 3_600_000, missed, 31));
  await page.goto('/results/');
  await page.getByRole('link', { name: 'Review attempt 1' }).click();
  await page.getByRole('link', { name: 'Practise the 3 you missed' }).click();
  await expect(page.getByRole('heading', { name: 'Practise 3 questions you missed' })).toBeVisible();
  await page.getByRole('button', { name: 'Start practising' }).click();
  const seen: string[] = [];
  for (let i = 0; i < 3; i++) {
    await expect(page.getByRole('heading', { name: `Question ${i + 1} of 3` })).toBeFocused();
    seen.push(await answerOne(page, bank(quizA), () => true, i === 2));
  }
  expect(seen.sort()).toEqual([...missed].sort());
  await expect(page.getByText('You got 3 of 3 right (100%).')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/quizzes/${quizA}/$`));

  // Practice leaves the quiz's best score and result alone, and is listed as practice.
  await page.goto('/results/');
  const rows = page.getByRole('row');
  await expect(rows.filter({ hasText: 'Practice' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'Not passed' })).toHaveCount(1);
});

test('a recap of the final assessment’s questions gives feedback after each answer', async ({ page }) => {
  const final = finalQuiz.id;
  const missedId = finalQuiz.data.questions[0]!.id;
  await seed(page, withAttempt(emptyProgress(), final, Date.now() - 2 * DAY, [missedId], 41));
  await page.goto(`/quizzes/${final}/#recap=${encodeURIComponent(missedId)}`);
  await expect(page.getByRole('heading', { name: 'Review 1 question due today' })).toBeVisible();
  await page.getByRole('button', { name: 'Start the review' }).click();
  await expect(page.getByRole('heading', { name: 'Question 1 of 1' })).toBeFocused();
  await answerOne(page, bank(final), () => true, true);
  await expect(page.getByText('You got 1 of 1 right (100%).')).toBeVisible();
});

test('a link to questions no longer in the quiz shows the quiz as usual, with a note', async ({ page }) => {
  await page.goto(`/quizzes/${quizA}/#retry=no-such-question,another`);
  await expect(page.getByText('Those questions are no longer in this quiz, so here is the whole quiz.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/quizzes/${quizA}/$`));
  // Some ids known, some not: the session has the known ones and says what was left out.
  await page.goto(`/quizzes/${quizA}/#retry=gone,${encodeURIComponent(a1!)}`);
  await expect(page.getByRole('heading', { name: 'Practise 1 question you missed' })).toBeVisible();
  await expect(page.getByText('1 question from your link is no longer in this quiz, so it is left out.')).toBeVisible();
  await expect(page.getByText('Those questions are no longer in this quiz', { exact: false })).toHaveCount(0);
});

test('with an attempt in progress, the learner chooses: carry on, or start the practice session instead', async ({
  page,
}) => {
  await seed(page, startAttemptAt(emptyProgress(), quizA, Date.now() - 60_000));
  const total = quiz(quizA).data.questions.length;
  await page.goto(`/quizzes/${quizA}/#retry=${encodeURIComponent(a1!)}`);
  await expect(page.getByRole('heading', { name: 'Practise 1 question you missed' })).toBeVisible();
  await expect(
    page.getByText(`You have an unfinished attempt at this quiz (0 of ${total} answered).`, { exact: false }),
  ).toBeVisible();
  await noAxeViolations(page, 'the session start screen with an attempt in progress');
  await page.setViewportSize({ width: 320, height: 800 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'the session start screen scrolls sideways at 320 px').toBeLessThanOrEqual(0);

  await page.getByRole('button', { name: 'Carry on with your attempt' }).click();
  await expect(page.getByRole('heading', { name: `Question 1 of ${total}` })).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`/quizzes/${quizA}/$`));

  // Following the link again (same page, new fragment) offers it again; this time, start it.
  await page.goto(`/quizzes/${quizA}/#retry=${encodeURIComponent(a1!)}`);
  await expect(page.getByRole('heading', { name: 'Practise 1 question you missed' })).toBeFocused();
  await page.getByRole('button', { name: 'Start the practice session instead' }).click();
  await expect(page.getByRole('heading', { name: 'Question 1 of 1' })).toBeFocused();
  // A reload in the middle of the session carries on with it.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Question 1 of 1' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Practise 1 question you missed' })).toHaveCount(0);
});

test('the review and recap pages carry no questions: they fetch them once the learner has an attempt, and say so offline', async ({
  page,
}) => {
  const asked: string[] = [];
  let offline = true;
  await page.route('**/results/banks.json', async (route) => {
    asked.push(route.request().url());
    if (offline) await route.abort('internetdisconnected');
    else await route.continue();
  });
  const missedPrompt = bank(quizA).questions.find((q) => q.id === a1)!.prompt;
  for (const path of ['/results/review/', '/results/recap/']) {
    const html = await (await page.request.get(path)).text();
    // However the island's props escape it, no question's prompt is in the page.
    expect(html, path).not.toMatch(/prompt(?:\\?&quot;|\\?")\s*:/);
  }

  // A new learner: the empty states, and nothing fetched.
  await page.goto('/results/recap/');
  await expect(page.getByText(/^Nothing yet\. Questions you miss/)).toBeVisible();
  await page.goto('/results/review/');
  await expect(page.getByText('No attempt chosen.')).toBeVisible();
  expect(asked).toEqual([]);

  // A learner who missed a question two days ago, offline on a first visit: told, never "nothing due".
  const p = withAttempt(emptyProgress(), quizA, Date.now() - 2 * DAY, [a1!]);
  await seed(page, p);
  await page.goto('/results/recap/');
  const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
  await expect(alert).toContainText('The quiz questions could not be loaded, so what to review cannot be listed.');
  await expect(page.getByText(/^Nothing is due today/)).toHaveCount(0);
  await expect(page.getByText(/^None/)).toHaveCount(0);
  await noAxeViolations(page, 'the recap page, offline');
  // Still offline, "Try again" fails again: the alert comes back with focus on its button,
  // not lost to the page while the alert was gone.
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeFocused();
  // Back online, "Try again" lists the missed question and takes focus to the lists.
  offline = false;
  await alert.getByRole('button', { name: 'Try again' }).press('Enter');
  await expect(alert).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Due for review today' })).toBeFocused();
  const missed = page.getByRole('region', { name: 'Questions you missed recently' });
  await expect(missed.getByText(missedPrompt)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Due for review today' })).toContainText(
    '1 question you missed before is due again',
  );

  // The review of that attempt, offline: its score stays, and it says why the questions are missing.
  offline = true;
  const key = attemptKey(attemptsFor(p, quizA)[0]!);
  await page.goto(`/results/review/#${key}`);
  const reviewAlert = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
  await expect(reviewAlert).toContainText(`The questions of ${quiz(quizA).data.title} could not be loaded`);
  await expect(page.getByRole('term').filter({ hasText: 'Score' })).toBeVisible();
  await reviewAlert.getByRole('button', { name: 'Try again' }).click();
  await expect(reviewAlert.getByRole('button', { name: 'Try again' })).toBeFocused();
  offline = false;
  await reviewAlert.getByRole('button', { name: 'Try again' }).click();
  await expect(reviewAlert).toHaveCount(0);
  await expect(page.getByText(missedPrompt).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: new RegExp(`^Review: ${quiz(quizA).data.title}`) })).toBeFocused();
});
