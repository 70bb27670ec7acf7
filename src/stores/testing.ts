/**
 * An in-memory storage engine for unit tests of the store and of islands that use it
 * (never imported by pages). Like @nanostores/persistent's `useTestStorageEngine` and
 * `setTestStorageKey`, plus switches for the failures browsers produce.
 *
 *   const storage = useTestStorage();           // before each test
 *   storage.otherTab('dhs:progress', text);     // play another tab
 *   cleanStores(progress, storageStatus);       // after each test
 */
import { resetProgressSession } from './progress';
import { setStorageEngine, type Persistence, type StorageEngine } from './storage-engine';

export interface TestStorage {
  /** What is stored, by key. */
  data: Map<string, string>;
  /** Make the `localStorage` getter throw (storage switched off). Takes effect on the next load. */
  unavailable: boolean;
  /** Largest total size (characters) `setItem` accepts before throwing QuotaExceededError. */
  quota: number;
  /** Every successful `setItem` value, in order. */
  writes: string[];
  /** Set the value as another tab would, firing this tab's storage listener. `undefined` removes it. */
  otherTab(key: string, value: string | undefined): void;
  /** Set the value as another page would while this one sat in the back/forward cache (no event). */
  whileFrozen(key: string, value: string): void;
  /** Bring this page back from the back/forward cache (`pageshow` with `persisted`). */
  restore(): void;
  /** Answers `navigator.storage.persist()`; `undefined` leaves the API out. */
  persistAnswer: boolean | undefined;
  persistCalls: number;
}

class QuotaExceededError extends Error {
  override name = 'QuotaExceededError';
  code = 22;
}

export function useTestStorage(initial: Record<string, string> = {}): TestStorage {
  const listeners = new Set<(key: string | null, value: string | null) => void>();
  const restored = new Set<() => void>();
  let persisted = false;
  const t: TestStorage = {
    data: new Map(Object.entries(initial)),
    unavailable: false,
    quota: Infinity,
    writes: [],
    persistAnswer: true,
    persistCalls: 0,
    otherTab(key, value) {
      if (value === undefined) t.data.delete(key);
      else t.data.set(key, value);
      for (const l of [...listeners]) l(key, value ?? null);
    },
    whileFrozen(key, value) {
      t.data.set(key, value);
    },
    restore() {
      for (const r of [...restored]) r();
    },
  };
  const storage = {
    getItem: (key: string) => t.data.get(key) ?? null,
    setItem(key: string, value: string) {
      let size = key.length + value.length;
      for (const [k, v] of t.data) if (k !== key) size += k.length + v.length;
      if (size > t.quota) throw new QuotaExceededError('quota');
      t.data.set(key, String(value));
      t.writes.push(String(value));
    },
  };
  setStorageEngine((): StorageEngine => {
    const persistence: Persistence | undefined =
      t.persistAnswer === undefined
        ? undefined
        : {
            persisted: () => Promise.resolve(persisted),
            persist: () => {
              t.persistCalls++;
              persisted = t.persistAnswer ?? false;
              return Promise.resolve(persisted);
            },
          };
    return {
      storage: t.unavailable ? null : storage,
      persistence,
      listen(cb) {
        listeners.add(cb);
        return () => listeners.delete(cb);
      },
      onRestore(cb) {
        restored.add(cb);
        return () => restored.delete(cb);
      },
    };
  });
  resetProgressSession();
  return t;
}

/** Back to the browser engine (or none, in Node). */
export function useBrowserStorage(): void {
  setStorageEngine(undefined);
  resetProgressSession();
}
