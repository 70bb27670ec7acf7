/**
 * The id, date and text rules every schema shares, written once: the content schemas
 * (zod, at build time) and the run-time schemas the browser checks with valibot (progress,
 * result files, assignment links) both build on these. Plain regular expressions, so
 * importing this file never pulls a schema library into a page.
 */

/** Lower-case kebab-case: quiz, question, module and option ids, anchors. */
export const SLUG_SOURCE = '[a-z0-9]+(?:-[a-z0-9]+)*';
export const SLUG = new RegExp(`^${SLUG_SOURCE}$`);
/** A lesson id: `<module-id>/<lesson-slug>`. */
export const LESSON_ID = new RegExp(`^${SLUG_SOURCE}/${SLUG_SOURCE}$`);
/** A knowledge-check reference: `quiz-id:question-id`, or just `question-id` (see `saveKnowledgeCheck`). */
export const CHECK_REF = new RegExp(`^(?:${SLUG_SOURCE}:)?${SLUG_SOURCE}$`);
/** An assignment item: `lesson:<module>/<lesson>`, `quiz:<id>` or `module:<id>`. */
export const ITEM = new RegExp(`^(?:lesson:${SLUG_SOURCE}/${SLUG_SOURCE}|quiz:${SLUG_SOURCE}|module:${SLUG_SOURCE})$`);
/** An assignment id, chosen by the trainer's tool. */
export const ASSIGNMENT_ID = /^[A-Za-z0-9_-]{1,64}$/;
/** A calendar date, YYYY-MM-DD (see `isRealDate` for 2026-02-30). */
export const DATE = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** A UTC time as `toISOString()` writes it (seconds and milliseconds optional). */
export const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?Z$/;
/** Text a page shows (names, titles) must not carry markup; the UI only renders text, but imports are checked anyway. */
export const NO_MARKUP = /^[^<>]*$/;

/** A real calendar date (so 2026-02-30 is refused). */
export function isRealDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCDate() === Number(m[3]) && d.getUTCMonth() === Number(m[2]) - 1;
}
