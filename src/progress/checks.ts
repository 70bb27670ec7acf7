/**
 * Pure changes and reads for knowledge checks: keeping an answer with its lesson, and a
 * lesson's state with its answers. Used by the knowledge-check island; apart from
 * progress-lessons.ts (the lesson page's script) so each lands in the one script that uses
 * it. Times are epoch milliseconds; the document keeps whole seconds.
 */
import type { Answer } from '../quiz/types';
import type { LessonRecord, Progress } from '../schemas/progress';

const sec = (ms: number): number => Math.max(0, Math.floor(ms / 1000));
const ms = (s: number): number => s * 1000;

function withLesson(p: Progress, id: string, rec: LessonRecord): Progress {
  return { ...p, l: { ...p.l, [id]: rec } };
}

/** A reference `quiz-id:question-id` is kept as `question-id` when the quiz is named like the lesson's module. */
function shortRef(lessonId: string, ref: string): string {
  const module = lessonId.split('/')[0];
  return module && ref.startsWith(`${module}:`) ? ref.slice(module.length + 1) : ref;
}

function longRef(lessonId: string, key: string): string {
  return key.includes(':') ? key : `${lessonId.split('/')[0] ?? ''}:${key}`;
}

/**
 * Keeps a knowledge-check answer. `questionRef` is `quiz-id:question-id` as written in the
 * lesson. `now` (ms) marks the lesson opened if it was not yet.
 */
export function saveKnowledgeCheck(
  p: Progress,
  lessonId: string,
  questionRef: string,
  answer: Answer,
  now: number = Date.now(),
): Progress {
  const rec = p.l[lessonId] ?? { o: sec(now) };
  return withLesson(p, lessonId, { ...rec, k: { ...rec.k, [shortRef(lessonId, questionRef)]: answer } });
}

export interface LessonState {
  status: 'not-started' | 'opened' | 'completed';
  /** First opened (ms). */
  opened?: number;
  /** Completed (ms). */
  completed?: number;
  /** Knowledge-check answers by `quiz-id:question-id`. */
  checks: Record<string, Answer>;
}

export function lessonState(p: Progress, lessonId: string): LessonState {
  const rec = p.l[lessonId];
  if (!rec) return { status: 'not-started', checks: {} };
  const checks: Record<string, Answer> = {};
  for (const [key, answer] of Object.entries(rec.k ?? {})) checks[longRef(lessonId, key)] = answer;
  const state: LessonState = { status: rec.c === undefined ? 'opened' : 'completed', opened: ms(rec.o), checks };
  if (rec.c !== undefined) state.completed = ms(rec.c);
  return state;
}
