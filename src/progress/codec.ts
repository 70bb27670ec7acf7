/**
 * Turning stored text into a validated `Progress` document, and back. Never throws.
 *
 * Versions:
 * - v0, "pre-release": the shape used while the course was prototyped (readable keys,
 *   times in milliseconds, one flat list of attempts). No release wrote it; it exists so
 *   the migration path is exercised by a real fixture from day one. See
 *   tests/fixtures/progress/README.md.
 * - v1: `src/schemas/progress.ts`.
 *
 * To add v2: bump PROGRESS_VERSION, write `migrations[1]` (v1 → v2), and add a v1
 * fixture to tests/fixtures/progress/.
 */
import { PROGRESS_VERSION, progressSchema, type Progress } from '../schemas/progress';
import { check } from '../schemas/runtime';

export type Decoded =
  | { kind: 'ok'; progress: Progress; migratedFrom?: number }
  | { kind: 'corrupt'; reason: string }
  | { kind: 'newer'; version: number };

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Finds a `__proto__`, `constructor` or `prototype` key anywhere in parsed JSON.
 * JSON.parse makes them own properties (harmless by themselves), but any later spread or
 * assignment could turn one into a prototype change, so such documents are refused whole.
 */
export function findForbiddenKey(value: unknown, depth = 0): string | undefined {
  if (depth > 64) return 'nesting too deep';
  if (value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const bad = findForbiddenKey(item, depth + 1);
      if (bad) return bad;
    }
    return undefined;
  }
  for (const key of Object.keys(value)) {
    if (FORBIDDEN.has(key)) return key;
    const bad = findForbiddenKey((value as Record<string, unknown>)[key], depth + 1);
    if (bad) return bad;
  }
  return undefined;
}

function versionOf(doc: unknown): number | undefined {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return undefined;
  const d = doc as { v?: unknown; version?: unknown };
  const v = 'v' in d ? d.v : d.version;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined;
}

const sec = (ms: unknown): number => Math.floor(Number(ms) / 1000);

/** v0 → v1. Input is untrusted; anything odd throws and the caller reports it as corrupt. */
function migrate0(doc: Record<string, unknown>): unknown {
  const lessons = (doc['lessons'] ?? {}) as Record<string, { openedAt: number; completedAt?: number }>;
  const attempts = (doc['attempts'] ?? []) as Array<Record<string, unknown>>;
  if (typeof lessons !== 'object' || !Array.isArray(attempts)) throw new Error('v0 shape');
  const l: Record<string, unknown> = {};
  for (const [id, rec] of Object.entries(lessons)) {
    l[id] =
      rec.completedAt === undefined ? { o: sec(rec.openedAt) } : { o: sec(rec.openedAt), c: sec(rec.completedAt) };
  }
  const q: Record<string, { h: unknown[]; c?: unknown }> = {};
  const sorted = [...attempts].sort((a, b) => Number(a['started']) - Number(b['started']));
  for (const a of sorted) {
    const quiz = String(a['quiz']);
    const rec = (q[quiz] ??= { h: [] });
    const encoded = encodeAttemptLoose(a);
    if (a['finished'] === undefined) rec.c = encoded;
    else rec.h.push(encoded);
  }
  const out: Record<string, unknown> = { v: 1, pr: {}, l, q, as: [] };
  if (typeof doc['name'] === 'string' && doc['name'] !== '') out['n'] = doc['name'];
  return out;
}

/** Encodes a v0 attempt object (readable keys, ms) the same way `encodeAttempt` does. */
function encodeAttemptLoose(a: Record<string, unknown>): Record<string, unknown> {
  const questions = a['questions'] as string[];
  const answers = a['answers'] as Record<string, unknown>;
  const ordered: Record<string, unknown> = {};
  for (const id of questions) if (id in answers) ordered[id] = answers[id];
  const out: Record<string, unknown> = { v: a['version'], s: a['seed'], t: sec(a['started']) };
  const keys = Object.keys(ordered);
  if (keys.length !== questions.length || keys.some((k, i) => k !== questions[i])) out['q'] = questions;
  out['a'] = ordered;
  if (a['position']) out['p'] = a['position'];
  if (a['finished'] !== undefined) {
    out['f'] = sec(a['finished']);
    out['r'] = [a['score'] ?? 0, a['percent'] ?? 0, a['passed'] ? 1 : 0];
  }
  return out;
}

const migrations: Record<number, (doc: Record<string, unknown>) => unknown> = { 0: migrate0 };

/** Validates an already-parsed value (from storage, another tab or an import). */
export function decodeValue(doc: unknown): Decoded {
  const version = versionOf(doc);
  if (version === undefined) return { kind: 'corrupt', reason: 'not a progress document' };
  if (version > PROGRESS_VERSION) return { kind: 'newer', version };
  const forbidden = findForbiddenKey(doc);
  if (forbidden) return { kind: 'corrupt', reason: `it contains a "${forbidden}" key` };
  let current: unknown = doc;
  try {
    for (let v = version; v < PROGRESS_VERSION; v++) {
      const step = migrations[v];
      if (!step) return { kind: 'corrupt', reason: `no way to update version ${v}` };
      current = step(current as Record<string, unknown>);
    }
  } catch {
    return { kind: 'corrupt', reason: `version ${version} data could not be updated` };
  }
  const parsed = check(progressSchema, current);
  if (!parsed.ok) return { kind: 'corrupt', reason: `${parsed.path || 'the document'}: ${parsed.message}` };
  return version === PROGRESS_VERSION
    ? { kind: 'ok', progress: parsed.data }
    : { kind: 'ok', progress: parsed.data, migratedFrom: version };
}

/** Parses and validates stored text. */
export function decodeText(raw: string): Decoded {
  let doc: unknown;
  try {
    doc = JSON.parse(raw);
  } catch {
    return { kind: 'corrupt', reason: 'it is not JSON' };
  }
  return decodeValue(doc);
}

export function encodeText(p: Progress): string {
  return JSON.stringify(p);
}
