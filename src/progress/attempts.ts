/**
 * Changing attempts in a progress document: start one, answer, move, finish, abandon. Each
 * change is made by the quiz core's own functions (src/quiz/attempt.ts) on the decoded
 * attempt and stored again, so the quiz page and the store follow the same rules. Pure,
 * like progress-model.ts; the quiz page loads this, lesson pages do not.
 */
import { answer as answerAttempt, goTo } from '../quiz/attempt';
import type { Answer, Attempt } from '../quiz/types';
import type { FinishedAttemptRecord, OpenAttemptRecord, Progress, QuizRecord } from '../schemas/progress';
import { decodeAttempt } from './model';

type AttemptRecord = OpenAttemptRecord | FinishedAttemptRecord;

const sec = (ms: number): number => Math.max(0, Math.floor(ms / 1000));

function withQuiz(p: Progress, quizId: string, rec: QuizRecord | undefined): Progress {
  const q = { ...p.q };
  if (rec === undefined || (rec.h.length === 0 && rec.c === undefined)) delete q[quizId];
  else q[quizId] = rec;
  return { ...p, q };
}

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
  if (a.finished === undefined) {
    if (a.draft && a.questions.includes(a.draft.question) && a.answers[a.draft.question] === undefined)
      rec.d = [a.draft.question, a.draft.value];
    return rec;
  }
  return { ...rec, f: sec(a.finished), r: [a.score ?? 0, a.percent ?? 0, a.passed ? 1 : 0] };
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

/** Records an answer in the attempt in progress (the core's `answer`); unknown questions are ignored. */
export function answerQuestion(
  p: Progress,
  quizId: string,
  questionId: string,
  answer: Answer,
  position?: number,
): Progress {
  return changeCurrent(p, quizId, (a) => {
    const next = answerAttempt(a, questionId, answer);
    if (next === a) return undefined;
    return position === undefined ? next : goTo(next, position);
  });
}

/**
 * Keeps a choice made but not yet checked (practice) with the attempt in progress, so a
 * reload puts it back; `undefined` forgets it. A question already answered keeps no draft.
 */
export function keepDraft(p: Progress, quizId: string, questionId: string, value: Answer | undefined): Progress {
  return changeCurrent(p, quizId, (a) => {
    if (value === undefined) {
      if (!a.draft) return undefined;
      const { draft: _draft, ...rest } = a;
      return rest;
    }
    if (!a.questions.includes(questionId) || a.answers[questionId] !== undefined) return undefined;
    return { ...a, draft: { question: questionId, value: Array.isArray(value) ? [...value] : value } };
  });
}

/** Moves the attempt in progress to a question (the core's `goTo`, clamped). */
export function setPosition(p: Progress, quizId: string, position: number): Progress {
  return changeCurrent(p, quizId, (a) => {
    const next = goTo(a, position);
    return next === a ? undefined : next;
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
