/**
 * Which quizzes keep their answers out of their page, and their key. An assessment gives
 * no feedback until it is submitted, so nothing in its page needs the answers: they live
 * in a key file of their own (`/quizzes/<id>/key.json`), fetched on submission. Practice
 * quizzes, which give feedback after each answer, keep theirs in the page. A static site
 * cannot hide the key from a determined learner; it keeps it out of view-source, and the
 * certificate page says what that means.
 */
import { href, type Course, type CourseQuiz } from './course';
import { keyEntry, type QuizKey } from '../../quiz/island';
import { toIslandQuestion } from '../../quiz/island-build';

export const holdsKeyBack = (quiz: CourseQuiz): boolean => quiz.entry.data.mode === 'assessment';

/** Where the quiz island fetches the key from (base-path aware). */
export const keyUrl = (quiz: CourseQuiz): string => href(`/quizzes/${quiz.id}/key.json`);

export function keyOf(quiz: CourseQuiz, lessons: Course['lessons']): QuizKey {
  const questions: QuizKey['questions'] = {};
  for (const q of quiz.entry.data.questions) questions[q.id] = keyEntry(toIslandQuestion(q, lessons));
  return { version: quiz.version, questions };
}
