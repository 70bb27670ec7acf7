/**
 * Moving progress between devices: export as a JSON file or a short code, and import
 * either after validating it, with a preview and a choice of "replace" or "merge".
 * Kept apart from `progress.ts` so pages that only track progress do not load it.
 */
import type { Progress } from '../schemas/progress';
import { codeToText, isProgressCode, textToCode } from '../progress/code';
import { progress, update } from './progress';
import { decodeValue, encodeText, findForbiddenKey } from '../progress/codec';
import { mergeProgress, summarize, type ProgressSummary } from '../progress/merge';

/** The whole document as pretty JSON for a file. */
export function exportJson(p: Progress): string {
  return JSON.stringify(p, null, 1);
}

/** A short URL-safe code of the whole document. */
export function exportCode(p: Progress): Promise<string> {
  return textToCode(encodeText(p));
}

/** File name for an export: `digital-health-skills-progress-YYYY-MM-DD.json` (local date). */
export function exportFileName(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `digital-health-skills-progress-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/** Largest import accepted, in characters (and bytes for files). */
export const MAX_IMPORT = 1_000_000;

export interface ImportPreview {
  /** What this browser holds now. */
  current: ProgressSummary;
  /** What the file or code holds. */
  incoming: ProgressSummary;
  /** What "merge" would leave (what "replace" leaves is `incoming`). */
  merged: ProgressSummary;
  /** Whether the import came from an earlier version and was updated. */
  migrated: boolean;
}

export type ImportResult = { ok: true; progress: Progress; preview: ImportPreview } | { ok: false; error: string };

async function parseImportUnsafe(text: string): Promise<ImportResult> {
  if (typeof text !== 'string') return { ok: false, error: 'Nothing to import.' };
  if (text.length > MAX_IMPORT)
    return { ok: false, error: 'That file is over 1 MB, far more than any saved progress; it was not imported.' };
  let json = text.trim();
  if (json === '') return { ok: false, error: 'Nothing to import: the file or code is empty.' };
  if (isProgressCode(json)) {
    try {
      json = await codeToText(json);
    } catch (e) {
      return { ok: false, error: e instanceof Error ? e.message : 'The progress code could not be read.' };
    }
  }
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch {
    return {
      ok: false,
      error: 'This is neither a progress file nor a progress code (a code starts with "dhs1."). Nothing was changed.',
    };
  }
  const forbidden = findForbiddenKey(doc);
  if (forbidden)
    return {
      ok: false,
      error: `This file contains a "${forbidden}" key, which progress never has. Nothing was changed.`,
    };
  const decoded = decodeValue(doc);
  if (decoded.kind === 'newer') {
    return {
      ok: false,
      error: 'This progress was saved by a newer version of the course. Reload the page to get it, then try again.',
    };
  }
  if (decoded.kind === 'corrupt') {
    return { ok: false, error: `This is not progress from this course (${decoded.reason}). Nothing was changed.` };
  }
  const current = progress.get();
  return {
    ok: true,
    progress: decoded.progress,
    preview: {
      current: summarize(current),
      incoming: summarize(decoded.progress),
      merged: summarize(mergeProgress(current, decoded.progress)),
      migrated: decoded.migratedFrom !== undefined,
    },
  };
}

/** Reads a JSON file's text or a progress code. Never throws and never changes progress. */
export async function parseImport(text: string): Promise<ImportResult> {
  try {
    return await parseImportUnsafe(text);
  } catch {
    return { ok: false, error: 'That could not be read. Nothing was changed.' };
  }
}

/** Replaces this browser's progress with an import, or merges it in (see `mergeProgress`). */
export function applyImport(mode: 'replace' | 'merge', incoming: Progress): void {
  update((p) => (mode === 'replace' ? incoming : mergeProgress(p, incoming)));
}
