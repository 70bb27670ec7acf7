/**
 * The slice of the course that trainer and assignment islands need, built at build time
 * from `getCourse()` and passed to islands as props: ids, titles, minutes, pass marks and
 * URLs, nothing else. Only types are imported from course.ts, so no island pulls in
 * `astro:content`.
 */
import { scoringBanks } from '../results/outline';
import type { Course } from '../course/course';
import type { Question } from '../../schemas/question';
import { fnv1a } from '../../quiz/hash';

export interface OutlineLesson {
  /** `<module>/<lesson>` */
  id: string;
  title: string;
  minutes: number;
  url: string;
}

export interface OutlineQuiz {
  id: string;
  title: string;
  passMark: number;
  /** Number of questions in the bank. */
  questions: number;
  /** Module id, or "final". */
  module: string;
  url: string;
  /** Content version of the bank (see `quizVersion`). */
  version: string;
}

export interface OutlineModule {
  id: string;
  title: string;
  order: number;
  lessons: OutlineLesson[];
  /** The module's quiz id. */
  quiz: string;
  minutes: number;
}

export interface CourseOutline {
  modules: OutlineModule[];
  /** Every quiz in course order (module quizzes, then the final assessment). */
  quizzes: OutlineQuiz[];
  /** A short fingerprint of the course's lessons and quiz versions, written into result files. */
  version: string;
}

export function courseOutline(course: Course): CourseOutline {
  const modules: OutlineModule[] = course.modules.map((m) => ({
    id: m.id,
    title: m.entry.data.title,
    order: m.entry.data.order,
    quiz: m.quiz.id,
    minutes: m.minutes,
    lessons: m.lessons.map((l) => ({ id: l.id, title: l.entry.data.title, minutes: l.entry.data.minutes, url: l.url })),
  }));
  const ordered = [
    ...course.modules.map((m) => m.quiz),
    ...course.quizzes.filter((q) => !course.modules.some((m) => m.quiz.id === q.id)),
  ];
  const quizzes: OutlineQuiz[] = ordered.map((q) => ({
    id: q.id,
    title: q.entry.data.title,
    passMark: q.entry.data.passMark,
    questions: q.entry.data.questions.length,
    module: q.entry.data.module,
    url: q.url,
    version: q.version,
  }));
  const version = fnv1a(JSON.stringify([course.lessons.map((l) => l.id), quizzes.map((q) => [q.id, q.version])]))
    .toString(16)
    .padStart(8, '0');
  return { modules, quizzes, version };
}

/**
 * Every quiz's questions with only what scoring needs (prompts, explanations and option
 * texts emptied), so a page can tell which questions a best attempt got right without
 * carrying the whole bank in its HTML.
 */
export type ScoringBank = Record<string, Question[]>;

/** Question banks cut down to what scoring needs (see `scoringBanks`). */
export const scoringBank = (course: Course): ScoringBank => scoringBanks(course);

/** Question prompts by quiz, for item analysis tables. */
export type PromptBank = Record<string, Array<{ id: string; prompt: string }>>;

export function promptBank(course: Course): PromptBank {
  const bank: PromptBank = {};
  for (const q of course.quizzes) bank[q.id] = q.entry.data.questions.map((x) => ({ id: x.id, prompt: x.prompt }));
  return bank;
}
