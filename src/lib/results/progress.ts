/**
 * Where a learner is in the course, from their progress document and the course outline:
 * lessons done, quiz best scores and passes, what to do next, time left and questions due
 * for recap. Pure functions, shared by the home, module, lesson, results and certificate
 * pages.
 */
import { dueItems, fromAttempts, type RecapItem } from '../../quiz/recap';
import { answerFor, scoreQuestion } from '../../quiz/score';
import type { Attempt } from '../../quiz/types';
import { attemptsFor, hasDetail, type Progress } from '../../progress/model';

export { isFullAttempt, isLessonComplete, quizStatus, type QuizStatus } from './status';
import { outlineQuizzes, type Banks, type Outline, type OutlineQuiz } from './outline';

/** Every finished attempt in the document, any quiz. */
export function allAttempts(p: Progress): Attempt[] {
  return Object.keys(p.q).flatMap((id) => attemptsFor(p, id));
}

/** Questions due for recap at `now` (today or overdue), most overdue first. */
export function recapDue(p: Progress, banks: Banks, now: number): RecapItem[] {
  return dueItems(fromAttempts(allAttempts(p), banks), now);
}

/** Questions due for recap, by quiz id in course order, with question ids in due order. */
export function recapByQuiz(outline: Outline, due: readonly RecapItem[]): Array<{ quiz: OutlineQuiz; ids: string[] }> {
  return outlineQuizzes(outline)
    .map((quiz) => ({ quiz, ids: due.filter((d) => d.quiz === quiz.id).map((d) => d.question) }))
    .filter((g) => g.ids.length > 0);
}

export interface MissedQuestion {
  quiz: string;
  question: string;
  /** When it was last answered, wrongly (ms). */
  at: number;
}

/**
 * Questions whose latest answer (in any finished attempt that kept its answers) was not
 * fully right, by quiz in course order, questions in bank order. A question answered right
 * later, in a retry or a recap, drops off.
 */
export function recentlyMissed(
  outline: Outline,
  p: Progress,
  banks: Banks,
): Array<{ quiz: OutlineQuiz; missed: MissedQuestion[] }> {
  return outlineQuizzes(outline)
    .map((quiz) => {
      const bank = Object.hasOwn(banks, quiz.id) ? (banks[quiz.id] ?? []) : [];
      const last = new Map<string, { correct: boolean; at: number }>();
      const attempts = attemptsFor(p, quiz.id)
        .filter(hasDetail)
        .sort((a, b) => (a.finished ?? 0) - (b.finished ?? 0));
      for (const a of attempts) {
        for (const id of a.questions) {
          const q = bank.find((x) => x.id === id);
          if (q) last.set(id, { correct: scoreQuestion(q, answerFor(a.answers, id)).correct, at: a.finished ?? 0 });
        }
      }
      const missed = bank.flatMap((q) => {
        const r = last.get(q.id);
        return r && !r.correct ? [{ quiz: quiz.id, question: q.id, at: r.at }] : [];
      });
      return { quiz, missed };
    })
    .filter((g) => g.missed.length > 0);
}

export { attemptKey, attemptsByQuiz, duration, practiseUrl } from './list';
