/**
 * An assignment a trainer handed out and the learner accepted: stored in the learner's
 * progress (./progress.ts) and copied, without email and acceptance time, into the result file
 * the learner sends back (src/lib/assignments/result-file.ts). Its own module so the trainer's
 * cohort page, which reads result files, does not load the learner store's chunk.
 */
import * as v from 'valibot';
import { ASSIGNMENT_ID, DATE, ITEM } from './patterns';
import { int, plainText } from './runtime';

export const assignmentSchema = v.strictObject({
  /** Id chosen by the trainer's tool. */
  id: v.pipe(v.string(), v.regex(ASSIGNMENT_ID)),
  /** Title shown to the learner. */
  title: plainText(120),
  /** Trainer's name or organisation. */
  trainer: plainText(80),
  /** Due date, YYYY-MM-DD. */
  due: v.optional(v.pipe(v.string(), v.regex(DATE))),
  /** Pass mark in percent, overriding the quizzes' own. */
  passMark: v.optional(int(1, 100)),
  /** The trainer's email address, when the link carries one (the recipient of "Email the summary"). */
  email: v.optional(v.pipe(v.string(), v.maxLength(120), v.regex(/^[^\s@<>]+@[^\s@<>]+$/))),
  /** What to do: `lesson:<module>/<lesson>`, `quiz:<quizId>` or `module:<moduleId>`. */
  items: v.pipe(v.array(v.pipe(v.string(), v.regex(ITEM))), v.minLength(1), v.maxLength(200)),
  /** When the learner accepted it (epoch milliseconds). */
  accepted: int(0, Number.MAX_SAFE_INTEGER),
});
