import { expect, test } from '@playwright/test';
import { formatMinutes } from '../../src/lib/format';
import {
  allLessons,
  emptyProgress,
  everythingPassed,
  finalQuiz,
  modules,
  seed,
  withAttempt,
  withLessons,
} from './progress-seed';

/**
 * A certificate is evidence for appraisal and revalidation: it says only what happened
 * (issue 13, points 3 and 4).
 */

test('a learner who passed every quiz but completed 2 of the lessons gets no certificate, and sees which lessons are missing', async ({
  page,
}) => {
  const t = Date.now() - 3 * 24 * 3_600_000;
  let p = withLessons(
    emptyProgress(),
    allLessons.slice(0, 2).map((l) => l.id),
    t,
  );
  for (const m of modules) p = withAttempt(p, m.data.quiz, t + 3_600_000);
  p = withAttempt(p, finalQuiz.id, t + 7_200_000);
  await seed(page, p);
  await page.goto('/certificate/');
  await expect(page.getByRole('article', { name: 'Digital Health Skills' })).toHaveCount(0);
  await expect(page.getByText(/completed the self-paced course/)).toHaveCount(0);
  const left = page.getByRole('region', { name: 'Not yet: what is left' });
  await expect(left).toContainText(`2 of ${allLessons.length} lessons completed`);
  for (const l of allLessons.slice(2)) await expect(left.getByRole('link', { name: l.data.title })).toBeVisible();
  for (const l of allLessons.slice(0, 2)) await expect(left.getByRole('link', { name: l.data.title })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toHaveCount(0);
});

test('the certificate states lessons completed, the reading time of those lessons, quizzes passed and time recorded in quizzes', async ({
  page,
}) => {
  await seed(page, everythingPassed(Date.now() - 7 * 24 * 3_600_000));
  await page.goto('/certificate/');
  const cert = page.getByRole('article', { name: 'Digital Health Skills' });
  await expect(cert).toContainText(`Lessons completed ${allLessons.length} of ${allLessons.length}`);
  await expect(cert).toContainText(
    `Reading time of the lessons completed (estimated) ${formatMinutes(allLessons.reduce((s, l) => s + l.data.minutes, 0))}`,
  );
  // Each seeded quiz attempt took 5 minutes.
  await expect(cert).toContainText(`Time recorded in quizzes ${formatMinutes((modules.length + 1) * 5)}`);
  await expect(cert).toContainText(`Quizzes passed ${modules.length + 1} of ${modules.length + 1}`);
  await expect(cert).not.toContainText('Total study time');
});

test('the name on the certificate is the one being typed, with no separate save, and it is kept', async ({ page }) => {
  await seed(page, everythingPassed(Date.now() - 7 * 24 * 3_600_000));
  await page.goto('/certificate/');
  const cert = page.getByRole('article', { name: 'Digital Health Skills' });
  await expect(cert).not.toContainText('Your name here');
  await page.getByLabel('Your name as it should appear on the certificate').fill('Dr Zoë Okafor');
  // Printed at this moment, the certificate carries the name.
  await page.emulateMedia({ media: 'print' });
  await expect(cert.getByText('Dr Zoë Okafor', { exact: true })).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('button', { name: 'Save name' })).toHaveCount(0);
  await page.reload();
  await expect(cert.getByText('Dr Zoë Okafor', { exact: true })).toBeVisible();
  await expect(page.getByLabel('Your name as it should appear on the certificate')).toHaveValue('Dr Zoë Okafor');
});

test('the final assessment’s start screen says what the certificate needs', async ({ page }) => {
  await page.goto(`/quizzes/${finalQuiz.id}/`);
  const needs = page.getByRole('region', { name: 'What the certificate needs' });
  await expect(needs).toContainText(`all ${allLessons.length} lessons completed`);
  await expect(needs).toContainText(`every module quiz passed`);
  await expect(needs).toContainText(`this assessment passed (${finalQuiz.data.passMark}%`);
  await expect(needs.getByRole('link', { name: /certificate/i })).toHaveAttribute('href', '/certificate/');
  await expect(page.getByRole('button', { name: 'Start the assessment' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start the quiz' })).toHaveCount(0);
});
