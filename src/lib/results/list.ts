/**
 * Listing attempts on the results pages: attempts by quiz, dates, time taken, links to an
 * attempt's review and to a practice session. Kept apart from the scoring helpers so the
 * results page, which does not score, stays within its JavaScript budget.
 */
import type { Attempt } from '../../quiz/types';
import { attemptsFor, type Progress } from '../../progress/model';
import { outlineQuizzes, type Outline, type OutlineQuiz } from './outline';

/**
 * Link to a quiz that starts a session of only these questions. The quiz island reads the
 * fragment (`#retry=` for "Practise these now", `#recap=` for questions due for recap); the
 * fragment never reaches a server.
 */
export function practiseUrl(quiz: OutlineQuiz, ids: readonly string[], kind: 'retry' | 'recap' = 'retry'): string {
  return `${quiz.url}#${kind}=${ids.map(encodeURIComponent).join(',')}`;
}

/** Every finished attempt with its quiz, quizzes in course order, attempts oldest first. */
export function attemptsByQuiz(outline: Outline, p: Progress): Array<{ quiz: OutlineQuiz; attempts: Attempt[] }> {
  return outlineQuizzes(outline)
    .map((quiz) => ({ quiz, attempts: attemptsFor(p, quiz.id) }))
    .filter((g) => g.attempts.length > 0);
}

/** A stable key for an attempt in a link: `<quiz>@<started, seconds>`. */
export function attemptKey(a: Pick<Attempt, 'quiz' | 'started'>): string {
  return `${a.quiz}@${Math.floor(a.started / 1000)}`;
}

/**
 * Time taken, "45 s", "4 min 05 s" or "1 h 02 min", and its ISO 8601 form. Same wording as
 * the quiz core's `formatDuration`; repeated here because importing that module brings the
 * whole attempt lifecycle into the results page's bundle, over its JavaScript budget.
 */
export function duration(a: Pick<Attempt, 'started' | 'finished'>): { text: string; iso: string } {
  const total = Math.max(0, Math.round(((a.finished ?? a.started) - a.started) / 1000));
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  const two = (n: number) => String(n).padStart(2, '0');
  const text = h > 0 ? `${h} h ${two(m)} min` : m > 0 ? `${m} min ${two(s)} s` : `${s} s`;
  return { text, iso: `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || !total ? `${s}S` : ''}` };
}
