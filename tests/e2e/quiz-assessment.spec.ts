import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { answerWithKeyboard, assessmentQuiz, questionOnScreen, tabTo, type QuizFile } from './quiz-answers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const found = assessmentQuiz();

test.describe('the final assessment', () => {
  // The course must have one: a missing assessment fails here rather than skipping these stories.
  test.beforeEach(() => {
    expect(found, 'a quiz in quizzes/ with mode: assessment').toBeTruthy();
  });
  const quiz = found as QuizFile;
  const url = `/quizzes/${quiz?.id}/`;
  const total = quiz?.questions.length ?? 0;

  test('a learner takes the final assessment using only the keyboard, including an ordering question', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    expect(
      quiz.questions.some((q) => q.type === 'order'),
      'the final assessment has an ordering question',
    ).toBe(true);
    await page.goto(url);
    await tabTo(page, page.getByRole('button', { name: 'Start the assessment' }));
    await page.keyboard.press('Enter');

    let skipped = -1;
    let orderDone = false;
    for (let i = 0; i < total; i++) {
      const heading = page.getByRole('heading', { name: `Question ${i + 1} of ${total}` });
      await expect(heading).toBeFocused();
      // No feedback before the end.
      await expect(page.getByRole('heading', { name: /^(Correct|Not quite)$/ })).toHaveCount(0);
      const q = await questionOnScreen(page, quiz);
      // Leave one question (not the ordering one) for later, to be pointed out before submitting.
      if (skipped === -1 && q.type !== 'order' && i > 0) {
        skipped = i;
      } else {
        const moved = await answerWithKeyboard(page, q);
        if (q.type === 'order') {
          // Moving the items was the answer: nothing is left to confirm. (The page cannot check the
          // order it shows, so one attempt in n! starts solved: then "Keep this order" accepted it.)
          if (moved) await expect(page.getByRole('button', { name: 'Keep this order' })).toHaveCount(0);
          orderDone = true;
        }
      }
      if (i === 1) {
        // Back and forth: the answer given to question 1 is still there.
        await tabTo(page, page.getByRole('button', { name: 'Previous question' }));
        await page.keyboard.press('Enter');
        await expect(page.getByRole('heading', { name: `Question 1 of ${total}` })).toBeFocused();
        await tabTo(page, page.getByRole('button', { name: 'Next question' }));
        await page.keyboard.press('Enter');
        await expect(heading).toBeFocused();
      }
      const next = page.getByRole('button', { name: i === total - 1 ? 'Review and submit' : 'Next question' });
      await tabTo(page, next);
      await page.keyboard.press('Enter');
    }
    expect(orderDone).toBe(true);

    await expect(page.getByRole('heading', { name: 'Check before you submit' })).toBeFocused();
    await expect(page.getByText('You have not answered 1 question yet.', { exact: false })).toBeVisible();
    await tabTo(page, page.getByRole('button', { name: `Go to question ${skipped + 1}` }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: `Question ${skipped + 1} of ${total}` })).toBeFocused();
    await answerWithKeyboard(page, await questionOnScreen(page, quiz));
    await tabTo(page, page.getByRole('button', { name: 'Review and submit' }));
    await page.keyboard.press('Enter');
    await expect(page.getByText(`You have answered all ${total} questions.`)).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`${url}$`));

    await tabTo(page, page.getByRole('button', { name: 'Submit my answers' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Your result' })).toBeFocused();
    await expect(page.getByText(`You got ${total} of ${total} right (100%).`)).toBeVisible();
    await expect(page.getByText(`Passed: the pass mark is ${quiz.passMark}%.`)).toBeVisible();
  });

  test('an answer chosen in the assessment survives a reload, and the review has no axe violations', async ({
    page,
  }) => {
    await page.goto(url);
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    const q = await questionOnScreen(page, quiz);
    await answerWithKeyboard(page, q);
    await page.reload();
    await expect(page.getByRole('heading', { name: `Question 1 of ${total}` })).toBeVisible();
    await expect(page.getByText(`1 of ${total} answered`)).toBeVisible();
    await page.getByRole('button', { name: 'Review and submit' }).click();
    await expect(page.getByText(`You have not answered ${total - 1} questions yet.`, { exact: false })).toBeVisible();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(results.violations.map((v) => `${scheme}: ${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    }
  });
});
