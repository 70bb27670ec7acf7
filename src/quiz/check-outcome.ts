import type { Option, Question } from '../schemas/question';
import { multipleCredit, optionLetter } from './feedback';
import { parseNumber, unitScale } from './parse-number';
import { scoreQuestion } from './score';
import type { Answer } from './types';

/**
 * A knowledge check's answer to a check: right, or a first wrong try that says what is
 * wrong without giving the answer away, or (after a second wrong try) the answer. Pure.
 */

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
  shown: readonly Option[] = 'options' in question ? question.options : [],
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

/** "B (“text”)": an option by the letter it has on screen. */
function named(shown: readonly Option[], id: string): string {
  const i = shown.findIndex((o) => o.id === id);
  return `${optionLetter(i)} (“${shown[i]?.text ?? id}”)`;
}

/** The first wrong try's hint. A knowledge check only checks an answer it can score, so each type has one. */
function firstHint(
  question: Question,
  answer: Answer | undefined,
  wrong: readonly string[],
  shown: readonly Option[],
): string {
  const again = ' Try again.';
  const names = wrong.map((id) => named(shown, id)).join(' and ');
  switch (question.type) {
    case 'single':
      return `${names} is not the answer.${again}`;
    case 'multiple': {
      const c = multipleCredit(question, answer);
      const missing = c ? c.of - c.right : 0;
      return (
        (wrong.length ? `${names} ${wrong.length === 1 ? 'is' : 'are'} not right. ` : '') +
        (c && missing
          ? `You have ${c.right} of the ${c.of} right answers; ${missing === 1 ? 'one is' : `${missing} are`} missing.`
          : '') +
        again
      ).trim();
    }
    case 'order': {
      const n = Array.isArray(answer) ? answer.filter((id, i) => id === question.answer[i]).length : 0;
      return `${n} of ${question.answer.length} ${n === 1 ? 'item is' : 'items are'} in the right place.${again}`;
    }
    case 'numeric': {
      const value = parseNumber(answer) ?? 0;
      const scale = unitScale(question.unit);
      // "60 million" against a unit in millions means 60, as scoring reads it.
      const v = Math.abs(value / scale - question.answer) < Math.abs(value - question.answer) ? value / scale : value;
      return `Not quite: the answer is ${v < question.answer ? 'higher' : 'lower'}.${again}`;
    }
    default:
      // True or false: naming the wrong choice would give the answer away.
      return 'Not quite. Read the section again and try once more.';
  }
}
