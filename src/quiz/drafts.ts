/**
 * Pure helpers the quiz islands share: what a question's controls start from, when a
 * draft is a real answer, instructions, and moving an item in an order question.
 */
import type { Option, Question } from '../schemas/question';
import { isAnswered } from './score';
import type { Answer } from './types';

/**
 * The value a question's controls start from: the saved answer when it suits the question,
 * else nothing chosen (for an order question, the order shown).
 */
export function initialDraft(
  question: Question,
  saved: Answer | undefined,
  shown: readonly Option[],
): Answer | undefined {
  if (saved !== undefined && isAnswered(question, saved)) {
    if (question.type === 'order' && Array.isArray(saved)) return completeOrder(saved, shown);
    return Array.isArray(saved) ? [...saved] : saved;
  }
  switch (question.type) {
    case 'multiple':
      return [];
    case 'order':
      return shown.map((o) => o.id);
    case 'numeric':
      return '';
    default:
      return undefined;
  }
}

/** A saved order that names every shown option once (an older answer is repaired, not trusted). */
function completeOrder(saved: readonly string[], shown: readonly Option[]): string[] {
  const ids = shown.map((o) => o.id);
  const kept = saved.filter((id, i) => ids.includes(id) && saved.indexOf(id) === i);
  return [...kept, ...ids.filter((id) => !kept.includes(id))];
}

/** Whether a draft can be checked or submitted (something chosen or typed). */
export function canSubmit(question: Question, draft: Answer | undefined): boolean {
  return isAnswered(question, draft);
}

/** One line telling the learner how to answer. */
export function hintFor(question: Question): string {
  switch (question.type) {
    case 'single':
      return 'Choose one answer.';
    case 'multiple':
      return 'Choose every answer that applies.';
    case 'truefalse':
      return 'Choose true or false.';
    case 'order':
      return 'Put the items in the right order with the Move up and Move down buttons (or drag them), then confirm.';
    case 'numeric': {
      const unit = question.unit ? ` (${question.unit})` : '';
      // Only worth saying where the number is big enough to be written in words.
      const big = Math.abs(question.answer) >= 1_000_000 || /million|billion/i.test(question.unit ?? '');
      return `Type a number${unit}.${big ? ' "60 million" and "60,000,000" are both fine.' : ''}`;
    }
    default:
      return '';
  }
}

/** A copy of `items` with the item at `from` moved to `to` (both clamped). */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const out = items.slice();
  if (from < 0 || from >= out.length) return out;
  const target = Math.min(out.length - 1, Math.max(0, to));
  const [item] = out.splice(from, 1) as [T];
  out.splice(target, 0, item);
  return out;
}

/** A stable text key for a saved answer, so a redraw from another tab does not reset a draft needlessly. */
export function answerKey(answer: Answer | undefined): string {
  return answer === undefined ? '' : JSON.stringify(answer);
}
