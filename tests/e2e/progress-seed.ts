/**
 * Builds real progress documents for end-to-end tests with the store's own pure changes and
 * the quiz core, from the course the build wrote (build/course.json), and puts one into localStorage before a
 * page loads.
 */
import type { Page } from '@playwright/test';
import { answer, createAttempt, finish } from '../../src/quiz/attempt';
import { quizVersion } from '../../src/quiz/content-version';
import type { Answer } from '../../src/quiz/types';
import type { Question } from '../../src/schemas/question';
import { emptyProgress, type Progress } from '../../src/progress/model';
import { completeLesson, openLesson } from '../../src/progress/lessons';
import { finishAttempt, startAttempt } from '../../src/progress/attempts';
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

export function rightAnswer(q: Question): Answer {
  return q.type === 'numeric' ? String(q.answer) : Array.isArray(q.answer) ? [...q.answer] : q.answer;
}

export function wrongAnswer(q: Question): Answer {
  switch (q.type) {
    case 'single':
      return q.options.find((o) => o.id !== q.answer)!.id;
    case 'truefalse':
      return !q.answer;
    case 'numeric':
      return String(q.answer * 1000 + 12345);
    case 'multiple':
      return q.options
        .filter((o) => !q.answer.includes(o.id))
        .map((o) => o.id)
        .slice(0, 1);
    case 'order':
      return [...q.answer].reverse();
  }
}

/** The content version a lesson page of this build records on completion (build/course.json). */
export const lessonVersion = (id: string): string | undefined => course.lessons.find((l) => l.id === id)?.version;

/** Completes lessons as their pages do, recording each one's current content version (`versions: false`: as before versions existed). */
export function withLessons(p: Progress, ids: string[], at: number, { versions = true } = {}): Progress {
  return ids.reduce(
    (acc, id, i) =>
      completeLesson(
        openLesson(acc, id, at + i * 1000),
        id,
        at + i * 1000 + 500,
        versions ? lessonVersion(id) : undefined,
      ),
    p,
  );
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
  const questions = q.data.questions;
  let a = createAttempt(
    { id: quizId, version: quizVersion({ questions }), questions },
    { seed, now: finishedAt - 5 * 60_000, ...(only ? { only } : {}) },
  );
  for (const question of questions.filter((x) => a.questions.includes(x.id)))
    a = answer(a, question.id, wrong.includes(question.id) ? wrongAnswer(question) : rightAnswer(question));
  const done = finish(a, questions, q.data.passMark, finishedAt);
  return finishAttempt(startAttempt(p, a), quizId, {
    finished: finishedAt,
    score: done.score ?? 0,
    percent: done.percent ?? 0,
    passed: done.passed ?? false,
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

export { emptyProgress };
