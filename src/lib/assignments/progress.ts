/**
 * What an assignment asks for, resolved against the course as it is now, and how far a
 * learner has got. Items the course no longer has are listed as unavailable instead of
 * breaking the assignment. Pure functions: the islands pass in progress and today's date.
 */
import type { Progress } from '../../schemas/progress';
import type { CourseOutline, OutlineLesson, OutlineQuiz } from './outline';

export interface ResolvedAssignment {
  /** Lessons to complete, in course order, each once. */
  lessons: OutlineLesson[];
  /** Quizzes to pass, in course order, each once. */
  quizzes: OutlineQuiz[];
  /** Items the course no longer has, as picked (`lesson:x/y`, `quiz:z`, `module:m`). */
  unavailable: string[];
  /** Reading time of the lessons. */
  minutes: number;
}

/** A module item means all its lessons and its quiz, as the course has them today. */
export function resolveItems(items: readonly string[], outline: CourseOutline): ResolvedAssignment {
  const lessonIds = new Set<string>();
  const quizIds = new Set<string>();
  const unavailable: string[] = [];
  const allLessons = new Set(outline.modules.flatMap((m) => m.lessons.map((l) => l.id)));
  for (const item of items) {
    const colon = item.indexOf(':');
    const kind = item.slice(0, colon);
    const id = item.slice(colon + 1);
    if (kind === 'module') {
      const m = outline.modules.find((x) => x.id === id);
      if (!m) unavailable.push(item);
      else {
        for (const l of m.lessons) lessonIds.add(l.id);
        quizIds.add(m.quiz);
      }
    } else if (kind === 'lesson') {
      if (allLessons.has(id)) lessonIds.add(id);
      else unavailable.push(item);
    } else if (kind === 'quiz') {
      if (outline.quizzes.some((q) => q.id === id)) quizIds.add(id);
      else unavailable.push(item);
    } else unavailable.push(item);
  }
  const lessons = outline.modules.flatMap((m) => m.lessons).filter((l) => lessonIds.has(l.id));
  const quizzes = outline.quizzes.filter((q) => quizIds.has(q.id));
  return { lessons, quizzes, unavailable, minutes: lessons.reduce((n, l) => n + l.minutes, 0) };
}

export interface QuizStatus {
  quiz: OutlineQuiz;
  /** Pass mark in effect: the assignment's, else the quiz's own. */
  passMark: number;
  attempts: number;
  /** Best percentage, if attempted. */
  best?: number;
  passed: boolean;
  /** When an attempt first reached the pass mark (ms). */
  passedAt?: number;
}

export interface AssignmentStatus {
  resolved: ResolvedAssignment;
  /** Completion time by lesson id, for assigned lessons completed. */
  lessonsDone: Map<string, number>;
  quizzes: QuizStatus[];
  /** Assigned items done (lessons completed plus quizzes passed) and how many there are. */
  done: number;
  total: number;
  finished: boolean;
  /** When the last assigned item was done, once finished (ms). */
  finishedAt?: number;
  /** Due date passed (today is after it) and not finished. */
  overdue: boolean;
}

/** Today in the learner's time zone, YYYY-MM-DD (what a due date is compared with). */
export function localDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function assignmentStatus(
  p: Progress,
  assignment: { items: readonly string[]; passMark?: number | undefined; due?: string | undefined },
  outline: CourseOutline,
  today: string,
): AssignmentStatus {
  const resolved = resolveItems(assignment.items, outline);
  const lessonsDone = new Map<string, number>();
  for (const l of resolved.lessons) {
    const c = p.l[l.id]?.c;
    if (c !== undefined) lessonsDone.set(l.id, c * 1000);
  }
  const quizzes = resolved.quizzes.map((quiz): QuizStatus => {
    const passMark = assignment.passMark ?? quiz.passMark;
    const history = p.q[quiz.id]?.h ?? [];
    const s: QuizStatus = { quiz, passMark, attempts: history.length, passed: false };
    for (const r of history) {
      // Practice attempts (retrying missed questions, recaps) neither pass a quiz nor count as its best.
      if (r.x === 1) continue;
      s.best = Math.max(s.best ?? 0, r.r[1]);
      if (r.r[1] >= passMark && (s.passedAt === undefined || r.f * 1000 < s.passedAt)) s.passedAt = r.f * 1000;
    }
    s.passed = s.passedAt !== undefined;
    return s;
  });
  const done = lessonsDone.size + quizzes.filter((q) => q.passed).length;
  const total = resolved.lessons.length + resolved.quizzes.length;
  const finished = total > 0 && done === total;
  const status: AssignmentStatus = {
    resolved,
    lessonsDone,
    quizzes,
    done,
    total,
    finished,
    overdue: !finished && assignment.due !== undefined && today > assignment.due,
  };
  if (finished) status.finishedAt = Math.max(...lessonsDone.values(), ...quizzes.map((q) => q.passedAt ?? 0));
  return status;
}
