/** Taking the final assessment inside the launcher's course frame (the LMS package tests). */
import { expect, type FrameLocator } from '@playwright/test';
import type { Question } from '../../src/schemas/question';
import { finalQuiz } from './progress-seed';

function optionText(q: Question, id: string): string {
  return 'options' in q ? (q.options.find((o) => o.id === id)?.text ?? id) : id;
}

async function answerInFrame(f: FrameLocator, q: Question, correct: boolean): Promise<void> {
  const group = f.getByRole('group', { name: q.prompt });
  switch (q.type) {
    case 'single': {
      const id = correct ? q.answer : q.options.find((o) => o.id !== q.answer)!.id;
      await group.getByRole('radio', { name: optionText(q, id), exact: true }).check();
      return;
    }
    case 'multiple': {
      const ids = correct ? q.answer : [q.options.find((o) => !q.answer.includes(o.id))!.id];
      for (const id of ids) await group.getByRole('checkbox', { name: optionText(q, id), exact: true }).check();
      return;
    }
    case 'truefalse':
      await group
        .getByRole('radio', { name: (correct ? q.answer : !q.answer) ? 'True' : 'False', exact: true })
        .check();
      return;
    case 'numeric':
      await group.getByRole('textbox').fill(correct ? String(q.answer) : String(q.answer * 1000 + 12345));
      return;
    case 'order': {
      if (correct) {
        for (let i = 0; i < q.answer.length; i++) {
          const want = optionText(q, q.answer[i]!);
          const texts = (await group.getByRole('listitem').allTextContents()).map((t) =>
            t.replace(/Move up|Move down/g, '').trim(),
          );
          const now = texts.findIndex((t) => t.endsWith(want));
          for (let k = now; k > i; k--)
            await group
              .getByRole('listitem')
              .filter({ hasText: want })
              .getByRole('button', { name: 'Move up' })
              .click();
        }
      }
      // Moving items is the answer; an order left as shown is accepted with one control.
      const keep = f.getByRole('button', { name: 'Keep this order' });
      if (await keep.isVisible()) await keep.click();
      return;
    }
  }
}

/** Takes the final assessment in the course frame; `wrong` answers every question wrongly. */
export async function takeFinal(course: FrameLocator, wrong: boolean): Promise<void> {
  const questions = finalQuiz.data.questions;
  const total = questions.length;
  await course.getByRole('button', { name: 'Start the assessment' }).click();
  for (let i = 0; i < total; i++) {
    await expect(course.getByRole('heading', { name: `Question ${i + 1} of ${total}` })).toBeVisible();
    const legend = ((await course.locator('fieldset legend').first().textContent()) ?? '').trim();
    const q = questions.find((x) => x.prompt.trim() === legend)!;
    await answerInFrame(course, q, !wrong);
    await course.getByRole('button', { name: i === total - 1 ? 'Review and submit' : 'Next question' }).click();
  }
  await course.getByRole('button', { name: 'Submit my answers' }).click();
  await expect(course.getByRole('heading', { name: 'Your result' })).toBeVisible();
}

const TYPE: Record<Question['type'], string> = {
  single: 'choice',
  multiple: 'choice',
  truefalse: 'true-false',
  order: 'sequencing',
  numeric: 'numeric',
};

/** The interaction types the final assessment's questions report as (SCORM and xAPI use the same names). */
export const finalInteractionTypes = () => new Set(finalQuiz.data.questions.map((q) => TYPE[q.type]));
