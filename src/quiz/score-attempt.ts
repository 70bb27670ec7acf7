/**
 * Scoring a whole attempt. Apart from score.ts (one question), so a lesson page, whose
 * knowledge checks score one answer at a time, does not load it.
 */
import type { Question } from '../schemas/question';
import { answerFor, scoreQuestion } from './score';
import type { Attempt } from './types';

/** The result of an attempt, as a results screen and the learner store need it. */
export interface AttemptScore {
  /** Points scored, rounded to two decimals (partial credit gives fractions). */
  score: number;
  /** Number of questions scored. */
  max: number;
  /** Percentage 0–100, rounded to the nearest whole number. */
  percent: number;
  /** Whether `percent` reaches the pass mark. */
  passed: boolean;
  /** Questions answered fully right, in the order shown. */
  correctIds: string[];
  /** Every other question (wrong, partly right or unanswered), in the order shown. */
  missedIds: string[];
}

/** Scores every question of an attempt against the bank; ids no longer in the bank are left out. */
export function scoreAttempt(
  questions: readonly Question[],
  attempt: Pick<Attempt, 'questions' | 'answers'>,
  passMark: number,
): AttemptScore {
  const bank = new Map(questions.map((q) => [q.id, q]));
  let points = 0;
  const correctIds: string[] = [];
  const missedIds: string[] = [];
  for (const id of new Set(attempt.questions)) {
    const question = bank.get(id);
    if (question === undefined) continue;
    const result = scoreQuestion(question, answerFor(attempt.answers, id));
    points += result.points;
    (result.correct ? correctIds : missedIds).push(id);
  }
  const max = correctIds.length + missedIds.length;
  const percent = max === 0 ? 0 : Math.round((points / max) * 100);
  return {
    score: Math.round(points * 100) / 100,
    max,
    percent,
    passed: max > 0 && percent >= passMark,
    correctIds,
    missedIds,
  };
}
