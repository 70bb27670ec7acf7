/**
 * Shapes shared by the quiz core, the learner store and the islands.
 * Answers always name option ids, never positions, so shuffling cannot change a score.
 */

/**
 * A learner's answer to one question:
 * - `single`: the chosen option id
 * - `multiple`: the chosen option ids (any order)
 * - `order`: every option id in the order the learner put them
 * - `truefalse`: true or false
 * - `numeric`: the text the learner typed (parsed when scored, so "60 million" is kept as typed)
 */
export type Answer = string | string[] | boolean;

/** One quiz attempt, in progress (no `finished`) or finished. Times are epoch milliseconds. */
export interface Attempt {
  /** Quiz id (file name in `quizzes/` without its number). */
  quiz: string;
  /** Content version of the quiz bank when the attempt started (a short hash). */
  version: string;
  /** Seed for the shuffled question and option order, so a review shows what the learner saw. */
  seed: number;
  /** Ids of the questions in this attempt, in the order shown (a retry holds only the missed ones). */
  questions: string[];
  /** Answers by question id. */
  answers: Record<string, Answer>;
  /** Index of the question the learner is on, so a reload returns to it. */
  position: number;
  /** When the attempt started. */
  started: number;
  /**
   * Set when the attempt holds only some of the quiz's questions (a retry of missed
   * questions or a recap session): it gives practice and feeds the recap, but never passes
   * the quiz or counts as its best score. Kept even when old attempts are compacted.
   */
  practice?: boolean;
  /**
   * A choice made but not yet checked (practice mode, where an answer counts once checked),
   * with the question it belongs to, so a reload puts it back. Only while in progress.
   */
  draft?: { question: string; value: Answer };
  /** When it was submitted; absent while in progress. */
  finished?: number;
  /** Points scored (partial credit can give fractions), set when finished. */
  score?: number;
  /** Percentage 0–100, rounded, set when finished. */
  percent?: number;
  /** Whether `percent` reached the quiz's pass mark, set when finished. */
  passed?: boolean;
}
