/**
 * The shape of a cohort the report keeps in the trainer's browser (IndexedDB, written by
 * src/stores/kept-cohorts.ts), and how what is found there is judged. A stored cohort that
 * a later release wrote, that is damaged, or that the browser has cleared is reported,
 * never dropped in silence. Pure; the store does the reading and writing.
 */
import * as v from 'valibot';
import { ASSIGNMENT_ID, ISO_TIME } from '../../schemas/patterns';
import { check, int } from '../../schemas/runtime';
import { MAX_RESULT_BYTES } from './result-file-format';

export const KEPT_VERSION = 1;

const keptFileSchema = v.strictObject({
  /** The file name, or "Result code from …" for a pasted code. */
  name: v.pipe(v.string(), v.maxLength(300)),
  size: int(0, MAX_RESULT_BYTES),
  /** The result file's JSON text, exactly as read. */
  text: v.pipe(v.string(), v.maxLength(MAX_RESULT_BYTES)),
});

export const keptCohortSchema = v.strictObject({
  /** Format version of this record. */
  v: v.literal(KEPT_VERSION),
  /** The assignment id the files are for (also the key). */
  id: v.pipe(v.string(), v.regex(ASSIGNMENT_ID)),
  /** The assignment's title, to name the cohort before anything is parsed. */
  title: v.pipe(v.string(), v.maxLength(120)),
  /** The assignment link's code when the report was opened from one. */
  link: v.optional(v.pipe(v.string(), v.maxLength(8000), v.regex(/^[A-Za-z0-9_-]*$/))),
  /** One file per learner (the newest). */
  files: v.pipe(v.array(keptFileSchema), v.maxLength(2000)),
  /** When it was last saved. */
  saved: v.pipe(v.string(), v.regex(ISO_TIME)),
});

export type KeptCohort = v.InferOutput<typeof keptCohortSchema>;

/** What the small index beside the store remembers, so a cleared store can be noticed. */
export interface KeptIndexEntry {
  title: string;
  files: number;
  saved: string;
}

export type KeptState =
  | { kind: 'none' }
  | { kind: 'ok'; cohort: KeptCohort }
  /** The index says files were kept, the store has none: the browser cleared them. */
  | { kind: 'evicted'; entry: KeptIndexEntry }
  /** Written by a later release of the course. */
  | { kind: 'newer' }
  /** Not a cohort this release can read. */
  | { kind: 'damaged' }
  /** This browser keeps nothing (private window, storage switched off). */
  | { kind: 'unavailable' };

export function judgeKept(raw: unknown, entry: KeptIndexEntry | undefined): KeptState {
  if (raw === undefined || raw === null)
    return entry && entry.files > 0 ? { kind: 'evicted', entry } : { kind: 'none' };
  if (
    typeof raw === 'object' &&
    typeof (raw as { v?: unknown }).v === 'number' &&
    (raw as { v: number }).v > KEPT_VERSION
  )
    return { kind: 'newer' };
  const r = check(keptCohortSchema, raw);
  return r.ok ? { kind: 'ok', cohort: r.data } : { kind: 'damaged' };
}

/** Reads the index's JSON; anything unreadable counts as empty (it only helps notice a cleared store). */
export function parseKeptIndex(text: string | null): Record<string, KeptIndexEntry> {
  if (!text) return {};
  try {
    const doc = JSON.parse(text) as unknown;
    if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return {};
    const out: Record<string, KeptIndexEntry> = {};
    for (const [id, e] of Object.entries(doc as Record<string, unknown>)) {
      const x = e as Partial<KeptIndexEntry> | null;
      if (
        ASSIGNMENT_ID.test(id) &&
        x &&
        typeof x.title === 'string' &&
        typeof x.files === 'number' &&
        typeof x.saved === 'string'
      )
        out[id] = { title: x.title.slice(0, 120), files: x.files, saved: x.saved };
    }
    return out;
  } catch {
    return {};
  }
}
