/**
 * The xAPI State document a cmi5 package keeps for the learner, and its schema: what the
 * LRS hands back is input like any other, checked before the course believes it (kept
 * apart from cmi5.ts so tests can read it without the library).
 */
import * as v from 'valibot';
import { check } from '../schemas/runtime';

/** Its stateId. */
export const STATE_ID = 'https://w3id.org/xapi/dhs/state/progress';

export const savedStateSchema = v.strictObject({
  /** The progress code (`dhs1.` and base64url, at most SCORM 2004's 64,000 characters). */
  progress: v.optional(v.pipe(v.string(), v.maxLength(64_000), v.regex(/^dhs1\.[A-Za-z0-9_-]+$/))),
  /** The page the learner was on, relative to the launcher. */
  location: v.optional(v.pipe(v.string(), v.maxLength(1000))),
  /** Once-only verbs already sent in this registration. */
  sent: v.optional(v.pipe(v.array(v.picklist(['completed', 'passed'])), v.maxLength(2))),
});

export type SavedState = v.InferOutput<typeof savedStateSchema>;

/**
 * What the LRS returned for the State document: `{}` when there is none (a first launch),
 * the document when it passes the schema, `undefined` when it is something else (then the
 * course must not write over it).
 */
export function readSavedState(data: unknown): SavedState | undefined {
  if (data === undefined || data === null || data === '') return {};
  let value: unknown = data;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return undefined;
    }
  }
  if (Array.isArray(value)) return undefined;
  const r = check(savedStateSchema, value);
  return r.ok ? r.data : undefined;
}
