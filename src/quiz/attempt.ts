import type { Option, Question } from '../schemas/question';
import { deriveSeed, shuffle } from './random';
import { answerFor, isAnswered } from './score';
import { scoreAttempt } from './score-attempt';
import type { Answer, Attempt } from './types';

export { isFullAttempt } from './full-attempt';

/**
 * An attempt's lifecycle as pure functions: each returns a new attempt (or the same
 * one when nothing changes) so a store can save it and another tab can pick it up.
 */

/** What `createAttempt` needs of a quiz. */
export interface QuizInput {
  /** Quiz id (the file name in `quizzes/` without its number). */
  id: string;
  /** Content version of the bank (`quizVersion`, worked out at build time). */
  version: string;
  questions: readonly Question[];
}

export interface CreateAttemptOptions {
  /** Seed for the question and option order (see `newSeed`). */
  seed: number;
  /** Start time, epoch milliseconds. */
  now: number;
  /** Only these question ids ("retry the ones I missed"); ids not in the quiz are ignored. */
  only?: readonly string[] | undefined;
}

/** A new attempt with the questions in a seeded order (the subset too, when `only` is given). */
export function createAttempt(quiz: QuizInput, { seed, now, only }: CreateAttemptOptions): Attempt {
  const wanted = only === undefined ? null : new Set(only);
  const ids = quiz.questions.map((q) => q.id).filter((id) => wanted === null || wanted.has(id));
  const attempt: Attempt = {
    quiz: quiz.id,
    version: quiz.version,
    seed: seed >>> 0,
    questions: shuffle(ids, seed),
    answers: {},
    position: 0,
    started: now,
  };
  if (ids.length < quiz.questions.length) attempt.practice = true;
  return attempt;
}

/** The attempt's questions in the order shown; ids no longer in the bank are skipped. */
export function questionOrder(attempt: Pick<Attempt, 'questions'>, questions: readonly Question[]): Question[] {
  const bank = new Map(questions.map((q) => [q.id, q]));
  return attempt.questions.flatMap((id) => bank.get(id) ?? []);
}

/**
 * A question's options in the order shown, from the attempt's seed and the question id
 * (so each question is shuffled differently, and the same way on every reload).
 * An `order` question never starts in its correct order. True/false and numeric
 * questions have no options: [].
 */
export function optionOrder(question: Question, seed: number): Option[] {
  if (!('options' in question)) return [];
  const shown = shuffle(question.options, deriveSeed(seed, question.id));
  // (Without its key, on the final assessment's page, the order cannot be checked: 1 chance in n! to start solved.)
  const right = question.type === 'order' ? question.answer : undefined;
  if (right && shown.length >= 2 && shown.every((o, i) => o.id === right[i])) {
    return [...shown.slice(1), ...shown.slice(0, 1)];
  }
  return shown;
}

/**
 * Records (or changes) the answer to a question. A finished attempt, or a question id
 * that is not in the attempt, leaves the attempt unchanged.
 */
export function answer(attempt: Attempt, questionId: string, value: Answer): Attempt {
  if (attempt.finished !== undefined || !attempt.questions.includes(questionId)) return attempt;
  // Kept in question order, so the store can leave out the question list when it repeats it.
  const answers: Record<string, Answer> = {};
  for (const id of attempt.questions) {
    const given = id === questionId ? value : answerFor(attempt.answers, id);
    if (given !== undefined) answers[id] = Array.isArray(given) ? [...given] : given;
  }
  return { ...attempt, answers };
}

/** Removes the answer to a question (e.g. a learner clears a numeric field). */
export function clearAnswer(attempt: Attempt, questionId: string): Attempt {
  if (attempt.finished !== undefined || !Object.hasOwn(attempt.answers, questionId)) return attempt;
  const answers = { ...attempt.answers };
  delete answers[questionId];
  return { ...attempt, answers };
}

/** Moves to a question by index, clamped to the attempt's questions. */
export function goTo(attempt: Attempt, position: number): Attempt {
  const last = Math.max(0, attempt.questions.length - 1);
  const next = Number.isFinite(position) ? Math.min(last, Math.max(0, Math.trunc(position))) : 0;
  return next === attempt.position ? attempt : { ...attempt, position: next };
}

/** The id of the question the learner is on, if any. */
export function currentQuestionId(attempt: Pick<Attempt, 'questions' | 'position'>): string | undefined {
  return attempt.questions[attempt.position];
}

/** Ids of the attempt's questions without an answer, in the order shown. */
export function unanswered(attempt: Pick<Attempt, 'questions' | 'answers'>, questions?: readonly Question[]): string[] {
  const bank = new Map((questions ?? []).map((q) => [q.id, q]));
  return attempt.questions.filter((id) => !isAnswered(bank.get(id), answerFor(attempt.answers, id)));
}

/** Submits an attempt: records when, the score, percentage and pass. A finished attempt is returned unchanged. */
export function finish(attempt: Attempt, questions: readonly Question[], passMark: number, now: number): Attempt {
  if (attempt.finished !== undefined) return attempt;
  const { score, percent, passed } = scoreAttempt(questions, attempt, passMark);
  return { ...attempt, finished: now, score, percent, passed };
}

/** Ids of the questions not answered fully right, in the order shown (for "Retry the ones I missed"). */
export function missedQuestions(
  attempt: Pick<Attempt, 'questions' | 'answers'>,
  questions: readonly Question[],
): string[] {
  return scoreAttempt(questions, attempt, 100).missedIds;
}

/** Milliseconds from start to finish (or to `now` while in progress); never negative. */
export function timeTaken(attempt: Pick<Attempt, 'started' | 'finished'>, now?: number): number {
  const end = attempt.finished ?? now ?? attempt.started;
  return Math.max(0, end - attempt.started);
}

/** "45 s", "4 min 05 s", "1 h 02 min": plain text for a results screen. */
export function formatDuration(ms: number): string {
  const total = Number.isFinite(ms) && ms > 0 ? Math.round(ms / 1000) : 0;
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  if (hours > 0) return `${hours} h ${two(minutes)} min`;
  if (minutes > 0) return `${minutes} min ${two(seconds)} s`;
  return `${seconds} s`;
}

/** An ISO 8601 duration ("PT4M5S") for a `<time datetime>` beside `formatDuration`. */
export function isoDuration(ms: number): string {
  const total = Number.isFinite(ms) && ms > 0 ? Math.round(ms / 1000) : 0;
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds || !total ? `${seconds}S` : ''}`;
}
