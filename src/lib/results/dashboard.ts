/**
 * The home page's picture of the course: lessons done per module, quiz best scores and
 * passes, what to do next ("Continue"), and reading time left.
 */
import { changedFrom, currentAttempt, type Progress } from '../../progress/model';
import type { Outline, OutlineLesson, OutlineModule, OutlineQuiz } from './outline';
import { isLessonComplete, quizStatus, type QuizStatus } from './status';

export interface ModuleStatus {
  module: OutlineModule;
  /** Ids of the module's completed lessons. */
  completed: string[];
  /** Minutes of reading left in the module. */
  minutesLeft: number;
  quiz: QuizStatus;
}

/** What the "Continue" button leads to. */
export interface NextStep {
  /** start: nothing done yet; lesson or quiz: the next unfinished one; done: everything passed. */
  kind: 'start' | 'lesson' | 'quiz' | 'done';
  title: string;
  url: string;
}

export interface Dashboard {
  modules: ModuleStatus[];
  final?: QuizStatus;
  next: NextStep;
  lessonsDone: number;
  lessonsTotal: number;
  /** Minutes of reading in lessons not yet completed. */
  minutesLeft: number;
  /** Whether the learner has done anything at all. */
  started: boolean;
  /** Completed lessons whose text changed since the learner completed (or last read) them, in course order. */
  changed: OutlineLesson[];
}

/** Completed lessons that changed since the learner read them (never those with no recorded version). */
export function changedSince(outline: Outline, p: Progress): OutlineLesson[] {
  return outline.modules.flatMap((m) => m.lessons).filter((l) => changedFrom(p, l.id, l.version));
}

type Step =
  | { kind: 'lesson'; lesson: OutlineLesson; done: boolean; at: number }
  | { kind: 'quiz'; quiz: OutlineQuiz; done: boolean; at: number };

function lastActivity(p: Progress, lessonId: string): number {
  const rec = Object.hasOwn(p.l, lessonId) ? p.l[lessonId] : undefined;
  return rec ? Math.max(rec.o, rec.c ?? 0) * 1000 : 0;
}

function quizActivity(status: QuizStatus, p: Progress): number {
  const last = status.attempts.at(-1)?.finished ?? 0;
  return Math.max(last, currentAttempt(p, status.quiz.id)?.started ?? 0);
}

/** The whole picture for the home page. */
export function dashboard(outline: Outline, p: Progress): Dashboard {
  const modules: ModuleStatus[] = outline.modules.map((m) => {
    const completed = m.lessons.filter((l) => isLessonComplete(p, l.id)).map((l) => l.id);
    const minutesLeft = m.lessons.filter((l) => !completed.includes(l.id)).reduce((s, l) => s + l.minutes, 0);
    return { module: m, completed, minutesLeft, quiz: quizStatus(p, m.quiz) };
  });
  const final = outline.final && quizStatus(p, outline.final);
  const steps: Step[] = [];
  for (const m of modules) {
    for (const lesson of m.module.lessons) {
      steps.push({ kind: 'lesson', lesson, done: m.completed.includes(lesson.id), at: lastActivity(p, lesson.id) });
    }
    steps.push({ kind: 'quiz', quiz: m.quiz.quiz, done: m.quiz.passed, at: quizActivity(m.quiz, p) });
  }
  if (final) steps.push({ kind: 'quiz', quiz: final.quiz, done: final.passed, at: quizActivity(final, p) });

  const lessonsTotal = outline.modules.reduce((s, m) => s + m.lessons.length, 0);
  const lessonsDone = modules.reduce((s, m) => s + m.completed.length, 0);
  const started = steps.some((s) => s.at > 0);
  const first = outline.modules[0]?.lessons[0];
  let next: NextStep;
  if (!started) {
    next = { kind: 'start', title: first?.title ?? outline.title, url: first?.url ?? '' };
  } else {
    // Carry on from the most recent activity; a learner who skipped ahead is not sent back
    // to the start, but anything left behind comes up once the rest is done.
    let anchor = 0;
    steps.forEach((s, i) => {
      if (s.at > (steps[anchor]?.at ?? 0)) anchor = i;
    });
    const step = steps.slice(anchor).find((s) => !s.done) ?? steps.find((s) => !s.done);
    if (!step) next = { kind: 'done', title: 'Certificate of completion', url: '' };
    else if (step.kind === 'lesson') next = { kind: 'lesson', title: step.lesson.title, url: step.lesson.url };
    else next = { kind: 'quiz', title: step.quiz.title, url: step.quiz.url };
  }
  const result: Dashboard = {
    modules,
    next,
    lessonsDone,
    lessonsTotal,
    minutesLeft: modules.reduce((s, m) => s + m.minutesLeft, 0),
    started,
    changed: changedSince(outline, p),
  };
  if (final) result.final = final;
  return result;
}
