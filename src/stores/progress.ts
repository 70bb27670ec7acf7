/**
 * The learner's progress: one validated, versioned document in localStorage under
 * `dhs:progress`, held in the `progress` atom and kept in step with other tabs.
 *
 * Why not @nanostores/persistent's `persistentAtom`: it writes on every `set` and decides
 * its storage once, at import. This store must (1) leave a corrupt or newer value in
 * storage untouched until the learner has chosen what to do, while still letting them use
 * the course in memory; (2) catch `setItem` failures, compact and retry, and otherwise
 * keep the old value intact; (3) ignore garbage from another tab instead of decoding it
 * into the atom; and (4) find storage only in a browser, lazily. `persistentAtom`'s
 * encode/decode hooks cannot refuse a write or report a status, so this is a thin layer
 * on a plain `atom` plus the `storage` event, in the same spirit (same atom API, same
 * cross-tab behaviour, same test approach: swap the engine, then `cleanStores`).
 *
 * Components only read `progress` and call `update(fn)` with a pure function from
 * `src/progress/model.ts`; nothing else writes.
 */
import { atom, onMount } from 'nanostores';
import { progressSchema, type Progress } from '../schemas/progress';
import { check } from '../schemas/runtime';
import { decodeText, encodeText } from '../progress/codec';
import { compactProgress, emptyProgress, isEmptyProgress } from '../progress/model';
import { isQuotaError, resolveEngine, type StorageEngine } from './storage-engine';

export * from '../progress/model';
export type { Progress } from '../schemas/progress';

/** The one storage key this course uses. */
export const STORAGE_KEY = 'dhs:progress';

export interface StorageStatus {
  /**
   * - ok: progress is saved
   * - unavailable: storage is switched off; progress lasts until the tab closes
   * - full: the last change could not be saved (storage full even after compaction)
   * - corrupt: the saved value could not be read; it is left alone until the learner acts
   * - newer: a later release saved progress; this page will not overwrite it
   */
  kind: 'ok' | 'unavailable' | 'full' | 'corrupt' | 'newer';
  /** For `corrupt`: exactly the text found in storage. */
  found?: string;
  /** Whether the browser promised not to evict storage; `undefined` until known or where unsupported. */
  persistent?: boolean | undefined;
}

/** The current progress document. Read it; change it only through `update`. */
export const progress = atom<Progress>(emptyProgress());

/** Drives the storage notices. */
export const storageStatus = atom<StorageStatus>({ kind: 'ok' });

interface Session {
  engine: StorageEngine;
  /** Writes are held back while a corrupt or newer value sits in storage. */
  blocked: boolean;
  /** The text this tab last read or wrote, to skip echoes and detect missed changes. */
  lastRaw: string | null;
  askedPersist: boolean;
}

let session: Session | undefined;

function setStatus(kind: StorageStatus['kind'], found?: string): void {
  const { persistent } = storageStatus.get();
  const next: StorageStatus = { kind };
  if (found !== undefined) next.found = found;
  if (persistent !== undefined) next.persistent = persistent;
  const cur = storageStatus.get();
  if (cur.kind !== next.kind || cur.found !== next.found || cur.persistent !== next.persistent) storageStatus.set(next);
}

function setPersistent(value: boolean): void {
  const cur = storageStatus.get();
  if (cur.persistent !== value) storageStatus.set({ ...cur, persistent: value });
}

/**
 * Applies text read from storage. On first load a bad value leaves an empty document; from
 * another tab it leaves the progress this tab already has (never wiped by garbage).
 */
function applyRaw(s: Session, raw: string | null, fromOtherTab: boolean): void {
  s.lastRaw = raw;
  if (raw === null) {
    s.blocked = false;
    if (fromOtherTab) progress.set(emptyProgress());
    setStatus('ok');
    return;
  }
  const decoded = decodeText(raw);
  if (decoded.kind === 'ok') {
    s.blocked = false;
    progress.set(decoded.progress);
    setStatus('ok');
  } else {
    s.blocked = true;
    if (decoded.kind === 'corrupt') setStatus('corrupt', raw);
    else setStatus('newer');
  }
}

function onStorage(key: string | null, newValue: string | null): void {
  const s = session;
  if (!s || (key !== null && key !== STORAGE_KEY)) return;
  if (newValue === s.lastRaw) return;
  applyRaw(s, newValue, true);
}

function askPersisted(s: Session): void {
  const p = s.engine.persistence;
  if (!p) return;
  p.persisted().then(setPersistent, () => {});
}

/** Asks once, after the first successful save, so a browser that prompts does so only when there is something to keep. */
function askPersist(s: Session): void {
  const p = s.engine.persistence;
  if (!p || s.askedPersist || storageStatus.get().persistent) return;
  s.askedPersist = true;
  p.persist().then(setPersistent, () => {});
}

/** Reads storage once per page (or again after a test swaps the engine). No-op during the build. */
function load(): Session | undefined {
  if (session) return session;
  const engine = resolveEngine();
  if (!engine) return undefined;
  const s: Session = { engine, blocked: false, lastRaw: null, askedPersist: false };
  session = s;
  if (!engine.storage) {
    setStatus('unavailable');
  } else {
    let raw: string | null;
    try {
      raw = engine.storage.getItem(STORAGE_KEY);
    } catch {
      engine.storage = null;
      setStatus('unavailable');
      return s;
    }
    applyRaw(s, raw, false);
  }
  askPersisted(s);
  return s;
}

/**
 * Catches up with storage when this page may have missed a change: remounted after every
 * island let go, restored from the back/forward cache, or about to write.
 */
function catchUp(s: Session): void {
  if (!s.engine.storage || s.blocked) return;
  try {
    const raw = s.engine.storage.getItem(STORAGE_KEY);
    if (raw !== s.lastRaw) applyRaw(s, raw, true);
  } catch {
    /* keep what we have */
  }
}

function connect(): (() => void) | undefined {
  const existed = session !== undefined;
  const s = load();
  if (!s) return undefined;
  if (existed) catchUp(s);
  const stopStorage = s.engine.listen(onStorage);
  const stopRestore = s.engine.onRestore?.(() => catchUp(s));
  return () => {
    stopStorage();
    stopRestore?.();
  };
}

onMount(progress, connect);

/** Forgets what was loaded so the next use reads storage again (tests swap engines with this). */
export function resetProgressSession(): void {
  session = undefined;
  progress.set(emptyProgress());
  storageStatus.set({ kind: 'ok' });
}

// A page with only the notice must still load progress to know the status.
onMount(storageStatus, () => progress.listen(() => {}));

function save(s: Session, next: Progress): void {
  const storage = s.engine.storage;
  if (!storage || s.blocked) return;
  const text = encodeText(next);
  try {
    storage.setItem(STORAGE_KEY, text);
    s.lastRaw = text;
    setStatus('ok');
    askPersist(s);
    return;
  } catch (e) {
    if (!isQuotaError(e)) {
      setStatus('unavailable');
      return;
    }
  }
  const compacted = compactProgress(next);
  const smaller = encodeText(compacted);
  if (smaller.length < text.length) {
    try {
      storage.setItem(STORAGE_KEY, smaller);
      s.lastRaw = smaller;
      // The page now shows what was saved.
      progress.set(compacted);
      setStatus('ok');
      return;
    } catch {
      /* still full */
    }
  }
  // setItem failed, so the value saved before is intact; this tab keeps the newer state in memory.
  setStatus('full');
}

/**
 * Applies a pure change and saves it. A change that would produce an invalid document is
 * refused (and logged), so storage never holds something the next read would reject.
 */
export function update(fn: (p: Progress) => Progress): void {
  const s = load();
  // Never write from a stale copy: a page back from the back/forward cache, or one that
  // missed a storage event, first takes what another page saved meanwhile.
  if (s) catchUp(s);
  const current = progress.get();
  const next = fn(current);
  if (next === current) return;
  if (!check(progressSchema, next).ok) {
    console.error('progress: refused a change that would not pass the schema');
    return;
  }
  progress.set(next);
  if (s) save(s, next);
}

/**
 * The learner has seen (or downloaded) the unreadable value: stop protecting it and save
 * this tab's progress over it ("Start afresh", or after "Download what was found").
 */
export function setAsideFound(): void {
  const s = load();
  if (!s || storageStatus.get().kind !== 'corrupt') return;
  s.blocked = false;
  setStatus('ok');
  save(s, progress.get());
}

export { isEmptyProgress };
