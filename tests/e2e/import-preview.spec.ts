/**
 * "What importing would change" (issue 23): a quiz counts as passed only when an assessed
 * attempt reached the pass mark, never when only a practice run (retry of missed questions) did.
 */
import { expect, test } from '@playwright/test';
import { attemptsFor } from '../../src/progress/model';
import { emptyProgress, modules, quiz, withAttempt } from './progress-seed';

test('the import preview does not count a quiz passed in practice only', async ({ page }) => {
  const quizId = modules[0]!.data.quiz;
  const questions = quiz(quizId).data.questions;
  const missed = questions.slice(0, Math.ceil(questions.length / 2)).map((x) => x.id);
  const now = Date.now();
  // Assessed: below the pass mark; then "Retry the ones I missed", all right.
  let file = withAttempt(emptyProgress(), quizId, now - 3_600_000, missed);
  file = withAttempt(file, quizId, now - 60_000, [], 7, missed);
  const [assessed, practice] = attemptsFor(file, quizId);
  expect(assessed?.passed).toBe(false);
  expect(practice?.practice).toBe(true);
  expect(practice?.passed).toBe(true);

  await page.goto('/results/');
  await page.getByLabel('Or paste a progress code').fill(JSON.stringify(file));
  await page.getByRole('button', { name: 'Check code' }).click();
  const table = page.getByRole('table', { name: /What importing would change/ });
  await expect(table.getByRole('row', { name: /Quizzes attempted/ }).getByRole('cell')).toHaveText(['0', '1', '1']);
  await expect(table.getByRole('row', { name: /Quizzes passed/ }).getByRole('cell')).toHaveText(['0', '0', '0']);
});
