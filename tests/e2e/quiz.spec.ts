import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { fillAnswer, practiceQuizzes, questionOnScreen, type QuizFile } from './quiz-answers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// The smallest module quiz keeps the stories quick.
const quiz = practiceQuizzes().sort((a, b) => a.questions.length - b.questions.length)[0] as QuizFile;
const url = `/quizzes/${quiz.id}/`;
const total = quiz.questions.length;

async function start(page: Page) {
  await page.goto(url);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await expect(page.getByRole('heading', { name: `Question 1 of ${total}` })).toBeFocused();
}

/** Answers the question on screen, checks it and returns it. */
async function answerAndCheck(page: Page, correct: boolean) {
  const q = await questionOnScreen(page, quiz);
  await fillAnswer(page, q, correct);
  await page.getByRole('button', { name: 'Check answer' }).click();
  return q;
}

async function expectNoAxeViolations(page: Page, what: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    const summary = results.violations.map(
      (v) => `${scheme}: ${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')}`,
    );
    expect(summary, `axe violations with ${what}`).toEqual([]);
  }
}

test('a learner takes a module quiz in practice mode, gets one wrong, sees the explanation, finishes, sees the score, retries only the missed one, and passes', async ({
  page,
}) => {
  await start(page);
  let missed = '';
  for (let i = 0; i < total; i++) {
    await expect(page.getByRole('heading', { name: `Question ${i + 1} of ${total}` })).toBeVisible();
    const q = await answerAndCheck(page, i !== 0);
    const verdict = page.getByRole('heading', { name: i === 0 ? 'Not quite' : 'Correct', exact: true });
    await expect(verdict).toBeFocused();
    await expect(page.getByRole('status').getByText(q.explanation)).toBeVisible();
    await expect(page.getByRole('link', { name: /^Where this is taught/ })).toHaveAttribute(
      'href',
      new RegExp(`/modules/${q.lesson}/#${q.anchor}$`),
    );
    if (i === 0) missed = q.prompt;
    await page.getByRole('button', { name: i === total - 1 ? 'See my results' : 'Next question' }).click();
  }

  await expect(page.getByRole('heading', { name: 'Your result' })).toBeFocused();
  const percent = Math.round(((total - 1) / total) * 100);
  await expect(page.getByText(`You got ${total - 1} of ${total} right (${percent}%).`)).toBeVisible();
  await expect(page.getByText(/^Time taken:/)).toBeVisible();
  // Every question is reviewed on My results (the quiz page loads no review code): the
  // learner's answer, the right one and why.
  await page.getByRole('link', { name: 'Review each answer' }).click();
  await expect(page.getByRole('heading', { name: /^Review: .*, attempt 1$/ })).toBeVisible();
  await expect(
    page.getByRole('listitem').filter({ hasText: missed }).getByText('Wrong', { exact: true }),
  ).toBeVisible();
  await expect(page.getByRole('term').filter({ hasText: 'Right answer' })).toHaveCount(total);
  await page.goBack();

  await page.getByRole('button', { name: 'Retry the ones I missed (1)' }).click();
  await expect(page.getByRole('heading', { name: 'Question 1 of 1' })).toBeFocused();
  expect((await questionOnScreen(page, quiz)).prompt).toBe(missed);
  await answerAndCheck(page, true);
  await expect(page.getByRole('heading', { name: 'Correct', exact: true })).toBeFocused();
  await page.getByRole('button', { name: 'See my results' }).click();

  // The result that counts stays first, with its retry; the practice run is below it, labelled.
  const official = page.getByRole('region', { name: 'Your result' });
  await expect(official.getByText(`You got ${total - 1} of ${total} right (${percent}%).`)).toBeVisible();
  await expect(official.getByRole('button', { name: 'Retry the ones I missed (1)' })).toBeVisible();
  const practice = page.getByRole('region', { name: 'Your latest practice' });
  await expect(practice.getByText('You got 1 of 1 right (100%).')).toBeVisible();
  // A retry is practice: it covers one question, so it does not pass the quiz on its own.
  await expect(practice.getByText(/^Practice: this covered 1 of the quiz's \d+ questions/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Take the whole quiz again' })).toBeVisible();
});

test('a learner reloads in the middle of a quiz and carries on where they were', async ({ page }) => {
  await start(page);
  const first = await answerAndCheck(page, true);
  await page.getByRole('button', { name: 'Next question' }).click();
  const second = await answerAndCheck(page, false);
  await expect(page.getByRole('heading', { name: 'Not quite' })).toBeVisible();

  await page.reload();
  // Same question, its answer and feedback still there.
  await expect(page.getByRole('heading', { name: `Question 2 of ${total}` })).toBeVisible();
  expect((await questionOnScreen(page, quiz)).id).toBe(second.id);
  await expect(page.getByRole('heading', { name: 'Not quite' })).toBeVisible();
  await expect(page.getByText(`2 of ${total} answered`)).toBeVisible();
  await page.getByRole('button', { name: 'Next question' }).click();
  await expect(page.getByRole('heading', { name: `Question 3 of ${total}` })).toBeFocused();

  // A closed tab is no different: a new page in the same browser picks up at question 3.
  const again = await page.context().newPage();
  await page.close();
  await again.goto(url);
  await expect(again.getByRole('heading', { name: `Question 3 of ${total}` })).toBeVisible();
  const third = await questionOnScreen(again, quiz);
  expect([first.id, second.id]).not.toContain(third.id);
});

test('a result shows up in a second open tab without reloading it', async ({ context }) => {
  const one = await context.newPage();
  const two = await context.newPage();
  await two.goto(url);
  await expect(two.getByRole('button', { name: 'Start the quiz' })).toBeVisible();

  await one.bringToFront();
  await start(one);
  // The second tab follows along from the store, with no reload.
  await expect(two.getByRole('heading', { name: `Question 1 of ${total}` })).toBeVisible();
  for (let i = 0; i < total; i++) {
    await answerAndCheck(one, true);
    await one.getByRole('button', { name: i === total - 1 ? 'See my results' : 'Next question' }).click();
  }
  await expect(one.getByText(`You got ${total} of ${total} right (100%).`)).toBeVisible();
  await expect(two.getByRole('heading', { name: 'Your result' })).toBeVisible();
  await expect(two.getByText(`You got ${total} of ${total} right (100%).`)).toBeVisible();
});

test('feedback and results have no WCAG 2.2 A/AA violations in light and dark themes, and fit a 320 px screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await start(page);
  await answerAndCheck(page, false);
  await expect(page.getByRole('heading', { name: 'Not quite' })).toBeVisible();
  await expectNoAxeViolations(page, 'wrong-answer feedback showing');
  for (let i = 0; i < total; i++) {
    if (i > 0) await answerAndCheck(page, i % 2 === 0);
    await page.getByRole('button', { name: i === total - 1 ? 'See my results' : 'Next question' }).click();
  }
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible();
  await expectNoAxeViolations(page, 'results showing');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'the results scroll sideways at 320 px').toBeLessThanOrEqual(0);
});
