/**
 * The learner's progress document, exactly as it is stored in the browser (version 1).
 *
 * This schema runs in the browser on every read (first load, other tabs' storage events,
 * imports), so it uses the tiny zod-like library in `./mini` (about 1 KB) rather than zod
 * itself, to stay inside the page JavaScript budgets. Content schemas use full zod at build time; nothing here is shared
 * with them except the id rules, repeated as plain regular expressions so that importing
 * this file never pulls `astro/zod` into a page.
 *
 * The stored shape is compact on purpose (short keys, times in whole seconds, an attempt's
 * question order left out when its answers already list the questions in order): readers
 * never see it, they use the helpers in `src/stores/progress.ts`, which return the shared
 * `Attempt` type from `src/quiz/types.ts`.
 *
 * Every record key is checked by a pattern, so `__proto__`, `constructor` or `prototype`
 * can never be a key anywhere in a valid document.
 */
import * as z from './mini';

/** The version this release writes. A document with a higher `v` came from a later release. */
export const PROGRESS_VERSION = 1;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SLUG_SRC = '[a-z0-9]+(?:-[a-z0-9]+)*';
const LESSON_ID = new RegExp(`^${SLUG_SRC}/${SLUG_SRC}$`);
/** A knowledge-check reference: `quiz-id:question-id`, or just `question-id` (see `saveKnowledgeCheck`). */
const CHECK_REF = new RegExp(`^(?:${SLUG_SRC}:)?${SLUG_SRC}$`);
const ITEM = new RegExp(`^(?:lesson:${SLUG_SRC}/${SLUG_SRC}|quiz:${SLUG_SRC}|module:${SLUG_SRC})$`);
const DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
/** Text a page shows (names, titles) must not carry markup; the UI only renders text, but imports are checked anyway. */
const NO_MARKUP = /^[^<>]*$/;

const slug = z.string().check(z.maxLength(80), z.regex(SLUG));
const lessonId = z.string().check(z.maxLength(120), z.regex(LESSON_ID));
const checkRef = z.string().check(z.maxLength(120), z.regex(CHECK_REF));
/** Whole seconds since 1970 (UTC). */
const seconds = z.int().check(z.minimum(0), z.maximum(1e11));
const plainText = (max: number) =>
  z.string().check(z.minLength(1), z.maxLength(max), z.regex(NO_MARKUP, 'must not contain < or >'));

/** A learner's answer (see `Answer` in src/quiz/types.ts): an option id, option ids, true/false, or typed text. */
export const answerSchema = z.union([
  z.string().check(z.maxLength(200)),
  z.array(z.string().check(z.maxLength(80))).check(z.maxLength(12)),
  z.boolean(),
]);

/** Answers by question id. */
const answersSchema = z.record(slug, answerSchema);

/** Progress in one lesson. */
export const lessonRecordSchema = z.strictObject({
  /** First opened (seconds). */
  o: seconds,
  /** Completed (seconds); absent while not completed. */
  c: z.optional(seconds),
  /** Knowledge-check answers by reference; `question-id` alone means the quiz named like the lesson's module. */
  k: z.optional(z.record(checkRef, answerSchema)),
});

const attemptCommon = {
  /** Content version of the quiz bank when the attempt started. */
  v: z.string().check(z.maxLength(40)),
  /** Seed for the shuffled order. */
  s: z.int().check(z.minimum(0), z.maximum(2 ** 53)),
  /** Started (seconds). */
  t: seconds,
  /**
   * Question ids in the order shown; left out when they are exactly the keys of `a`, in
   * order (every question answered), which saves repeating every id.
   */
  q: z.optional(z.array(slug).check(z.maxLength(200))),
  /** Answers by question id, in question order. Absent in a compacted attempt (summary only). */
  a: z.optional(answersSchema),
  /** Index of the current question; absent means 0. */
  p: z.optional(z.int().check(z.minimum(0), z.maximum(199))),
  /** 1 when the attempt covers only some questions (retry or recap): practice, never a pass or a best score. */
  x: z.optional(z.literal(1)),
};

/** An attempt in progress. */
export const openAttemptSchema = z.strictObject(attemptCommon);

/** A finished attempt. */
export const finishedAttemptSchema = z.strictObject({
  ...attemptCommon,
  /** Submitted (seconds). */
  f: seconds,
  /** Result: points scored, percentage 0–100, passed (1) or not (0). */
  r: z.tuple([
    z.number().check(z.minimum(0), z.maximum(10000)),
    z.number().check(z.minimum(0), z.maximum(100)),
    z.union([z.literal(0), z.literal(1)]),
  ]),
});

/** Everything about one quiz. */
export const quizRecordSchema = z.strictObject({
  /** Finished attempts, oldest first. */
  h: z.array(finishedAttemptSchema).check(z.maxLength(2000)),
  /** The attempt in progress, if any (at most one per quiz). */
  c: z.optional(openAttemptSchema),
});

/** An assignment a trainer handed out and the learner accepted (from an assignment link). */
export const assignmentSchema = z.strictObject({
  /** Id chosen by the trainer's tool. */
  id: z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9_-]+$/)),
  /** Title shown to the learner. */
  title: plainText(120),
  /** Trainer's name or organisation. */
  trainer: plainText(80),
  /** Due date, YYYY-MM-DD. */
  due: z.optional(z.string().check(z.regex(DATE))),
  /** Pass mark in percent, overriding the quizzes' own. */
  passMark: z.optional(z.int().check(z.minimum(1), z.maximum(100))),
  /** What to do: `lesson:<module>/<lesson>`, `quiz:<quizId>` or `module:<moduleId>`. */
  items: z.array(z.string().check(z.regex(ITEM))).check(z.minLength(1), z.maxLength(200)),
  /** When the learner accepted it (epoch milliseconds). */
  accepted: z.int().check(z.minimum(0)),
});

/** A preference value: short text, a number or a switch. */
export const preferenceValueSchema = z.union([
  z.string().check(z.maxLength(40), z.regex(NO_MARKUP)),
  z.number(),
  z.boolean(),
]);

/** The whole progress document. */
export const progressSchema = z.strictObject({
  /** Schema version. */
  v: z.literal(PROGRESS_VERSION),
  /** Display name for certificates. */
  n: z.optional(plainText(80)),
  /** Preferences by key. */
  pr: z.record(slug, preferenceValueSchema),
  /** Lesson progress by lesson id (`<module>/<lesson>`). */
  l: z.record(lessonId, lessonRecordSchema),
  /** Quiz attempts by quiz id. */
  q: z.record(slug, quizRecordSchema),
  /** Accepted assignments, oldest first. */
  as: z.array(assignmentSchema).check(z.maxLength(100)),
});

export type Progress = z.infer<typeof progressSchema>;
export type LessonRecord = z.infer<typeof lessonRecordSchema>;
export type OpenAttemptRecord = z.infer<typeof openAttemptSchema>;
export type FinishedAttemptRecord = z.infer<typeof finishedAttemptSchema>;
export type QuizRecord = z.infer<typeof quizRecordSchema>;
export type Assignment = z.infer<typeof assignmentSchema>;
export type PreferenceValue = z.infer<typeof preferenceValueSchema>;
export type StoredAnswer = z.infer<typeof answerSchema>;

export const patterns = { SLUG, LESSON_ID, CHECK_REF, NO_MARKUP };
