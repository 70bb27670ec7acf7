import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Question } from '../../src/schemas/question';
import { assessmentQuiz, fillAnswer, loadQuizzes, questionOnScreen, type QuizFile } from './quiz-answers';
import { hydrated } from './page-checks';

/**
 * Quiz and knowledge-check fixes from watching learners (issue 13, points 2, 6, 7, 8, 13),
 * on a phone, where the problems were seen.
 */
const PHONE = { width: 375, height: 800 };
const KEY = 'dhs:progress';
const final = assessmentQuiz()!;
const module1 = loadQuizzes().find((q) => q.id === 'why-digital-health')!;
const partialQ = module1.questions.find((q) => q.id === 'leadership-value-chain') as Extract<
  Question,
  { type: 'multiple' }
>;
const orderIn = (quiz: QuizFile) =>
  quiz.questions.find((q) => q.type === 'order') as Extract<Question, { type: 'order' }>;

test.use({ viewport: PHONE });

/** Goes forward with "Next question" until `want` is on screen (answering nothing on the way). */
async function goToQuestion(page: Page, quiz: QuizFile, want: Question) {
  for (let i = 0; i < quiz.questions.length; i++) {
    if ((await questionOnScreen(page, quiz)).id === want.id) return;
    await page.getByRole('button', { name: 'Next question' }).click();
  }
  throw new Error(`${want.id} never came up`);
}

/** In a practice quiz: answers and checks each question (rightly) until `want` is on screen. */
async function practiseUntil(page: Page, want: Question) {
  for (let i = 0; i < module1.questions.length; i++) {
    const on = await questionOnScreen(page, module1);
    if (on.id === want.id) return;
    await fillAnswer(page, on, true);
    await page.getByRole('button', { name: 'Check answer' }).click();
    await page.getByRole('button', { name: 'Next question' }).click();
  }
  throw new Error(`${want.id} never came up`);
}

/** The option ids in the order on screen. */
async function shownOrder(group: Locator, q: Extract<Question, { type: 'order' }>): Promise<string[]> {
  const texts = await group.getByRole('listitem').allTextContents();
  return texts.map((t) => q.options.find((o) => t.includes(o.text))?.id ?? t);
}

const savedAnswer = (page: Page, quizId: string, questionId: string) =>
  page.evaluate(
    ({ key, quizId, questionId }) =>
      (JSON.parse(localStorage.getItem(key) ?? '{}') as { q?: Record<string, { c?: { a?: Record<string, unknown> } }> })
        .q?.[quizId]?.c?.a?.[questionId],
    { key: KEY, quizId, questionId },
  );

test('in the final assessment, moving items is the answer: the order is saved at once, without a second confirmation', async ({
  page,
}) => {
  const q = orderIn(final);
  await page.goto(`/quizzes/${final.id}/`);
  await hydrated(page);
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await goToQuestion(page, final, q);
  const group = page.getByRole('group', { name: q.prompt });
  await group.getByRole('listitem').first().getByRole('button', { name: 'Move down' }).click();
  const moved = await shownOrder(group, q);
  await page.getByRole('button', { name: 'Review and submit' }).click();
  expect(await savedAnswer(page, final.id, q.id)).toEqual(moved);
  await expect(page.getByRole('button', { name: 'Confirm this order' })).toHaveCount(0);

  // After a reload the moved order is still the answer.
  await page.reload();
  await hydrated(page);
  await goToQuestion(page, final, q);
  expect(await shownOrder(page.getByRole('group', { name: q.prompt }), q)).toEqual(moved);
});

test('a learner who thinks the order shown is right accepts it with one obvious control', async ({ page }) => {
  const q = orderIn(final);
  await page.goto(`/quizzes/${final.id}/`);
  await hydrated(page);
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await goToQuestion(page, final, q);
  const shown = await shownOrder(page.getByRole('group', { name: q.prompt }), q);
  const keep = page.getByRole('button', { name: 'Keep this order' });
  expect((await keep.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  await keep.click();
  await expect(page.getByText('Order saved.')).toBeVisible();
  expect(await savedAnswer(page, final.id, q.id)).toEqual(shown);
});

test('in a practice quiz, a moved order is checked as it stands, with no confirmation step', async ({ page }) => {
  const q = orderIn(module1);
  await page.goto(`/quizzes/${module1.id}/`);
  await hydrated(page);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  for (let i = 0; i < module1.questions.length; i++) {
    const on = await questionOnScreen(page, module1);
    if (on.id === q.id) break;
    await fillAnswer(page, on, true);
    await page.getByRole('button', { name: 'Check answer' }).click();
    await page.getByRole('button', { name: 'Next question' }).click();
  }
  const group = page.getByRole('group', { name: q.prompt });
  await group.getByRole('listitem').first().getByRole('button', { name: 'Move down' }).click();
  const moved = await shownOrder(group, q);
  await expect(page.getByRole('button', { name: /Confirm this order|Keep this order/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.getByRole('heading', { name: /^(Correct|Not quite|Partly right)$/ })).toBeVisible();
  expect(await savedAnswer(page, module1.id, q.id)).toEqual(moved);
});

test('options carry the letters that feedback uses to name them', async ({ page }) => {
  const q = module1.questions.find((x) => x.type === 'single') as Extract<Question, { type: 'single' }>;
  await page.goto(`/quizzes/${module1.id}/`);
  await hydrated(page);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await practiseUntil(page, q);
  const group = page.getByRole('group', { name: q.prompt });
  const radios = group.getByRole('radio');
  const names = await radios.evaluateAll((els) => els.map((e) => e.closest('label')?.textContent?.trim() ?? ''));
  // Each option shows its letter before its text, A, B, C… in the order shown.
  names.forEach((n, i) => expect(n.startsWith(String.fromCharCode(65 + i))).toBe(true));
  const rightIndex = await radios.evaluateAll(
    (els, text) => els.findIndex((e) => e.closest('label')?.textContent?.includes(text)),
    q.options.find((o) => o.id === q.answer)!.text,
  );
  await fillAnswer(page, q, false);
  await page.getByRole('button', { name: 'Check answer' }).click();
  // The question's own live region (the header's search box and the update notice have one too).
  const feedback = page.getByRole('region', { name: /^Question \d+ of/ }).getByRole('status');
  await expect(feedback).toContainText(`The right answer: ${String.fromCharCode(65 + rightIndex)}. `);
});

test('partial credit shows as "2 of 4 right" and the points, in feedback and in the review', async ({ page }) => {
  const [a, b] = partialQ.answer;
  const textOf = (id: string) => partialQ.options.find((o) => o.id === id)!.text;
  await page.goto(`/quizzes/${module1.id}/`);
  await hydrated(page);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  for (let i = 0; i < module1.questions.length; i++) {
    const q = await questionOnScreen(page, module1);
    if (q.id === partialQ.id) {
      const group = page.getByRole('group', { name: q.prompt });
      await group.getByRole('checkbox', { name: textOf(a!) }).check();
      await group.getByRole('checkbox', { name: textOf(b!) }).check();
    } else await fillAnswer(page, q, true);
    await page.getByRole('button', { name: 'Check answer' }).click();
    if (q.id === partialQ.id) {
      await expect(page.getByRole('heading', { name: 'Partly right' })).toBeVisible();
      await expect(page.getByRole('region', { name: /^Question \d+ of/ }).getByRole('status')).toContainText(
        '2 of 4 right: 0.5 of 1 point',
      );
    }
    await page
      .getByRole('button', { name: i === module1.questions.length - 1 ? 'See my results' : 'Next question' })
      .click();
  }
  // The results screen links to the review on My results, which says it too.
  await page.getByRole('link', { name: 'Review each answer' }).click();
  const reviewed = page.locator('.question-review').filter({ hasText: partialQ.prompt });
  await expect(reviewed).toContainText('Partly right');
  await expect(reviewed).toContainText('2 of 4 right: 0.5 of 1 point');
});

test('a knowledge check’s first wrong try says what is wrong and lets the learner try again; the answer comes after the second try or on request', async ({
  page,
}) => {
  // The strategic-sector lesson checks the partial-credit question.
  await page.goto('/modules/why-digital-health/strategic-sector/');
  const form = page.locator('form').filter({ has: page.getByRole('group', { name: partialQ.prompt }) });
  await form.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island:not([ssr])').filter({ has: form })).toHaveCount(1);
  const wrong = partialQ.options.find((o) => !partialQ.answer.includes(o.id))!;
  const right = partialQ.options.find((o) => partialQ.answer.includes(o.id))!;
  const group = form.getByRole('group', { name: partialQ.prompt });
  await group.getByRole('checkbox', { name: wrong.text }).check();
  await group.getByRole('checkbox', { name: right.text }).check();
  await form.getByRole('button', { name: 'Check answer' }).click();
  const status = form.getByRole('status');
  await expect(status).toContainText(`“${wrong.text}”) is not right`);
  await expect(status).toContainText('You have 1 of the 4 right answers');
  await expect(status).not.toContainText('The right answer');
  await expect(status).not.toContainText(partialQ.explanation);
  await expect(form.getByRole('button', { name: 'Show the answer' })).toBeVisible();

  // Second try, still wrong: now the answer and why.
  await form.getByRole('button', { name: 'Try again' }).click();
  await group.getByRole('checkbox', { name: wrong.text }).uncheck();
  await form.getByRole('button', { name: 'Check answer' }).click();
  await expect(status).toContainText('The right answer');
  await expect(status).toContainText(partialQ.explanation);
  await expect(status).toContainText('1 of 4 right');
});

test('a knowledge check reveals the answer on request after a first wrong try', async ({ page }) => {
  await page.goto('/modules/why-digital-health/strategic-sector/');
  const form = page.locator('form').filter({ has: page.getByRole('group', { name: partialQ.prompt }) });
  await form.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island:not([ssr])').filter({ has: form })).toHaveCount(1);
  const wrong = partialQ.options.find((o) => !partialQ.answer.includes(o.id))!;
  await form.getByRole('group', { name: partialQ.prompt }).getByRole('checkbox', { name: wrong.text }).check();
  await form.getByRole('button', { name: 'Check answer' }).click();
  await form.getByRole('button', { name: 'Show the answer' }).click();
  await expect(form.getByRole('status')).toContainText('The right answer');
  await expect(form.getByRole('status')).toContainText(partialQ.explanation);
});

/** WCAG relative luminance contrast of two CSS rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, b2] = (c.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map((x) => {
      const v = Number(x) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b2!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

test('in dark mode (and light), the chosen answer is obvious after checking', async ({ page }) => {
  const q = module1.questions.find((x) => x.type === 'single') as Extract<Question, { type: 'single' }>;
  for (const colorScheme of ['dark', 'light'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto(`/quizzes/${module1.id}/`);
    await hydrated(page);
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await practiseUntil(page, q);
    // Chosen and right: it must still read as the learner's own choice, not only as "Right answer".
    await fillAnswer(page, q, true);
    await page.getByRole('button', { name: 'Check answer' }).click();
    const group = page.getByRole('group', { name: q.prompt });
    const chosen = group.locator('label').filter({ has: page.getByRole('radio', { checked: true }) });
    await expect(chosen).toHaveCount(1);
    await expect(chosen.getByText('Your answer')).toBeVisible();
    await expect(chosen.getByText('Right answer')).toBeVisible();
    const [edge, bg, otherEdge, fill, otherFill] = await chosen.evaluate((label) => {
      const other = [...label.parentElement!.querySelectorAll('label')].find(
        (l) => l !== label && !l.querySelector(':checked'),
      )!;
      return [
        getComputedStyle(label).borderTopColor,
        getComputedStyle(document.body).backgroundColor,
        getComputedStyle(other).borderTopColor,
        getComputedStyle(label).backgroundColor,
        getComputedStyle(other).backgroundColor,
      ];
    });
    expect(fill, `${colorScheme}: the chosen option is tinted`).not.toBe(otherFill);
    // The chosen option's outline stands out (3:1, WCAG 1.4.11) and differs from the others'.
    expect(contrast(edge, bg), `${colorScheme}: chosen outline contrast`).toBeGreaterThanOrEqual(3);
    expect(edge).not.toBe(otherEdge);
    await page.evaluate(() => localStorage.clear());
  }
});
