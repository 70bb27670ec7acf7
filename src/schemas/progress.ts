/**
 * The learner's progress document, exactly as it is stored in the browser (version 1).
 *
 * This schema runs in the browser on every read (first load, other tabs' storage events,
 * imports), so it is written with valibot (small and tree-shaken) rather than zod, which
 * content uses at build time; the two share only the id rules in `./patterns`.
 *
 * The stored shape is compact on purpose (short keys, times in whole seconds, an attempt's
 * question order left out when its answers already list the questions in order): readers
 * never see it, they use the helpers in `src/stores/progress.ts`, which return the shared
 * `Attempt` type from `src/quiz/types.ts`.
 *
 * Every record key is checked by a pattern, so `__proto__`, `constructor` or `prototype`
 * can never be a key anywhere in a valid document.
 */
import * as v from 'valibot';
import { CHECK_REF, LESSON_ID, NO_MARKUP } from './patterns';
import { assignmentSchema } from './assignment';
import { int, num, plainText, seconds, slug, text } from './runtime';

export { assignmentSchema };

/** The version this release writes. A document with a higher `v` came from a later release. */
export const PROGRESS_VERSION = 1;

const lessonId = v.pipe(v.string(), v.maxLength(120), v.regex(LESSON_ID));
const checkRef = v.pipe(v.string(), v.maxLength(120), v.regex(CHECK_REF));

/** A learner's answer (see `Answer` in src/quiz/types.ts): an option id, option ids, true/false, or typed text. */
export const answerSchema = v.union([text(200), v.pipe(v.array(text(80)), v.maxLength(12)), v.boolean()]);

/** Answers by question id. */
const answersSchema = v.record(slug, answerSchema);

/** Progress in one lesson. */
export const lessonRecordSchema = v.strictObject({
  /** First opened (seconds). */
  o: seconds,
  /** Completed (seconds); absent while not completed. */
  c: v.optional(seconds),
  /** Knowledge-check answers by reference; `question-id` alone means the quiz named like the lesson's module. */
  k: v.optional(v.record(checkRef, answerSchema)),
  /**
   * Content version of the lesson the learner completed or last marked as read (3 base-36
   * characters, see src/lib/course/lesson-version.ts; checked as a slug, which every version is). Absent in progress saved
   * before versions existed: completed, version unknown, and never reported as changed.
   */
  h: v.optional(slug),
});

const attemptCommon = {
  /** Content version of the quiz bank when the attempt started. */
  v: text(40),
  /** Seed for the shuffled order. */
  s: int(0, 2 ** 53),
  /** Started (seconds). */
  t: seconds,
  /**
   * Question ids in the order shown; left out when they are exactly the keys of `a`, in
   * order (every question answered), which saves repeating every id.
   */
  q: v.optional(v.pipe(v.array(slug), v.maxLength(200))),
  /** Answers by question id, in question order. Absent in a compacted attempt (summary only). */
  a: v.optional(answersSchema),
  /** Index of the current question; absent means 0. */
  p: v.optional(int(0, 199)),
  /** 1 when the attempt covers only some questions (retry or recap): practice, never a pass or a best score. */
  x: v.optional(v.literal(1)),
};

/** An attempt in progress. */
export const openAttemptSchema = v.strictObject({
  ...attemptCommon,
  /** A choice made but not yet checked (practice): the question id and the answer, so a reload keeps it. */
  d: v.optional(v.strictTuple([slug, answerSchema])),
});

/** A finished attempt. */
export const finishedAttemptSchema = v.strictObject({
  ...attemptCommon,
  /** Submitted (seconds). */
  f: seconds,
  /** Result: points scored, percentage 0–100, passed (1) or not (0). */
  r: v.strictTuple([num(0, 10000), num(0, 100), v.union([v.literal(0), v.literal(1)])]),
});

/** Everything about one quiz. */
export const quizRecordSchema = v.strictObject({
  /** Finished attempts, oldest first. */
  h: v.pipe(v.array(finishedAttemptSchema), v.maxLength(2000)),
  /** The attempt in progress, if any (at most one per quiz). */
  c: v.optional(openAttemptSchema),
});

/** A preference value: short text, a number or a switch. */
export const preferenceValueSchema = v.union([
  v.pipe(v.string(), v.maxLength(40), v.regex(NO_MARKUP)),
  num(-1e15, 1e15),
  v.boolean(),
]);

/** The whole progress document. */
export const progressSchema = v.strictObject({
  /** Schema version. */
  v: v.literal(PROGRESS_VERSION),
  /** Display name for certificates. */
  n: v.optional(plainText(80)),
  /** Preferences by key. */
  pr: v.record(slug, preferenceValueSchema),
  /** Lesson progress by lesson id (`<module>/<lesson>`). */
  l: v.record(lessonId, lessonRecordSchema),
  /** Quiz attempts by quiz id. */
  q: v.record(slug, quizRecordSchema),
  /** Accepted assignments, oldest first. */
  as: v.pipe(v.array(assignmentSchema), v.maxLength(100)),
});

export type Progress = v.InferOutput<typeof progressSchema>;
export type LessonRecord = v.InferOutput<typeof lessonRecordSchema>;
export type OpenAttemptRecord = v.InferOutput<typeof openAttemptSchema>;
export type FinishedAttemptRecord = v.InferOutput<typeof finishedAttemptSchema>;
export type QuizRecord = v.InferOutput<typeof quizRecordSchema>;
export type Assignment = v.InferOutput<typeof assignmentSchema>;
export type PreferenceValue = v.InferOutput<typeof preferenceValueSchema>;
export type StoredAnswer = v.InferOutput<typeof answerSchema>;
