import type { Question } from '../schemas/question';
import { impliedScale, readNumber, unitScale } from './parse-number';
import type { Answer } from './types';

/** How one question was answered: `correct` only for full marks; `points` from 0 to 1. */
export interface QuestionScore {
  correct: boolean;
  points: number;
}

const RIGHT: QuestionScore = { correct: true, points: 1 };
const WRONG: QuestionScore = { correct: false, points: 0 };

/**
 * Scores one answer. Anything malformed (an unknown or repeated option id, the wrong
 * kind of value, an empty selection, a number in words) is wrong; this never throws.
 */
export function scoreQuestion(question: Question, answer: Answer | undefined): QuestionScore {
  switch (question.type) {
    case 'single':
      return answer === question.answer ? RIGHT : WRONG;
    case 'truefalse':
      return answer === question.answer ? RIGHT : WRONG;
    case 'multiple': {
      const picks = optionIds(question.options, answer);
      if (picks === null || picks.length === 0) return WRONG;
      const right = new Set(question.answer);
      const hits = picks.filter((id) => right.has(id)).length;
      const misses = picks.length - hits;
      if (hits === right.size && misses === 0) return RIGHT;
      if (!question.partialCredit) return WRONG;
      return { correct: false, points: Math.max(0, (hits - misses) / right.size) };
    }
    case 'order': {
      const picks = optionIds(question.options, answer);
      if (picks === null || picks.length !== question.answer.length) return WRONG;
      return picks.every((id, i) => id === question.answer[i]) ? RIGHT : WRONG;
    }
    case 'numeric': {
      const read = readNumber(answer);
      if (read === null) return WRONG;
      const { value, scaled } = read;
      const close = (v: number) => within(v, question.answer, question.tolerance || 0);
      // With a unit such as "million images", "60" and "60 million" both mean 60 of them.
      const unit = unitScale(question.unit);
      // Where the lesson prints the answer as "60 million", a bare "60" means 60 million too.
      const implied = impliedScale(question.answer);
      const accepted =
        close(value) || (unit !== 1 && close(value / unit)) || (implied !== 1 && !scaled && close(value * implied));
      return accepted ? RIGHT : WRONG;
    }
    default:
      return WRONG;
  }
}

/** The stored answer to a question; own properties only, so an id like "constructor" is safe. */
export function answerFor(answers: Readonly<Record<string, Answer>>, id: string): Answer | undefined {
  return Object.hasOwn(answers, id) ? answers[id] : undefined;
}

/** The picked option ids, or null when the answer is not a list of distinct known ids. */
function optionIds(options: readonly { id: string }[], answer: Answer | undefined): string[] | null {
  if (!Array.isArray(answer)) return null;
  const known = new Set(options.map((o) => o.id));
  const seen = new Set<string>();
  for (const id of answer as unknown[]) {
    if (typeof id !== 'string' || !known.has(id) || seen.has(id)) return null;
    seen.add(id);
  }
  return [...seen];
}

function within(value: number, target: number, tolerance: number): boolean {
  // Allow for binary rounding (0.1 + 0.2), never for a real difference.
  const slack = 1e-9 * Math.max(1, Math.abs(target));
  return Math.abs(value - target) <= tolerance + slack;
}

/**
 * Whether a learner has given an answer at all (right or wrong): blank numeric text,
 * an empty selection, no value, or a value of the wrong kind for the question count as
 * unanswered. Without the question, judges by the value alone.
 */
export function isAnswered(question: Question | undefined, value: Answer | undefined): boolean {
  const blank = (v: Answer | undefined) =>
    v === undefined || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);
  if (question === undefined || blank(value)) return !blank(value);
  // A value of the wrong kind (e.g. left over from an older quiz) asks the learner again.
  switch (question.type) {
    case 'truefalse':
      return typeof value === 'boolean';
    case 'single':
    case 'numeric':
      return typeof value === 'string';
    case 'multiple':
    case 'order':
      return Array.isArray(value);
    default:
      return false;
  }
}
