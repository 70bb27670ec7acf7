/**
 * A learner's result file for one assignment: what "Send my results" downloads and what
 * the cohort report reads. Versioned JSON, checked with the small schema library in
 * `src/schemas/mini.ts` (like the learner store) so the cohort page stays inside its JavaScript budget.
 *
 * A result file is self-reported: the learner can edit it. The schema only makes sure it
 * is well formed, so a damaged or foreign file is named and set aside, never half-read.
 */
import * as z from '../schemas/mini';
import { MAX_RESULT_BYTES, RESULT_FORMAT, RESULT_VERSION } from './result-file-format';

export { MAX_RESULT_BYTES, RESULT_FORMAT, RESULT_VERSION };

const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?Z$/;
const DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
const ITEM = new RegExp(`^(?:lesson:${SLUG}/${SLUG}|quiz:${SLUG}|module:${SLUG})$`);

const slug = z.string().check(z.maxLength(80), z.regex(new RegExp(`^${SLUG}$`)));
const iso = z.string().check(z.regex(ISO));
const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
const percent = z.number().check(z.minimum(0), z.maximum(100));

/** One scored attempt. */
const attemptSummary = z.strictObject({
  /** Percentage 0–100. */
  percent,
  /** Points scored (partial credit can give fractions). */
  score: z.number().check(z.minimum(0), z.maximum(10000)),
  /** When it was submitted. */
  date: iso,
});

export const resultFileSchema = z.strictObject({
  /** Always "dhs-result": tells a result file from any other JSON. */
  format: z.literal(RESULT_FORMAT),
  /** Format version; a higher one came from a later release of the course. */
  version: z.literal(RESULT_VERSION),
  /** The learner's name as they typed it. */
  learner: text(80),
  /** When the file was saved. */
  saved: iso,
  /** Course content version (see `courseOutline`). */
  content: z.string().check(z.maxLength(40)),
  /** The assignment, as the learner accepted it. */
  assignment: z.strictObject({
    id: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/)),
    title: text(120),
    trainer: text(80),
    due: z.optional(z.string().check(z.regex(DATE))),
    passMark: z.optional(z.int().check(z.minimum(1), z.maximum(100))),
    items: z.array(z.string().check(z.regex(ITEM))).check(z.minLength(1), z.maxLength(200)),
  }),
  /** Assigned lessons completed, with when. */
  lessons: z
    .array(
      z.strictObject({
        /** `<module>/<lesson>` */
        id: z.string().check(z.maxLength(120), z.regex(new RegExp(`^${SLUG}/${SLUG}$`))),
        completed: iso,
      }),
    )
    .check(z.maxLength(500)),
  /** Every assigned quiz, attempted or not. */
  quizzes: z
    .array(
      z.strictObject({
        id: slug,
        /** Content version of the quiz when the best attempt was taken. */
        version: z.optional(z.string().check(z.maxLength(40))),
        /** Number of finished attempts. */
        attempts: z.int().check(z.minimum(0), z.maximum(100000)),
        /** Pass mark in effect (the assignment's, else the quiz's). */
        passMark: z.int().check(z.minimum(1), z.maximum(100)),
        best: z.optional(attemptSummary),
        latest: z.optional(attemptSummary),
        /** When an attempt first reached the pass mark. */
        passedAt: z.optional(iso),
        /** Question ids answered right on the best attempt (absent when that attempt kept no answers). */
        right: z.optional(z.array(slug).check(z.maxLength(500))),
        /** Question ids answered wrong, partly right or not at all on the best attempt. */
        wrong: z.optional(z.array(slug).check(z.maxLength(500))),
      }),
    )
    .check(z.maxLength(200)),
});

export type ResultFile = z.infer<typeof resultFileSchema>;
export type ResultQuiz = ResultFile['quizzes'][number];

export type ParsedResult = { ok: true; file: ResultFile } | { ok: false; reason: string };

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

function hasForbiddenKey(value: unknown, depth = 0): boolean {
  if (depth > 20) return true;
  if (Array.isArray(value)) return value.some((v) => hasForbiddenKey(v, depth + 1));
  if (value && typeof value === 'object') {
    return Object.keys(value).some(
      (k) => FORBIDDEN.has(k) || hasForbiddenKey((value as Record<string, unknown>)[k], depth + 1),
    );
  }
  return false;
}

function describePath(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : String(p)))
    .join('.')
    .replace(/\.\[/g, '[');
}

/** Reads a result file's text. Never throws; a refusal says why in words a trainer can pass on. */
export function parseResultFile(textIn: string): ParsedResult {
  if (textIn.length > MAX_RESULT_BYTES)
    return { ok: false, reason: 'The file is over 1 MB; a result file is a few kilobytes, so it was not read.' };
  let doc: unknown;
  try {
    doc = JSON.parse(textIn.replace(/^\uFEFF/, ''));
  } catch {
    return {
      ok: false,
      reason:
        'This is not a result file: it is not JSON (a result file ends in .json and comes from "Send my results").',
    };
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc))
    return { ok: false, reason: 'This is not a result file from this course.' };
  const rec = doc as Record<string, unknown>;
  if (rec['format'] !== RESULT_FORMAT) {
    if ('v' in rec && 'l' in rec && 'q' in rec) {
      return {
        ok: false,
        reason:
          'This is a progress backup, not a result file. Ask the learner to use "Send my results" on the assignment page.',
      };
    }
    return { ok: false, reason: 'This is not a result file from this course.' };
  }
  if (typeof rec['version'] === 'number' && rec['version'] > RESULT_VERSION) {
    return {
      ok: false,
      reason:
        'This file was made by a newer version of the course. Reload this page to update it, then add the file again.',
    };
  }
  if (hasForbiddenKey(doc))
    return {
      ok: false,
      reason: 'This result file has been edited or damaged (it holds a key a result file never has).',
    };
  const parsed = resultFileSchema.safeParse(doc);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? ` (${describePath(issue.path) || 'top level'})` : '';
    return { ok: false, reason: `This result file has been edited or damaged, so it cannot be read${where}.` };
  }
  return { ok: true, file: parsed.data };
}

/** How two names are compared: case, accents' composition and spacing do not matter. */
export function learnerKey(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();
}

export interface Loaded {
  file: ResultFile;
  /** The file name it came from. */
  source: string;
}

export interface DuplicateNote {
  learner: string;
  /** The file kept (the most recently saved). */
  kept: Loaded;
  /** The other files for the same learner, set aside. */
  dropped: Loaded[];
}

/**
 * One file per learner: where several files name the same learner, the most recently
 * saved one is kept (on a tie, the one loaded last) and the others are reported.
 */
export function keepLatest(files: readonly Loaded[]): { kept: Loaded[]; duplicates: DuplicateNote[] } {
  const groups = new Map<string, Loaded[]>();
  for (const f of files) {
    const key = learnerKey(f.file.learner);
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const kept: Loaded[] = [];
  const duplicates: DuplicateNote[] = [];
  for (const group of groups.values()) {
    let latest = group[0] as Loaded;
    for (const f of group) if (Date.parse(f.file.saved) >= Date.parse(latest.file.saved)) latest = f;
    kept.push(latest);
    if (group.length > 1)
      duplicates.push({ learner: latest.file.learner, kept: latest, dropped: group.filter((f) => f !== latest) });
  }
  return { kept, duplicates };
}
