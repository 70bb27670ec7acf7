/**
 * Which quizzes keep their answers out of their page, and their key. An assessment gives
 * no feedback until it is submitted, so nothing in its page needs the answers: they live
 * in a key file of their own (`/quizzes/<id>/key.json`), fetched on submission. Practice
 * quizzes, which give feedback after each answer, keep theirs in the page. A static site
 * cannot hide the key from a determined learner; it keeps it out of view-source, and the
 * certificate page says what that means.
 */
import { href, type Course, type CourseQuiz } from './course';
import { holdBack, keyEntry, type QuizKey } from '../../quiz/island';
import { toIslandQuestion } from '../../quiz/island-build';

export const holdsKeyBack = (quiz: CourseQuiz): boolean => quiz.entry.data.mode === 'assessment';

/** Where the quiz island fetches the key from (base-path aware). */
export const keyUrl = (quiz: CourseQuiz): string => href(`/quizzes/${quiz.id}/key.json`);

export function keyOf(quiz: CourseQuiz, lessons: Course['lessons']): QuizKey {
  const questions: QuizKey['questions'] = {};
  for (const q of quiz.entry.data.questions) questions[q.id] = keyEntry(toIslandQuestion(q, lessons));
  return { version: quiz.version, questions };
}

/** Where the key of each quiz that holds it back is, by quiz id (base-path aware). */
export type KeyUrls = Record<string, string>;

/** The key file of every quiz that holds its key back. */
export const keyUrls = (course: Course): KeyUrls =>
  Object.fromEntries(course.quizzes.filter(holdsKeyBack).map((quiz) => [quiz.id, keyUrl(quiz)]));

/**
 * Question banks as a page other than the quiz may carry them (only the assignment page
 * carries them in its HTML; results/banks.json, which My results exports from and the home,
 * review and recap pages fetch, is written with this): a quiz that holds its key back keeps
 * its questions (prompts and options, to show) without their answers and explanations, and
 * `keys` says where the page fetches them once the learner has submitted an attempt to mark.
 */
export function heldBackBanks<Q extends object>(
  course: Course,
  banks: Record<string, Q[]>,
): { banks: Record<string, Q[]>; keys: KeyUrls } {
  const keys = keyUrls(course);
  const out = { ...banks };
  for (const quiz of course.quizzes.filter(holdsKeyBack)) {
    if (Object.hasOwn(out, quiz.id)) out[quiz.id] = (out[quiz.id] ?? []).map(holdBack);
  }
  return { banks: out, keys };
}
