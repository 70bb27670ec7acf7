/**
 * Pure changes to a progress document: each takes a `Progress` and returns a new one (or
 * the same object when nothing changes), never touching storage. Times passed in and
 * returned are epoch milliseconds, as in `Attempt`; the document keeps whole seconds.
 *
 * Every function here must return a document that passes `progressSchema`, because the
 * result is written to storage and re-validated on the next read; `update()` checks it.
 */
import type { Answer, Attempt } from '../quiz/types';
import type {
  Assignment,
  FinishedAttemptRecord,
  LessonRecord,
  OpenAttemptRecord,
  PreferenceValue,
  Progress,
  QuizRecord,
} from '../schemas/progress';
import { PROGRESS_VERSION } from '../schemas/progress';

export type { Answer, Attempt, Assignment, Progress };

/** How many attempts (most recent, across all quizzes) keep their answers when storage is full. */
export const DETAIL_KEPT = 10;

export function emptyProgress(): Progress {
  return { v: PROGRESS_VERSION, pr: {}, l: {}, q: {}, as: [] };
}

/** Clears everything: lessons, attempts, assignments, name and preferences. */
export function reset(): Progress {
  return emptyProgress();
}

const sec = (ms: number): number => Math.max(0, Math.floor(ms / 1000));
const ms = (s: number): number => s * 1000;

function withLesson(p: Progress, id: string, rec: LessonRecord): Progress {
  return { ...p, l: { ...p.l, [id]: rec } };
}

function withQuiz(p: Progress, quizId: string, rec: QuizRecord | undefined): Progress {
  const q = { ...p.q };
  if (rec === undefined || (rec.h.length === 0 && rec.c === undefined)) delete q[quizId];
  else q[quizId] = rec;
  return { ...p, q };
}

// ---------------------------------------------------------------- lessons

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

// ---------------------------------------------------------------- attempts

type AttemptRecord = OpenAttemptRecord | FinishedAttemptRecord;

/** Attempt → stored record. Answers are re-keyed in question order so `q` can usually be left out. */
export function encodeAttempt(a: Attempt): AttemptRecord {
  const ordered: Record<string, Answer> = {};
  for (const id of a.questions) {
    const answer = a.answers[id];
    if (answer !== undefined) ordered[id] = answer;
  }
  const keys = Object.keys(ordered);
  const rec: OpenAttemptRecord = { v: a.version, s: a.seed, t: sec(a.started) };
  // Integer-like ids would be reordered by JavaScript, so the check compares real key order.
  if (keys.length !== a.questions.length || keys.some((k, i) => k !== a.questions[i])) rec.q = [...a.questions];
  rec.a = ordered;
  if (a.position > 0) rec.p = a.position;
  if (a.practice) rec.x = 1;
  if (a.finished === undefined) return rec;
  return { ...rec, f: sec(a.finished), r: [a.score ?? 0, a.percent ?? 0, a.passed ? 1 : 0] };
}

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

/** Begins an attempt (replacing any attempt in progress for that quiz). */
export function startAttempt(p: Progress, attempt: Attempt): Progress {
  const rec = p.q[attempt.quiz] ?? { h: [] };
  const encoded = encodeAttempt(attempt);
  if ('f' in encoded) return withQuiz(p, attempt.quiz, { ...rec, h: [...rec.h, encoded] });
  return withQuiz(p, attempt.quiz, { ...rec, c: encoded });
}

function changeCurrent(p: Progress, quizId: string, change: (a: Attempt) => Attempt | undefined): Progress {
  const rec = p.q[quizId];
  if (!rec?.c) return p;
  const next = change(decodeAttempt(quizId, rec.c));
  if (!next) return p;
  return withQuiz(p, quizId, { ...rec, c: encodeAttempt(next) });
}

function clampPosition(a: Attempt, position: number): number {
  return Math.min(Math.max(0, Math.trunc(position)), Math.max(0, a.questions.length - 1));
}

/** Records an answer in the attempt in progress; unknown questions are ignored. */
export function answerQuestion(
  p: Progress,
  quizId: string,
  questionId: string,
  answer: Answer,
  position?: number,
): Progress {
  return changeCurrent(p, quizId, (a) => {
    if (!a.questions.includes(questionId)) return undefined;
    const next = { ...a, answers: { ...a.answers, [questionId]: answer } };
    if (position !== undefined) next.position = clampPosition(a, position);
    return next;
  });
}

export function setPosition(p: Progress, quizId: string, position: number): Progress {
  return changeCurrent(p, quizId, (a) => {
    const pos = clampPosition(a, position);
    return pos === a.position ? undefined : { ...a, position: pos };
  });
}

export interface AttemptResult {
  /** Submitted (ms). */
  finished: number;
  score: number;
  percent: number;
  passed: boolean;
}

/** Moves the attempt in progress into the history with its result. */
export function finishAttempt(p: Progress, quizId: string, result: AttemptResult): Progress {
  const rec = p.q[quizId];
  if (!rec?.c) return p;
  const done = encodeAttempt({ ...decodeAttempt(quizId, rec.c), ...result }) as FinishedAttemptRecord;
  return withQuiz(p, quizId, { h: [...rec.h, done] });
}

export function abandonAttempt(p: Progress, quizId: string): Progress {
  const rec = p.q[quizId];
  if (!rec?.c) return p;
  return withQuiz(p, quizId, { h: rec.h });
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

// ---------------------------------------------------------------- assignments, name, preferences

/** Adds an assignment, or replaces the one with the same id. */
export function acceptAssignment(p: Progress, assignment: Assignment): Progress {
  const as = p.as.filter((a) => a.id !== assignment.id);
  return { ...p, as: [...as, { ...assignment, items: [...assignment.items] }] };
}

/**
 * Sets the name shown on certificates. Angle brackets are removed (the name is only ever
 * rendered as text, but a stored name must never look like markup); empty clears it.
 */
export function setName(p: Progress, name: string): Progress {
  const clean = name.replace(/[<>]/g, '').replace(/\s+/g, ' ').trim().slice(0, 80).trim();
  if ((p.n ?? '') === clean) return p;
  const { n: _old, ...rest } = p;
  return clean ? { ...rest, n: clean } : rest;
}

/** Sets a preference; `undefined` removes it. */
export function setPreference(p: Progress, key: string, value: PreferenceValue | undefined): Progress {
  const pr = { ...p.pr };
  if (value === undefined) delete pr[key];
  else pr[key] = value;
  return { ...p, pr };
}

// ---------------------------------------------------------------- merge and compaction

const attemptKey = (r: AttemptRecord): string => `${r.t}:${r.s}:${r.v}`;

function mergeLessons(a: LessonRecord | undefined, b: LessonRecord | undefined): LessonRecord {
  if (!a) return b as LessonRecord;
  if (!b) return a;
  const out: LessonRecord = { o: Math.min(a.o, b.o) };
  const c = [a.c, b.c].filter((x): x is number => x !== undefined);
  if (c.length) out.c = Math.min(...c);
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

// ---------------------------------------------------------------- summaries (import preview)

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
    quizzesPassed: quizzes.filter((r) => r.h.some((a) => a.r[2] === 1)).length,
    attemptsInProgress: quizzes.filter((r) => r.c).length,
    assignments: p.as.length,
  };
  if (p.n !== undefined) s.name = p.n;
  return s;
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
