/*
 * In a file of its own so that lesson and module pages (quiz status beside the lessons)
 * can use the rule without loading the rest of the attempt functions.
 */
import type { Attempt } from './types';

/**
 * The one rule for whether an attempt covers the whole quiz. A retry of missed questions
 * or a recap session holds only some questions: it is practice, so it runs with feedback
 * after each answer, never passes the quiz and never counts as its best score. Such
 * attempts are marked `practice` when created (which survives compaction); an attempt
 * compacted to its score alone (no question list) is taken as a whole one.
 */
export function isFullAttempt(attempt: Pick<Attempt, 'questions' | 'practice'>, questionCount: number): boolean {
  if (attempt.practice) return false;
  return attempt.questions.length === 0 || new Set(attempt.questions).size >= questionCount;
}
