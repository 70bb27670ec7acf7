import { expect, test } from '@playwright/test';
import { fillAnswer, loadQuizzes, questionOnScreen } from './quiz-answers';

for (const quiz of loadQuizzes()) {
  test(`the ${quiz.id} quiz hydrates, replaces its static list and takes an answer`, async ({ page }) => {
    await page.goto(`/quizzes/${quiz.id}/`);
    await page
      .getByRole('button', { name: quiz.mode === 'assessment' ? 'Start the assessment' : 'Start the quiz' })
      .click();
    // The static list for readers without JavaScript is gone once the quiz runs.
    await expect(page.getByText('Question 1.', { exact: false })).toHaveCount(0);
    const total = quiz.questions.length;
    await expect(page.getByRole('heading', { name: `Question 1 of ${total}` })).toBeFocused();
    const q = await questionOnScreen(page, quiz);
    // The line on how to answer (worked out at build time) is under the question.
    await expect(page.locator('.question .hint').first()).toHaveText(/^(Choose|Put the items|Type a number)/);
    await fillAnswer(page, q, true);
    if (quiz.mode === 'practice') {
      await page.getByRole('button', { name: 'Check answer' }).click();
      await expect(page.getByRole('heading', { name: 'Correct', exact: true })).toBeFocused();
    } else {
      // Moving the items is the answer: no confirmation needed.
      await expect(page.getByText(`1 of ${total} answered`)).toBeVisible();
    }
  });
}

test('without JavaScript a quiz page still lists its questions', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const quiz = loadQuizzes()[0];
  await page.goto(`/quizzes/${quiz?.id}/`);
  await expect(page.getByText(quiz?.questions[0]?.prompt ?? '-', { exact: false }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start the quiz' })).toHaveCount(0);
  await context.close();
});
