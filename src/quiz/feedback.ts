import type { Option, Question } from '../schemas/question';
import { formatNumber } from './format-number';
import { parseNumber, unitScale } from './parse-number';
import { scoreQuestion } from './score';
import type { Answer } from './types';

/**
 * What feedback says beyond right or wrong: how much of a multiple-answer question was
 * right and the points given (so partial credit is visible), and, in a knowledge check,
 * a first wrong try that says what is wrong without giving the answer away. Pure.
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
  return `${formatNumber(Math.round(points * 100) / 100)} of 1 point`;
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

/** Where a knowledge check stands after the learner checks an answer. */
export type CheckStage = 'right' | 'try-again' | 'revealed';

export interface CheckOutcome {
  stage: CheckStage;
  /** On a first wrong try: what is wrong, or a hint, never the right answer. */
  hint?: string;
  /** Option ids chosen that are wrong (single, multiple), to mark on screen. */
  wrongChoices: string[];
}

/**
 * The outcome of checking an answer in a knowledge check. `wrongTries` counts wrong
 * checks before this one. The first wrong try names what is wrong (or gives a hint) and
 * lets the learner try again; the second, or a request to see it, reveals the answer.
 * `shown` is the options in the order on screen, for their letters.
 */
export function checkOutcome(
  question: Question,
  answer: Answer | undefined,
  wrongTries: number,
  shown?: readonly Option[],
): CheckOutcome {
  const score = scoreQuestion(question, answer);
  if (score.correct) return { stage: 'right', wrongChoices: [] };
  const wrongChoices = wrongPicks(question, answer);
  if (wrongTries >= 1) return { stage: 'revealed', wrongChoices };
  return { stage: 'try-again', hint: firstHint(question, answer, wrongChoices, shown), wrongChoices };
}

function wrongPicks(question: Question, answer: Answer | undefined): string[] {
  if (question.type === 'single') return typeof answer === 'string' && answer !== question.answer ? [answer] : [];
  if (question.type === 'multiple' && Array.isArray(answer))
    return answer.filter((id): id is string => typeof id === 'string' && !question.answer.includes(id));
  return [];
}

function named(question: Question, id: string, shown: readonly Option[] | undefined): string {
  const options = 'options' in question ? question.options : [];
  const list = shown && shown.length ? shown : options;
  const i = list.findIndex((o) => o.id === id);
  const text = options.find((o) => o.id === id)?.text ?? id;
  return i === -1 ? `“${text}”` : `${optionLetter(i)} (“${text}”)`;
}

function firstHint(
  question: Question,
  answer: Answer | undefined,
  wrong: readonly string[],
  shown: readonly Option[] | undefined,
): string {
  switch (question.type) {
    case 'single':
      return wrong.length
        ? `${named(question, wrong[0]!, shown)} is not the answer. Try another.`
        : 'Choose an answer.';
    case 'multiple': {
      const c = multipleCredit(question, answer);
      if (!c) return 'Choose at least one answer.';
      const parts: string[] = [];
      if (wrong.length)
        parts.push(
          `${wrong.map((id) => named(question, id, shown)).join(' and ')} ${wrong.length === 1 ? 'is' : 'are'} not right.`,
        );
      if (c.right < c.of)
        parts.push(
          `You have ${c.right} of the ${c.of} right answers; ${c.of - c.right === 1 ? 'one is' : `${c.of - c.right} are`} missing.`,
        );
      return `${parts.join(' ')} Try again.`;
    }
    case 'order': {
      if (!Array.isArray(answer)) return 'Put the items in order.';
      const inPlace = answer.filter((id, i) => id === question.answer[i]).length;
      return `${inPlace} of ${question.answer.length} ${inPlace === 1 ? 'item is' : 'items are'} in the right place. Try again.`;
    }
    case 'numeric': {
      const value = parseNumber(answer);
      if (value === null) return 'Type a number, in figures or words such as "60 million".';
      const scale = unitScale(question.unit);
      // "60 million" against a unit in millions means 60, as scoring reads it.
      const v =
        scale !== 1 && Math.abs(value / scale - question.answer) < Math.abs(value - question.answer)
          ? value / scale
          : value;
      return `Not quite: the answer is ${v < question.answer ? 'higher' : 'lower'}. Try again.`;
    }
    case 'truefalse':
      return 'Not quite. Read the section again and try once more.';
    default:
      return 'Try again.';
  }
}
