/**
 * A quiz's status (best full attempt, passed, when) and whether a lesson is complete: the
 * small part of the progress helpers that lesson and module pages need, kept apart so
 * their scripts stay small (which is why it imports src/quiz/full-attempt.ts, not attempt.ts).
 */
import { isFullAttempt } from '../../quiz/full-attempt';
import type { Attempt } from '../../quiz/types';
import { attemptsFor, currentAttempt, isLessonComplete, type Progress } from '../../progress/model';
import type { OutlineQuiz } from './outline';

export { isFullAttempt, isLessonComplete };

export interface QuizStatus {
  quiz: OutlineQuiz;
  /** Finished attempts, oldest first (retries included). */
  attempts: Attempt[];
  /** The best full attempt (highest percent, then score, then the later one). */
  best?: Attempt;
  passed: boolean;
  /** When a full attempt first passed (ms). */
  passedAt?: number;
  /** An attempt in progress. */
  inProgress: boolean;
}

export function quizStatus(p: Progress, quiz: OutlineQuiz): QuizStatus {
  const attempts = attemptsFor(p, quiz.id);
  const full = attempts.filter((a) => isFullAttempt(a, quiz.questions));
  let best: Attempt | undefined;
  for (const a of full) {
    if (!best || better(a, best)) best = a;
  }
  const firstPass = full.find((a) => a.passed);
  const status: QuizStatus = {
    quiz,
    attempts,
    passed: firstPass !== undefined,
    inProgress: currentAttempt(p, quiz.id) !== undefined,
  };
  if (best) status.best = best;
  if (firstPass?.finished !== undefined) status.passedAt = firstPass.finished;
  return status;
}

function better(a: Attempt, b: Attempt): boolean {
  const [pa, pb] = [a.percent ?? 0, b.percent ?? 0];
  if (pa !== pb) return pa > pb;
  const [sa, sb] = [a.score ?? 0, b.score ?? 0];
  if (sa !== sb) return sa > sb;
  return (a.finished ?? 0) > (b.finished ?? 0);
}
