import type { Question } from '../schemas/question';
import { scoreQuestion } from './score';
import type { Answer } from './types';

/**
 * What feedback says beyond right or wrong: how much of a multiple-answer question was
 * right and the points given, so partial credit is visible, and the letters options carry.
 * Pure; kept apart from the knowledge-check hints (check-outcome.ts) so a quiz page does
 * not load them.
 */

/** "A", "B", … for the option at `index` in the order shown; the same letters every view uses. */
export function optionLetter(index: number): string {
  return String.fromCharCode(65 + index);
}

export interface Credit {
  /** Right options chosen. */
  right: number;
  /** Right options in the question. */
  of: number;
  /** Options chosen that are not right. */
  wrong: number;
  /** Points given, 0 to 1. */
  points: number;
}

/** For a multiple-answer question with an answer: what was right and the points given; otherwise undefined. */
export function multipleCredit(question: Question, answer: Answer | undefined): Credit | undefined {
  if (question.type !== 'multiple' || !Array.isArray(answer) || answer.length === 0) return undefined;
  const picks = new Set(answer.filter((x): x is string => typeof x === 'string'));
  const rightSet = new Set(question.answer);
  const right = [...picks].filter((id) => rightSet.has(id)).length;
  return { right, of: rightSet.size, wrong: picks.size - right, points: scoreQuestion(question, answer).points };
}

/** "1 point", "0.67 of 1 point", "no points". */
export function pointsText(points: number): string {
  if (points >= 1) return '1 point';
  if (points <= 0) return 'no points';
  return `${Math.round(points * 100) / 100} of 1 point`;
}

/**
 * "2 of 3 right, 1 wrong choice: 0.33 of 1 point" for a multiple-answer question that was
 * not fully right; undefined when fully right, unanswered or another type.
 */
export function creditText(question: Question, answer: Answer | undefined): string | undefined {
  const c = multipleCredit(question, answer);
  if (!c || (c.right === c.of && c.wrong === 0)) return undefined;
  const wrong = c.wrong === 0 ? '' : `, ${c.wrong} wrong ${c.wrong === 1 ? 'choice' : 'choices'}`;
  const rule =
    question.type === 'multiple' && !question.partialCredit && c.points === 0
      ? ' (this question needs every right answer and no wrong one)'
      : '';
  return `${c.right} of ${c.of} right${wrong}: ${pointsText(c.points)}${rule}`;
}
