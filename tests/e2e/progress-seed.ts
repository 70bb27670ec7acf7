/**
 * Builds real progress documents for end-to-end tests with the store's own pure changes and
 * the quiz core, from the course the build wrote (build/course.json), and puts one into localStorage before a
 * page loads.
 */
import type { Page } from '@playwright/test';
import { emptyProgress, type Progress } from '../../src/progress/model';
import { rightAnswer, withLessons as seedLessons, withQuizAttempt, wrongAnswer } from '../helpers/seed-attempts';
import { course } from './course';

/** Modules, lessons and quizzes in course order, each as `{ id, data }` like a content entry. */
const entry = <T extends { id: string }>(data: T) => ({ id: data.id, data });
export const modules = course.modules.map(entry);
export const lessonsOf = (moduleId: string) => course.lessons.filter((l) => l.module === moduleId).map(entry);
export const allLessons = modules.flatMap((m) => lessonsOf(m.id));
export const quizzes = course.quizzes.map(entry);
export const quiz = (id: string) => {
  const q = quizzes.find((x) => x.id === id);
  if (!q) throw new Error(`no quiz ${id}`);
  return q;
};
export const finalQuiz = quizzes.find((q) => q.data.module === 'final')!;
export const totalMinutes = allLessons.reduce((s, l) => s + l.data.minutes, 0);

/** The content version a lesson page of this build records on completion (build/course.json). */
export const lessonVersion = (id: string): string | undefined => course.lessons.find((l) => l.id === id)?.version;

/** Completes lessons as their pages do, recording each one's current content version (`versions: false`: as before versions existed). */
export function withLessons(p: Progress, ids: string[], at: number, { versions = true } = {}): Progress {
  return seedLessons(p, ids, at, versions ? lessonVersion : undefined);
}

/**
 * Adds a finished attempt at `quizId`; `wrong` lists the question ids answered wrongly;
 * `only` makes it a practice session of just those questions.
 */
export function withAttempt(
  p: Progress,
  quizId: string,
  finishedAt: number,
  wrong: string[] = [],
  seed = 42,
  only?: string[],
): Progress {
  const q = quiz(quizId);
  return withQuizAttempt(p, { id: quizId, questions: q.data.questions, passMark: q.data.passMark }, finishedAt, {
    wrong,
    seed,
    ...(only ? { only } : {}),
  });
}

/** Every lesson completed and every quiz (module quizzes and final) passed with full marks. */
export function everythingPassed(at: number): Progress {
  let p = withLessons(
    emptyProgress(),
    allLessons.map((l) => l.id),
    at,
  );
  let t = at + 3_600_000;
  for (const m of modules) p = withAttempt(p, m.data.quiz, (t += 600_000));
  return withAttempt(p, finalQuiz.id, t + 600_000);
}

export async function seed(page: Page, p: Progress): Promise<void> {
  await page.addInitScript((text) => {
    // Only once per test, so what the page saves later is not overwritten on reload.
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('dhs:progress', text);
      sessionStorage.setItem('seeded', '1');
    }
  }, JSON.stringify(p));
}

export { emptyProgress, rightAnswer, wrongAnswer };
