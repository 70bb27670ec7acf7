import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { Question } from '../../src/schemas/question';
import { course } from './course';
import { fillAnswer, loadQuizzes } from './quiz-answers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const bank = new Map<string, Question>(
  loadQuizzes().flatMap((quiz) => quiz.questions.map((q) => [`${quiz.id}:${q.id}`, q] as const)),
);

/** Every lesson with the question references of its knowledge checks. */
const lessons = course.lessons.map((l) => ({ url: `/modules/${l.id}/`, refs: l.checks }));

function question(ref: string): Question {
  const q = bank.get(ref);
  if (!q) throw new Error(`No question ${ref} in quizzes/`);
  return q;
}

const formOf = (page: Page, q: Question) =>
  page.locator('form').filter({ has: page.getByRole('group', { name: q.prompt }) });

/**
 * A knowledge check is an island that hydrates as it nears the screen (`client:visible`),
 * as a learner scrolls to it. Scroll to it and wait for that, as a learner would see it
 * before using it (Astro drops the island's `ssr` attribute once it has hydrated).
 */
async function scrollTo(page: Page, q: Question) {
  const form = formOf(page, q);
  await form.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island:not([ssr])').filter({ has: form })).toHaveCount(1);
}

async function answer(page: Page, q: Question, correct: boolean) {
  await scrollTo(page, q);
  await fillAnswer(page, q, correct);
  await formOf(page, q).getByRole('button', { name: 'Check answer' }).click();
}

test('a learner answers a knowledge check, sees at once whether it was right, and finds the answer there after a reload', async ({
  page,
}) => {
  // A lesson whose first check is a one-answer question, so a wrong pick is easy to make.
  const lesson = lessons.find((l) => l.refs[0] && question(l.refs[0]).type === 'single');
  expect(lesson, 'a lesson with a single-answer knowledge check').toBeTruthy();
  const ref = lesson?.refs[0] ?? '';
  const q = question(ref);
  await page.goto(lesson?.url ?? '/');
  // The static fallback ("Show the answer") gives way to the interactive check.
  await expect(page.getByText('Show the answer').filter({ visible: true })).toHaveCount(0);
  const form = formOf(page, q);

  await answer(page, q, false);
  await expect(form.getByText('Not quite', { exact: true })).toBeFocused();
  // A first wrong try says what is wrong, and keeps the answer back for a second try.
  await expect(form.getByText(/is not the answer\. Try again\./)).toBeVisible();
  await expect(form.getByText('The right answer:')).toHaveCount(0);
  await expect(form.getByText(q.explanation)).toHaveCount(0);
  await expect(form.getByText('Your answer', { exact: true }).filter({ visible: true })).toHaveCount(1);

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(results.violations.map((v) => `${scheme}: ${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  }

  await form.getByRole('button', { name: 'Try again' }).click();
  await answer(page, q, true);
  await expect(form.getByText('Correct', { exact: true })).toBeFocused();

  await page.reload();
  await expect(form.getByText('Correct', { exact: true })).toBeVisible();
  await expect(form.getByRole('radio', { checked: true })).toHaveCount(1);
  await expect(form.getByRole('button', { name: 'Try again' })).toBeVisible();

  // Knowledge checks are not quiz attempts: the module quiz has no result yet.
  await page.goto(`/quizzes/${ref.split(':')[0]}/`);
  await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
});

test('an ordering knowledge check works with the Move up and Move down buttons', async ({ page }) => {
  const lesson = lessons.find((l) => l.refs.some((r) => question(r).type === 'order'));
  // The ordering control must be tested on a real lesson page: without one, fail rather than skip.
  expect(lesson, 'a lesson with an ordering knowledge check').toBeTruthy();
  const q = question(lesson?.refs.find((r) => question(r).type === 'order') ?? '');
  await page.goto(lesson?.url ?? '/');
  await answer(page, q, true);
  await expect(formOf(page, q).getByText('Correct', { exact: true })).toBeFocused();
});

// One test per module (not one for the whole course), so each has its own time and they run
// side by side: a loop over every lesson took two minutes on a busy machine.
for (const mod of [...new Set(course.lessons.map((l) => l.module))]) {
  test(`every lesson has a knowledge check, and every check takes an answer (${mod})`, async ({ page }) => {
    for (const lesson of lessons.filter((l) => l.url.startsWith(`/modules/${mod}/`))) {
      expect(lesson.refs.length, `${lesson.url} has a knowledge check`).toBeGreaterThan(0);
      await page.goto(lesson.url);
      for (const ref of lesson.refs) {
        const q = question(ref);
        await answer(page, q, true);
        await expect(formOf(page, q).getByText('Correct', { exact: true }), `${ref} on ${lesson.url}`).toBeVisible();
      }
    }
  });
}

test('before an answer, a knowledge check offers only "Check answer", and "Try again" appears after it', async ({
  page,
}) => {
  const lesson = lessons.find((l) => l.refs.length > 0)!;
  const q = question(lesson.refs[0]!);
  await page.goto(lesson.url);
  const form = formOf(page, q);
  await expect(form.getByRole('button', { name: 'Check answer' })).toBeVisible();
  await expect(form.getByRole('button', { name: 'Try again' })).toBeHidden();
  await answer(page, q, false);
  await expect(form.getByRole('button', { name: 'Try again' })).toBeVisible();
});
