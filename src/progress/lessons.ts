/**
 * Pure changes for a lesson page's own script: opening and completing a lesson, and the
 * lesson's content version the learner last read. Knowledge checks are in progress-checks.ts.
 * Both are apart from progress-model.ts so pages without lessons (quiz, results…) do not load
 * them, and apart from each other so each lands in the one script that uses it rather than in
 * one more file. Times are epoch milliseconds; the document keeps whole seconds.
 *
 * Content versions (`h`, see src/lib/course/lesson-version.ts): completing a lesson records the
 * version the learner read, and "Mark as read" records the current one after a change. A
 * completed lesson with no version (progress saved before versions existed) is "completed,
 * version unknown": it counts as completed and is never reported as changed. Nothing here
 * ever takes a completion away.
 */
import type { LessonRecord, Progress } from '../schemas/progress';

// Whether a completed lesson changed since (`changedFrom`) is in progress-model.ts, which every
// page with the store loads anyway (lesson, home, My results).
export { changedFrom } from './model';

const sec = (ms: number): number => Math.max(0, Math.floor(ms / 1000));

function withLesson(p: Progress, id: string, rec: LessonRecord): Progress {
  return { ...p, l: { ...p.l, [id]: rec } };
}

const own = (p: Progress, id: string): LessonRecord | undefined => (Object.hasOwn(p.l, id) ? p.l[id] : undefined);

export function openLesson(p: Progress, lessonId: string, now: number): Progress {
  if (own(p, lessonId)) return p;
  return withLesson(p, lessonId, { o: sec(now) });
}

/** Marks the lesson complete, with the content version the learner read (when the page knows it). */
export function completeLesson(p: Progress, lessonId: string, now: number, version?: string): Progress {
  const rec = own(p, lessonId);
  if (rec?.c !== undefined) return p;
  const done: LessonRecord = { ...rec, o: rec?.o ?? sec(now), c: sec(now) };
  if (version) done.h = version;
  return withLesson(p, lessonId, done);
}

export function uncompleteLesson(p: Progress, lessonId: string): Progress {
  const rec = own(p, lessonId);
  if (rec?.c === undefined) return p;
  const { c: _dropped, h: _version, ...rest } = rec;
  return withLesson(p, lessonId, rest);
}

/** When the lesson was completed (ms), or undefined while it is not. */
export function completedAt(p: Progress, lessonId: string): number | undefined {
  const c = own(p, lessonId)?.c;
  return c === undefined ? undefined : c * 1000;
}

/** "Mark as read": records the current version of a completed lesson; its completion date stays. */
export function markLessonRead(p: Progress, lessonId: string, current: string | undefined): Progress {
  const rec = own(p, lessonId);
  if (rec?.c === undefined || !current || rec.h === current) return p;
  return withLesson(p, lessonId, { ...rec, h: current });
}
