/**
 * A learner's result file for one assignment: what "Send my results" downloads and what
 * the cohort report reads. Versioned JSON, checked with valibot (like the learner store),
 * which keeps the cohort page inside its JavaScript budget.
 *
 * A result file is self-reported: the learner can edit it. The schema only makes sure it
 * is well formed, so a damaged or foreign file is named and set aside, never half-read.
 */
import * as v from 'valibot';
import { ISO_TIME, LESSON_ID } from '../../schemas/patterns';
import { assignmentSchema } from '../../schemas/assignment';
import { check, int, num, slug, text as maxText } from '../../schemas/runtime';
import { MAX_RESULT_BYTES, RESULT_FORMAT, RESULT_VERSION } from './result-file-format';

export { MAX_RESULT_BYTES, RESULT_FORMAT, RESULT_VERSION };

const iso = v.pipe(v.string(), v.regex(ISO_TIME));
const text = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max));
const percent = num(0, 100);

/** One scored attempt. */
const attemptSummary = v.strictObject({
  /** Percentage 0–100. */
  percent,
  /** Points scored (partial credit can give fractions). */
  score: num(0, 10000),
  /** When it was submitted. */
  date: iso,
});

export const resultFileSchema = v.strictObject({
  /** Always "dhs-result": tells a result file from any other JSON. */
  format: v.literal(RESULT_FORMAT),
  /** Format version; a higher one came from a later release of the course. */
  version: v.literal(RESULT_VERSION),
  /** The learner's name as they typed it. */
  learner: text(80),
  /** When the file was saved. */
  saved: iso,
  /** Course content version (see `courseOutline`). */
  content: maxText(40),
  /** The assignment, as the learner accepted it. */
  /** Derived from the learner store's assignment (one set of rules), without email and acceptance time. */
  assignment: v.pick(assignmentSchema, ['id', 'title', 'trainer', 'due', 'passMark', 'items']),
  /** Assigned lessons completed, with when. */
  lessons: v.pipe(
    v.array(
      v.strictObject({
        /** `<module>/<lesson>` */
        id: v.pipe(v.string(), v.maxLength(120), v.regex(LESSON_ID)),
        completed: iso,
      }),
    ),
    v.maxLength(500),
  ),
  /** Every assigned quiz, attempted or not. */
  quizzes: v.pipe(
    v.array(
      v.strictObject({
        id: slug,
        /** Content version of the quiz when the best attempt was taken. */
        version: v.optional(maxText(40)),
        /** Number of finished attempts. */
        attempts: int(0, 100000),
        /** Pass mark in effect (the assignment's, else the quiz's). */
        passMark: int(1, 100),
        best: v.optional(attemptSummary),
        latest: v.optional(attemptSummary),
        /** When an attempt first reached the pass mark. */
        passedAt: v.optional(iso),
        /** Question ids answered right on the best attempt (absent when that attempt kept no answers). */
        right: v.optional(v.pipe(v.array(slug), v.maxLength(500))),
        /** Question ids answered wrong, partly right or not at all on the best attempt. */
        wrong: v.optional(v.pipe(v.array(slug), v.maxLength(500))),
      }),
    ),
    v.maxLength(200),
  ),
});

export type ResultFile = v.InferOutput<typeof resultFileSchema>;
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

/** "quizzes.0.best.percent" → "quizzes[0].best.percent". */
function describePath(path: string): string {
  return path.replace(/\.(\d+)(?=\.|$)/g, '[$1]');
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
  const parsed = check(resultFileSchema, doc);
  if (!parsed.ok) {
    const where = ` (${describePath(parsed.path) || 'top level'})`;
    return { ok: false, reason: `This result file has been edited or damaged, so it cannot be read${where}.` };
  }
  const late = laterThanSaved(parsed.data);
  if (late)
    return {
      ok: false,
      reason: `This result file has been edited or damaged: it records a lesson or quiz after the time it was saved (${late}).`,
    };
  return { ok: true, file: parsed.data };
}

/**
 * A file is written on one device, by one clock, after everything in it happened: a lesson
 * completed or an attempt made after the file was saved means the file was changed by hand
 * (and a training record would show the wrong day). A few minutes are allowed for a device
 * whose clock was corrected between the two. Returns where the first such date is.
 */
const CLOCK_SLACK_MS = 5 * 60_000;
function laterThanSaved(file: ResultFile): string | undefined {
  const saved = Date.parse(file.saved) + CLOCK_SLACK_MS;
  const dated: Array<[where: string, date: string | undefined]> = [
    ...file.lessons.map((l, i): [string, string] => [`lessons[${i}].completed`, l.completed]),
    ...file.quizzes.flatMap((q, j): Array<[string, string | undefined]> => [
      [`quizzes[${j}].best.date`, q.best?.date],
      [`quizzes[${j}].latest.date`, q.latest?.date],
      [`quizzes[${j}].passedAt`, q.passedAt],
    ]),
  ];
  return dated.find(([, date]) => date !== undefined && Date.parse(date) > saved)?.[0];
}

/** How two names are compared: case, accents' composition and spacing do not matter. */
export function learnerKey(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();
}

export interface Loaded {
  file: ResultFile;
  /** The file name it came from. */
  source: string;
  /** What was read (kept so the report can store the file it kept). */
  input?: { name: string; size: number; text?: string };
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
