/**
 * Building blocks for the schemas the browser checks at run time with valibot (progress,
 * result files, assignment links), and the one way their problems are reported: the
 * first issue, with the path of the field it is about ("q.final.h.0.r"). Content is
 * checked at build time with zod instead (Astro's content collections).
 */
import * as v from 'valibot';
import { NO_MARKUP, SLUG } from './patterns';

/** A kebab-case id. */
export const slug = v.pipe(v.string(), v.maxLength(80), v.regex(SLUG));
/** Whole seconds since 1970 (UTC). */
export const seconds = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1e11));
/** A whole number between `min` and `max`. */
export const int = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
/** A number between `min` and `max` (so never NaN or infinite). */
export const num = (min: number, max: number) => v.pipe(v.number(), v.minValue(min), v.maxValue(max));
/** Text of at most `max` characters. */
export const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
/** One to `max` characters of text without < or >. */
export const plainText = (max: number) =>
  v.pipe(v.string(), v.minLength(1), v.maxLength(max), v.regex(NO_MARKUP, 'must not contain < or >'));

export type Checked<T> = { ok: true; data: T } | { ok: false; path: string; message: string };

/** Checks `value`; on failure, the first problem and where it is (a dotted path, '' at the top). */
export function check<const S extends v.GenericSchema>(schema: S, value: unknown): Checked<v.InferOutput<S>> {
  const r = v.safeParse(schema, value, { abortEarly: true });
  if (r.success) return { ok: true, data: r.output };
  const issue = r.issues[0];
  return { ok: false, path: issue.path?.map((item) => String(item.key)).join('.') ?? '', message: issue.message };
}
