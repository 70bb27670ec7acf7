/**
 * Result files the cohort report keeps in the trainer's browser, per assignment, until the
 * trainer presses "Forget these files". IndexedDB (through idb-keyval) holds the files;
 * a small index in localStorage (`dhs:cohorts`) remembers which cohorts were kept and how
 * many files each had, so a store the browser has cleared is noticed and reported.
 * Nothing leaves the device. Every function resolves, never rejects: a browser that keeps
 * nothing gives `unavailable`.
 */
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import {
  judgeKept,
  parseKeptIndex,
  type KeptCohort,
  type KeptIndexEntry,
  type KeptState,
} from '../lib/assignments/kept-cohort';

export const KEPT_INDEX_KEY = 'dhs:cohorts';
export const KEPT_DB = 'dhs-cohorts';

let db: UseStore | undefined;
function store(): UseStore | undefined {
  if (typeof indexedDB === 'undefined') return undefined;
  db ??= createStore(KEPT_DB, 'cohorts');
  return db;
}

/** Cohorts this browser says it keeps, newest first. */
export function keptIndex(): Array<{ id: string } & KeptIndexEntry> {
  return (
    Object.entries(parseKeptIndex(safeIndexText()))
      .map(([id, e]) => ({ id, ...e }))
      // ISO times sort as plain strings; localeCompare would load the browser's locale data
      // (20–45 ms the first time) as the cohort page starts.
      .sort((a, b) => (a.saved < b.saved ? 1 : a.saved > b.saved ? -1 : 0))
  );
}

function writeIndex(id: string, entry: KeptIndexEntry | undefined) {
  try {
    const all = parseKeptIndex(localStorage.getItem(KEPT_INDEX_KEY));
    if (entry) all[id] = entry;
    else delete all[id];
    localStorage.setItem(KEPT_INDEX_KEY, JSON.stringify(all));
  } catch {
    // The index only helps notice a cleared store; the files themselves are in IndexedDB.
  }
}

export async function loadKept(id: string): Promise<KeptState> {
  const s = store();
  if (!s) return { kind: 'unavailable' };
  const entry = parseKeptIndex(safeIndexText())[id];
  try {
    return judgeKept(await get(id, s), entry);
  } catch {
    return { kind: 'unavailable' };
  }
}

function safeIndexText(): string | null {
  try {
    return localStorage.getItem(KEPT_INDEX_KEY);
  } catch {
    return null;
  }
}

/** Saves the cohort; false when the browser refused (full, private window). */
export async function saveKept(cohort: KeptCohort): Promise<boolean> {
  const s = store();
  if (!s) return false;
  try {
    await set(cohort.id, cohort, s);
    writeIndex(cohort.id, { title: cohort.title, files: cohort.files.length, saved: cohort.saved });
    // Ask the browser not to clear these under storage pressure; it may say no, which is fine.
    void navigator.storage?.persist?.().catch(() => false);
    return true;
  } catch {
    return false;
  }
}

export async function forgetKept(id: string): Promise<void> {
  writeIndex(id, undefined);
  const s = store();
  if (!s) return;
  try {
    await del(id, s);
  } catch {
    // Nothing more can be done; the index no longer lists it.
  }
}
