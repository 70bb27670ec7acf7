import type { Option, Question } from '../schemas/question';
import { formatNumber } from './format-number';
import type { Answer } from './types';

/**
 * Plain-text answers for results screens, reviews and CSV exports. `shown` is the
 * options in the order the learner saw them (`optionOrder(question, attempt.seed)`),
 * which decides the letters; without it the quiz file's order is used.
 */

export const NO_ANSWER = 'No answer';
export const UNREADABLE_ANSWER = 'An answer that cannot be read';
const UNKNOWN_OPTION = 'An option no longer in this question';

/** The learner's answer, one line per chosen option ("B. Ten of them…"), [] when unanswered. */
export function answerLines(question: Question, answer: Answer | undefined, shown?: readonly Option[]): string[] {
  if (answer === undefined || answer === '' || (Array.isArray(answer) && answer.length === 0)) return [];
  switch (question.type) {
    case 'truefalse':
      return typeof answer === 'boolean' ? [answer ? 'True' : 'False'] : [UNREADABLE_ANSWER];
    case 'numeric': {
      if (typeof answer !== 'string') return [UNREADABLE_ANSWER];
      const typed = answer.trim();
      if (typed === '') return [];
      // Bare digits read better with the unit the learner saw beside the field.
      return [/^[\d\s.,'’+\-−]+$/.test(typed) ? withUnit(typed, question.unit) : typed];
    }
    case 'single':
      return typeof answer === 'string' ? [lettered(question.options, shown, answer)] : [UNREADABLE_ANSWER];
    case 'multiple': {
      if (!Array.isArray(answer)) return [UNREADABLE_ANSWER];
      // Listed in the order shown, whatever order they were ticked in.
      const order = displayed(question.options, shown).map((o) => o.id);
      const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
      return [...answer].sort((a, b) => rank(a) - rank(b)).map((id) => lettered(question.options, shown, id));
    }
    case 'order':
      if (!Array.isArray(answer)) return [UNREADABLE_ANSWER];
      return answer.map((id, i) => `${i + 1}. ${optionText(question.options, id)}`);
    default:
      return [UNREADABLE_ANSWER];
  }
}

/** The learner's answer as one line: "B. Ten of them…", "True", "1. …; 2. …", "No answer". */
export function describeAnswer(question: Question, answer: Answer | undefined, shown?: readonly Option[]): string {
  const lines = answerLines(question, answer, shown);
  return lines.length === 0 ? NO_ANSWER : lines.join('; ');
}

/** The correct answer, one line per option. */
export function correctAnswerLines(question: Question, shown?: readonly Option[]): string[] {
  switch (question.type) {
    case 'truefalse':
      return [question.answer ? 'True' : 'False'];
    case 'numeric':
      return [describeNumber(question.answer, question.tolerance, question.unit)];
    case 'single':
      return [lettered(question.options, shown, question.answer)];
    case 'multiple':
      return displayed(question.options, shown)
        .filter((o) => question.answer.includes(o.id))
        .map((o) => lettered(question.options, shown, o.id));
    case 'order':
      return question.answer.map((id, i) => `${i + 1}. ${optionText(question.options, id)}`);
    default:
      return [];
  }
}

/** The correct answer as one line: "B. Ten of them…", "True", "1. …; 2. …", "60 million images". */
export function describeCorrectAnswer(question: Question, shown?: readonly Option[]): string {
  return correctAnswerLines(question, shown).join('; ');
}

function describeNumber(value: number, tolerance: number | undefined, unit: string | undefined): string {
  // A year reads "2027", never "2,027 year".
  if (unit === 'year' && Number.isInteger(value))
    return tolerance ? `${value} (± ${formatNumber(tolerance)})` : `${value}`;
  const main = withUnit(formatNumber(value), unit);
  return tolerance ? `${main} (± ${formatNumber(tolerance)})` : main;
}

/** "60 images", "50%". */
function withUnit(text: string, unit: string | undefined): string {
  if (unit === undefined) return text;
  return unit.startsWith('%') ? `${text}${unit}` : `${text} ${unit}`;
}

function displayed(options: readonly Option[], shown: readonly Option[] | undefined): readonly Option[] {
  return shown !== undefined && shown.length > 0 ? shown : options;
}

function lettered(options: readonly Option[], shown: readonly Option[] | undefined, id: string): string {
  const index = displayed(options, shown).findIndex((o) => o.id === id);
  if (index === -1) return UNKNOWN_OPTION;
  return `${String.fromCharCode(65 + index)}. ${optionText(options, id)}`;
}

function optionText(options: readonly Option[], id: string): string {
  return options.find((o) => o.id === id)?.text ?? UNKNOWN_OPTION;
}
