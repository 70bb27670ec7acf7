/**
 * The course as the progress islands and scripts need it in the browser: titles, links,
 * minutes and pass marks, built once at build time from `getCourse()` and passed to an
 * island as a prop (HTML, not JavaScript, so it does not count against a page's budget).
 */
import type { Course, CourseQuiz } from '../course/course';
import type { Question } from '../../schemas/question';

export interface OutlineLesson {
  /** `<module>/<lesson>`. */
  id: string;
  title: string;
  url: string;
  minutes: number;
  /** Learning objectives; left out where a page does not show them. */
  objectives?: string[];
  /** Content version (src/lib/course/lesson-version.ts), to tell which completed lessons changed since. */
  version?: string;
}

export interface OutlineQuiz {
  id: string;
  title: string;
  url: string;
  passMark: number;
  /** Number of questions in the bank; an attempt with fewer is a retry or a recap. */
  questions: number;
  /** Content version of the bank, to tell when an attempt was taken on an earlier wording. */
  version?: string;
}

export interface OutlineModule {
  id: string;
  order: number;
  title: string;
  url: string;
  minutes: number;
  objectives: string[];
  lessons: OutlineLesson[];
  quiz: OutlineQuiz;
}

export interface Outline {
  title: string;
  /** Sum of every lesson's minutes. */
  minutes: number;
  modules: OutlineModule[];
  final?: OutlineQuiz;
}

/** Questions by quiz id. */
export type Banks = Record<string, Question[]>;

function outlineQuiz(q: CourseQuiz): OutlineQuiz {
  const d = q.entry.data;
  return {
    id: q.id,
    title: d.title,
    url: q.url,
    passMark: d.passMark,
    questions: d.questions.length,
    version: q.version,
  };
}

/** The outline of a course; `objectives` adds each lesson's objectives (certificate, CPD file). */
export function buildOutline(course: Course, title: string, { objectives = false } = {}): Outline {
  const outline: Outline = {
    title,
    minutes: course.minutes,
    modules: course.modules.map((m) => ({
      id: m.id,
      order: m.entry.data.order,
      title: m.entry.data.title,
      url: m.url,
      minutes: m.minutes,
      objectives: objectives ? [...m.entry.data.objectives] : [],
      lessons: m.lessons.map((l) => {
        const lesson: OutlineLesson = {
          id: l.id,
          title: l.entry.data.title,
          url: l.url,
          minutes: l.entry.data.minutes,
          version: l.version,
        };
        if (objectives) lesson.objectives = [...l.entry.data.objectives];
        return lesson;
      }),
      quiz: outlineQuiz(m.quiz),
    })),
  };
  if (course.final) outline.final = outlineQuiz(course.final);
  return outline;
}

/**
 * The part of the outline a package covers (an LMS module package: one module's lessons and
 * its quiz): modules with none of the scope's lessons or quizzes left out, lessons outside it
 * left out, minutes summed again, and the final assessment only if the scope has it.
 */
export function scopeOutline(
  outline: Outline,
  scope: { readonly lessons: readonly string[]; readonly quizzes: readonly string[] },
): Outline {
  const modules = outline.modules
    .map((m) => {
      const lessons = m.lessons.filter((l) => scope.lessons.includes(l.id));
      return { ...m, lessons, minutes: lessons.reduce((s, l) => s + l.minutes, 0) };
    })
    .filter((m) => m.lessons.length > 0 || scope.quizzes.includes(m.quiz.id));
  const scoped: Outline = { ...outline, modules, minutes: modules.reduce((s, m) => s + m.minutes, 0) };
  if (!outline.final || !scope.quizzes.includes(outline.final.id)) delete scoped.final;
  return scoped;
}

/** Every quiz in the outline: module quizzes in order, then the final. */
export function outlineQuizzes(outline: Outline): OutlineQuiz[] {
  return [...outline.modules.map((m) => m.quiz), ...(outline.final ? [outline.final] : [])];
}

/**
 * Question banks cut down to what scoring needs (ids, types, answers, units), for pages
 * that only count what is due for recap. Texts are emptied, so the result is a fraction of
 * the full bank; never show these questions.
 */
export function scoringBanks(course: Course): Banks {
  const banks: Banks = {};
  for (const q of course.quizzes) {
    banks[q.id] = q.entry.data.questions.map((question) => {
      // Only what `scoreQuestion` reads; everything else is left out to keep the page small.
      const slim: Record<string, unknown> = { id: question.id, type: question.type, answer: question.answer };
      if ('options' in question) slim['options'] = question.options.map((o) => ({ id: o.id, text: '' }));
      if (question.type === 'numeric') {
        if (question.tolerance) slim['tolerance'] = question.tolerance;
        if (question.unit) slim['unit'] = question.unit;
      }
      if (question.type === 'multiple' && question.partialCredit) slim['partialCredit'] = true;
      return slim as unknown as Question;
    });
  }
  return banks;
}

/** Full question banks, for the results review. */
export function fullBanks(course: Course): Banks {
  return Object.fromEntries(course.quizzes.map((q) => [q.id, q.entry.data.questions]));
}
