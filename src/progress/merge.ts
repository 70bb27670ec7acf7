/**
 * Combining two progress documents (an import merged into this browser's progress) and a
 * summary of one (the import preview). Pure; loaded only where progress is imported.
 */
import { PROGRESS_VERSION } from '../schemas/progress';
import type { FinishedAttemptRecord, LessonRecord, OpenAttemptRecord, Progress, QuizRecord } from '../schemas/progress';

type AttemptRecord = OpenAttemptRecord | FinishedAttemptRecord;

const attemptKey = (r: AttemptRecord): string => `${r.t}:${r.s}:${r.v}`;

function mergeLessons(a: LessonRecord | undefined, b: LessonRecord | undefined): LessonRecord {
  if (!a) return b as LessonRecord;
  if (!b) return a;
  const out: LessonRecord = { o: Math.min(a.o, b.o) };
  const c = [a.c, b.c].filter((x): x is number => x !== undefined);
  if (c.length) out.c = Math.min(...c);
  // The version read belongs to a completion: this device's if it has one, else the import's.
  const h = a.c !== undefined ? (a.h ?? (b.c !== undefined ? b.h : undefined)) : b.c !== undefined ? b.h : undefined;
  if (out.c !== undefined && h !== undefined) out.h = h;
  if (a.k || b.k) out.k = { ...b.k, ...a.k };
  return out;
}

function mergeQuiz(a: QuizRecord | undefined, b: QuizRecord | undefined): QuizRecord {
  if (!a) return b as QuizRecord;
  if (!b) return a;
  const byKey = new Map<string, FinishedAttemptRecord>();
  for (const r of [...b.h, ...a.h]) {
    const old = byKey.get(attemptKey(r));
    // The same attempt on both sides: keep the copy that still has its answers.
    if (!old || r.a !== undefined) byKey.set(attemptKey(r), r);
  }
  const h = [...byKey.values()].sort((x, y) => x.f - y.f || x.t - y.t);
  const finishedKeys = new Set(byKey.keys());
  const open = [a.c, b.c].filter((c): c is OpenAttemptRecord => c !== undefined && !finishedKeys.has(attemptKey(c)));
  const c = open.sort((x, y) => y.t - x.t)[0];
  return c ? { h, c } : { h };
}

/**
 * Combines two documents: every lesson from both with its earliest opening and completion,
 * every quiz attempt from both (so the best result per quiz is kept), the newer attempt in
 * progress, assignments from both. Where both have a name, preference or knowledge-check
 * answer, `a` (the progress already here) wins.
 */
export function mergeProgress(a: Progress, b: Progress): Progress {
  const l: Progress['l'] = {};
  for (const id of new Set([...Object.keys(a.l), ...Object.keys(b.l)])) l[id] = mergeLessons(a.l[id], b.l[id]);
  const q: Progress['q'] = {};
  for (const id of new Set([...Object.keys(a.q), ...Object.keys(b.q)])) q[id] = mergeQuiz(a.q[id], b.q[id]);
  const as = [...a.as];
  for (const x of b.as) if (!as.some((y) => y.id === x.id)) as.push(x);
  const out: Progress = { v: PROGRESS_VERSION, pr: { ...b.pr, ...a.pr }, l, q, as };
  const n = a.n ?? b.n;
  if (n !== undefined) out.n = n;
  return out;
}

export interface ProgressSummary {
  lessonsOpened: number;
  lessonsCompleted: number;
  quizzesAttempted: number;
  attempts: number;
  quizzesPassed: number;
  attemptsInProgress: number;
  assignments: number;
  name?: string;
}

export function summarize(p: Progress): ProgressSummary {
  const lessons = Object.values(p.l);
  const quizzes = Object.values(p.q);
  const s: ProgressSummary = {
    lessonsOpened: lessons.length,
    lessonsCompleted: lessons.filter((r) => r.c !== undefined).length,
    quizzesAttempted: quizzes.filter((r) => r.h.length > 0).length,
    attempts: quizzes.reduce((n, r) => n + r.h.length, 0),
    // Only an assessed attempt passes a quiz: a practice run (retry, recap) at the pass mark does not.
    quizzesPassed: quizzes.filter((r) => r.h.some((a) => a.r[2] === 1 && a.x !== 1)).length,
    attemptsInProgress: quizzes.filter((r) => r.c).length,
    assignments: p.as.length,
  };
  if (p.n !== undefined) s.name = p.n;
  return s;
}
