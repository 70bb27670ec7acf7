import type { Question } from '../schemas/question';
import { answerFor, scoreQuestion } from './score';
import type { Attempt } from './types';

/**
 * Spaced recap of missed questions, a Leitner scheme (small enough for the quiz page's
 * JavaScript budget, unlike a full FSRS scheduler):
 *
 * - A question missed (wrong, partly right or unanswered) in a finished attempt enters
 *   box 1, due the next calendar day.
 * - Answered right when due, it moves up a box and comes back after that box's interval
 *   (1, 3, 7, 14, 30 days, counted in the learner's local calendar days). Right in box 5,
 *   it is learnt and leaves the recap.
 * - Answered right before it is due (say, straight away in "Retry the ones I missed"),
 *   nothing changes: remembering for a minute is not spaced recall.
 * - Answered wrong at any time, it goes back to box 1, due the next day.
 *
 * `fromAttempts` replays attempt history, so the recap state needs no storage of its own
 * when recap answers are saved as ordinary attempts (one per quiz, created with
 * `only: <due question ids>`). `recordReview` applies one answer to a state for callers
 * that keep reviews elsewhere.
 */

/** Days until a question in box 1…5 is due again. */
export const RECAP_INTERVALS = [1, 3, 7, 14, 30] as const;

/** Which question: quiz id and question id. */
export interface RecapRef {
  quiz: string;
  question: string;
}

/** A question in the recap. */
export interface RecapItem extends RecapRef {
  /** Leitner box, 1 (just missed) to 5 (nearly learnt). */
  box: number;
  /** When it is next due: local midnight of that day, epoch milliseconds. */
  due: number;
}

/** Every question in the recap, in no particular order. */
export type RecapState = readonly RecapItem[];

/** Items due at `now` (today or overdue), most overdue first. */
export function dueItems(state: RecapState, now: number): RecapItem[] {
  return state.filter((item) => item.due <= now).sort((a, b) => a.due - b.due || a.box - b.box);
}

/** Applies one answer to a question, right or wrong, given at `now`. */
export function recordReview(state: RecapState, ref: RecapRef, correct: boolean, now: number): RecapState {
  const index = state.findIndex((item) => item.quiz === ref.quiz && item.question === ref.question);
  const item = state[index];
  if (!correct) {
    const missed: RecapItem = { quiz: ref.quiz, question: ref.question, box: 1, due: dayAfter(now, 1) };
    return item === undefined ? [...state, missed] : state.map((it, i) => (i === index ? missed : it));
  }
  if (item === undefined || item.due > now) return state;
  if (item.box >= RECAP_INTERVALS.length) return state.filter((_, i) => i !== index);
  const box = item.box + 1;
  const moved: RecapItem = { ...item, box, due: dayAfter(now, RECAP_INTERVALS[box - 1] ?? 1) };
  return state.map((it, i) => (i === index ? moved : it));
}

/**
 * The recap state implied by a learner's attempts: finished attempts are replayed in the
 * order they were submitted, each question scored against the current bank. Questions no
 * longer in their quiz are left out.
 */
export function fromAttempts(
  attempts: readonly Attempt[],
  questionsByQuiz: Readonly<Record<string, readonly Question[]>>,
): RecapState {
  const finished = attempts
    .filter((a): a is Attempt & { finished: number } => typeof a.finished === 'number')
    .sort((a, b) => a.finished - b.finished);
  let state: RecapState = [];
  for (const attempt of finished) {
    const bank = Object.hasOwn(questionsByQuiz, attempt.quiz) ? questionsByQuiz[attempt.quiz] : undefined;
    if (bank === undefined) continue;
    for (const id of new Set(attempt.questions)) {
      const question = bank.find((q) => q.id === id);
      if (question === undefined) continue;
      const { correct } = scoreQuestion(question, answerFor(attempt.answers, id));
      state = recordReview(state, { quiz: attempt.quiz, question: id }, correct, attempt.finished);
    }
  }
  return state;
}

/** Local midnight `days` calendar days after the day of `now` (daylight-saving safe). */
function dayAfter(now: number, days: number): number {
  const date = new Date(now);
  date.setHours(0, 0, 0, 0);
  date.setDate(date.getDate() + days);
  return date.getTime();
}
