/**
 * Pure changes to a progress document: each takes a `Progress` and returns a new one (or
 * the same object when nothing changes), never touching storage. This file holds what
 * every page with the store needs (reading attempts, compaction, summaries); lessons and
 * knowledge checks are in progress-lessons.ts (lesson pages), changing attempts in
 * progress-attempts.ts (quiz page) and merging in progress-merge.ts (import), so each page
 * loads only its own. Times passed in and
 * returned are epoch milliseconds, as in `Attempt`; the document keeps whole seconds.
 *
 * Every function here must return a document that passes `progressSchema`, because the
 * result is written to storage and re-validated on the next read; `update()` checks it.
 */
import type { Answer, Attempt } from '../quiz/types';
import type { Assignment, FinishedAttemptRecord, OpenAttemptRecord, Progress } from '../schemas/progress';
import { PROGRESS_VERSION } from '../schemas/progress';

export type { Answer, Attempt, Assignment, Progress };

/** How many attempts (most recent, across all quizzes) keep their answers when storage is full. */
export const DETAIL_KEPT = 10;

export function emptyProgress(): Progress {
  return { v: PROGRESS_VERSION, pr: {}, l: {}, q: {}, as: [] };
}

const ms = (s: number): number => s * 1000;

// ---------------------------------------------------------------- attempts (reading)

type AttemptRecord = OpenAttemptRecord | FinishedAttemptRecord;

/** Stored record → Attempt. A compacted attempt comes back with no questions and no answers. */
export function decodeAttempt(quiz: string, rec: AttemptRecord): Attempt {
  const answers: Record<string, Answer> = { ...rec.a };
  const a: Attempt = {
    quiz,
    version: rec.v,
    seed: rec.s,
    questions: rec.q ? [...rec.q] : Object.keys(answers),
    answers,
    position: rec.p ?? 0,
    started: ms(rec.t),
  };
  if (rec.x === 1) a.practice = true;
  if ('d' in rec && rec.d) a.draft = { question: rec.d[0], value: Array.isArray(rec.d[1]) ? [...rec.d[1]] : rec.d[1] };
  if ('f' in rec) {
    a.finished = ms(rec.f);
    a.score = rec.r[0];
    a.percent = rec.r[1];
    a.passed = rec.r[2] === 1;
  }
  return a;
}

/** Whether a finished attempt still holds its answers (compaction keeps only a summary of old ones). */
export function hasDetail(a: Attempt): boolean {
  return a.questions.length > 0;
}

/** Finished attempts for a quiz, oldest first. */
export function attemptsFor(p: Progress, quizId: string): Attempt[] {
  return (p.q[quizId]?.h ?? []).map((r) => decodeAttempt(quizId, r));
}

function better(a: FinishedAttemptRecord, b: FinishedAttemptRecord): boolean {
  // Higher percent wins, then higher score, then the later attempt.
  return a.r[1] !== b.r[1] ? a.r[1] > b.r[1] : a.r[0] !== b.r[0] ? a.r[0] > b.r[0] : a.f > b.f;
}

/** The best whole-quiz attempt; practice attempts (retries, recaps) never count. */
function bestRecord(h: readonly FinishedAttemptRecord[]): FinishedAttemptRecord | undefined {
  let best: FinishedAttemptRecord | undefined;
  for (const r of h) if (r.x !== 1 && (!best || better(r, best))) best = r;
  return best;
}

/** The whole-quiz attempt with the highest percentage (ties: higher score, then later); practice attempts never count. */
export function bestAttempt(p: Progress, quizId: string): Attempt | undefined {
  const best = bestRecord(p.q[quizId]?.h ?? []);
  return best && decodeAttempt(quizId, best);
}

export function currentAttempt(p: Progress, quizId: string): Attempt | undefined {
  const c = p.q[quizId]?.c;
  return c && decodeAttempt(quizId, c);
}

// ---------------------------------------------------------------- compaction

/**
 * Shrinks attempt history when storage is full: per quiz only the best and the latest
 * finished attempts stay, and only the `detail` most recent of those (across all quizzes)
 * keep their answers; the rest keep date, score and result. Attempts in progress stay.
 */
export function compactProgress(p: Progress, detail: number = DETAIL_KEPT): Progress {
  const kept: Array<[string, FinishedAttemptRecord]> = [];
  for (const [quiz, rec] of Object.entries(p.q)) {
    const best = bestRecord(rec.h);
    const latest = rec.h.reduce<FinishedAttemptRecord | undefined>((x, r) => (!x || r.f >= x.f ? r : x), undefined);
    for (const r of rec.h) if (r === best || r === latest) kept.push([quiz, r]);
  }
  const recent = new Set(
    [...kept]
      .sort((x, y) => y[1].f - x[1].f)
      .slice(0, detail)
      .map(([, r]) => r),
  );
  const q: Progress['q'] = {};
  for (const [quiz, rec] of Object.entries(p.q)) {
    const h = kept
      .filter(([k]) => k === quiz)
      .map(([, r]): FinishedAttemptRecord => {
        if (recent.has(r) || r.a === undefined) return r;
        const { a: _a, q: _q, p: _p, ...summary } = r;
        return summary;
      });
    q[quiz] = rec.c ? { h, c: rec.c } : { h };
  }
  return { ...p, q };
}

/** True when the document holds nothing the learner did. */
export function isEmptyProgress(p: Progress): boolean {
  return (
    Object.keys(p.l).length === 0 &&
    Object.keys(p.q).length === 0 &&
    p.as.length === 0 &&
    p.n === undefined &&
    Object.keys(p.pr).length === 0
  );
}

/** Whether a lesson is marked complete. */
export function isLessonComplete(p: Progress, id: string): boolean {
  return Object.hasOwn(p.l, id) && p.l[id]?.c !== undefined;
}

/**
 * True once the learner has done something worth keeping: a lesson completed, a knowledge
 * check answered, a quiz started, an assignment accepted or a name typed. Merely opening
 * a lesson (recorded on every visit) and preferences do not count, so a first visit is not
 * met with warnings about losing progress.
 */
export function hasWorkToKeep(p: Progress): boolean {
  return (
    Object.values(p.l).some((r) => r.c !== undefined || Object.keys(r.k ?? {}).length > 0) ||
    Object.keys(p.q).length > 0 ||
    p.as.length > 0 ||
    p.n !== undefined
  );
}

// ---------------------------------------------------------------- lesson content versions

/**
 * The content version a learner read of a completed lesson that has changed since (see
 * src/progress/lessons.ts), or undefined: not completed, completed on `current`, or completed
 * with no version recorded (progress saved before versions existed: "version unknown", which
 * never counts as changed).
 */
export function changedFrom(p: Progress, lessonId: string, current: string | undefined): string | undefined {
  // A lesson id has a "/", so it is never an Object.prototype name: no own-property check needed.
  const rec = p.l[lessonId];
  return rec?.c !== undefined && rec.h !== undefined && current !== undefined && rec.h !== current ? rec.h : undefined;
}
