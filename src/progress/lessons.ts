/**
 * Pure changes for a lesson page's own script: opening and completing a lesson. Knowledge
 * checks are in progress-checks.ts. Both are apart from progress-model.ts so pages without
 * lessons (quiz, results…) do not load them, and apart from each other so each lands in the
 * one script that uses it rather than in one more file. Times are epoch milliseconds; the
 * document keeps whole seconds.
 */
import type { LessonRecord, Progress } from '../schemas/progress';

const sec = (ms: number): number => Math.max(0, Math.floor(ms / 1000));

function withLesson(p: Progress, id: string, rec: LessonRecord): Progress {
  return { ...p, l: { ...p.l, [id]: rec } };
}

export function openLesson(p: Progress, lessonId: string, now: number): Progress {
  if (p.l[lessonId]) return p;
  return withLesson(p, lessonId, { o: sec(now) });
}

export function completeLesson(p: Progress, lessonId: string, now: number): Progress {
  const rec = p.l[lessonId];
  if (rec?.c !== undefined) return p;
  return withLesson(p, lessonId, { ...rec, o: rec?.o ?? sec(now), c: sec(now) });
}

export function uncompleteLesson(p: Progress, lessonId: string): Progress {
  const rec = p.l[lessonId];
  if (rec?.c === undefined) return p;
  const { c: _dropped, ...rest } = rec;
  return withLesson(p, lessonId, rest);
}

/** When the lesson was completed (ms), or undefined while it is not. */
export function completedAt(p: Progress, lessonId: string): number | undefined {
  const c = p.l[lessonId]?.c;
  return c === undefined ? undefined : c * 1000;
}
