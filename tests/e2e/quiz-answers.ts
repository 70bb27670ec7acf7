/**
 * Shared by the quiz end-to-end tests: the quiz banks as the build wrote them (so tests
 * know the right answers without depending on the shuffled order), and ways to answer
 * the question on screen by finding controls by their role and label.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { Question } from '../../src/schemas/question';
import { course } from './course';

export interface QuizFile {
  id: string;
  title: string;
  mode: 'practice' | 'assessment';
  passMark: number;
  questions: Question[];
}

/** Every quiz bank (drafts left out, as the site does): module quizzes in order, then the final. */
export function loadQuizzes(): QuizFile[] {
  return course.quizzes.map(({ id, title, mode, passMark, questions }) => ({ id, title, mode, passMark, questions }));
}

export const practiceQuizzes = () => loadQuizzes().filter((q) => q.mode === 'practice');
export const assessmentQuiz = () => loadQuizzes().find((q) => q.mode === 'assessment');

/** The question whose prompt is the legend of the fieldset on screen. */
export async function questionOnScreen(page: Page, quiz: QuizFile): Promise<Question> {
  const legend = (await page.locator('fieldset legend').first().textContent())?.trim() ?? '';
  const question = quiz.questions.find((q) => q.prompt.trim() === legend);
  if (!question) throw new Error(`No question in ${quiz.id} with the prompt "${legend}"`);
  return question;
}

const optionText = (q: Question, id: string) =>
  'options' in q ? (q.options.find((o) => o.id === id)?.text ?? id) : id;

/** A wrong numeric answer, well outside any tolerance. */
export function wrongNumber(q: Extract<Question, { type: 'numeric' }>): string {
  return String(q.answer + (q.tolerance ?? 0) + 1000);
}

function itemOf(group: Locator, text: string): Locator {
  return group.getByRole('listitem').filter({ has: group.page().getByText(text, { exact: true }) });
}

/** The order shown, as option ids. */
async function shownOrder(group: Locator, q: Extract<Question, { type: 'order' }>): Promise<string[]> {
  const texts = (await group.getByRole('listitem').allTextContents()).map((t) =>
    t.replace(/Move up|Move down/g, '').trim(),
  );
  return texts.map((t) => q.options.find((o) => t.endsWith(o.text))?.id ?? t);
}

/**
 * Fills in the question on screen with the mouse. `correct: false` picks a wrong answer.
 * Does not press Check.
 */
export async function fillAnswer(page: Page, q: Question, correct: boolean): Promise<void> {
  const group = page.getByRole('group', { name: q.prompt });
  switch (q.type) {
    case 'single': {
      const id = correct ? q.answer : (q.options.find((o) => o.id !== q.answer)?.id ?? '');
      await group.getByRole('radio', { name: optionText(q, id), exact: true }).check();
      return;
    }
    case 'multiple': {
      const ids = correct ? q.answer : [q.options.find((o) => !q.answer.includes(o.id))?.id ?? ''];
      for (const id of ids) await group.getByRole('checkbox', { name: optionText(q, id), exact: true }).check();
      return;
    }
    case 'truefalse':
      await group
        .getByRole('radio', { name: (correct ? q.answer : !q.answer) ? 'True' : 'False', exact: true })
        .check();
      return;
    case 'numeric':
      await group.getByRole('textbox').fill(correct ? String(q.answer) : wrongNumber(q));
      return;
    case 'order': {
      if (!correct) return; // The order shown is never the right one.
      let moved = false;
      for (let i = 0; i < q.answer.length; i++) {
        const want = q.answer[i] ?? '';
        const now = (await shownOrder(group, q)).indexOf(want);
        for (let k = now; k > i; k--) {
          await itemOf(group, optionText(q, want)).getByRole('button', { name: 'Move up' }).click();
          moved = true;
        }
      }
      expect(await shownOrder(group, q)).toEqual(q.answer);
      // The final assessment's page cannot check the order it shows (its key is not there), so one
      // attempt in n! starts solved: then the learner accepts the order as shown.
      if (!moved) await acceptShownOrder(page);
      return;
    }
  }
}

/** Tabs forward until `target` has focus (keyboard only), failing after `max` presses. */
export async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  const handle = await target.elementHandle();
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((el) => el === document.activeElement, handle)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Could not reach ${target.toString()} with the Tab key`);
}

/** Accepts an ordering question's order as shown, where the quiz asks for that ("Keep this order"). */
async function acceptShownOrder(page: Page, keyboard = false): Promise<void> {
  const keep = page.getByRole('button', { name: 'Keep this order' });
  if ((await keep.count()) === 0) return;
  if (keyboard) {
    await tabTo(page, keep);
    await page.keyboard.press('Enter');
  } else await keep.click();
  await expect(keep).toHaveCount(0);
}

/**
 * Answers the question on screen with the keyboard only (right answer). Resolves to false when
 * an ordering question started in its right order, so nothing was moved and the order shown was accepted.
 */
export async function answerWithKeyboard(page: Page, q: Question): Promise<boolean> {
  const group = page.getByRole('group', { name: q.prompt });
  switch (q.type) {
    case 'single':
    case 'truefalse': {
      const label = q.type === 'single' ? optionText(q, q.answer) : q.answer ? 'True' : 'False';
      const target = group.getByRole('radio', { name: label, exact: true });
      await tabTo(page, group.getByRole('radio').first());
      // Arrow keys move through a radio group and select as they go.
      for (let i = 0; i < 8 && !(await target.isChecked()); i++) await page.keyboard.press('ArrowDown');
      await expect(target).toBeChecked();
      return true;
    }
    case 'multiple':
      for (const id of q.answer) {
        const box = group.getByRole('checkbox', { name: optionText(q, id), exact: true });
        await tabTo(page, box);
        await page.keyboard.press('Space');
        await expect(box).toBeChecked();
      }
      // Every right option ticked, and nothing else.
      await expect(group.getByRole('checkbox', { checked: true })).toHaveCount(q.answer.length);
      return true;
    case 'numeric':
      await tabTo(page, group.getByRole('textbox'));
      await page.keyboard.type(String(q.answer));
      await expect(group.getByRole('textbox')).toHaveValue(String(q.answer));
      return true;
    case 'order': {
      let moved = false;
      for (let i = 0; i < q.answer.length; i++) {
        const want = q.answer[i] ?? '';
        const now = (await shownOrder(group, q)).indexOf(want);
        if (now <= i) continue;
        const up = itemOf(group, optionText(q, want)).getByRole('button', { name: 'Move up' });
        await tabTo(page, up);
        // Focus stays on the moved item's button, so Enter can be pressed again.
        for (let k = now; k > i; k--) await page.keyboard.press('Enter');
        moved = true;
      }
      expect(await shownOrder(group, q)).toEqual(q.answer);
      if (!moved) await acceptShownOrder(page, true);
      return moved;
    }
  }
}
