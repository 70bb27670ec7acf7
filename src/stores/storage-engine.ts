/**
 * The only place that looks for the browser's storage. Everything is found lazily, on
 * first use, so importing the store during the build (Astro renders pages in Node) never
 * touches `window`, and Node 24's experimental global `localStorage` is never taken for
 * the learner's browser storage: without a `window` there is no engine at all.
 */

/**
 * Where a delivery's own entry script registers its engine, before any store reads: the
 * LMS packages load `lms/page.js` (src/lms/page-entry.ts) as the first script of every
 * page, and it sets `window.dhsStorageEngine` to a function making the engine. The store
 * never imports the delivery that uses it.
 */
export const ENGINE_GLOBAL = 'dhsStorageEngine';

/** What a delivery registers under {@link ENGINE_GLOBAL}. */
export type EngineFactory = () => StorageEngine | undefined;

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface Persistence {
  persisted(): Promise<boolean>;
  persist(): Promise<boolean>;
}

export interface StorageEngine {
  /** `null` when storage is switched off or throws on access (private modes, blocked cookies). */
  storage: KeyValueStorage | null;
  /** Calls back on another tab's change; `key` is `null` when that tab cleared all storage. */
  listen(onChange: (key: string | null, newValue: string | null) => void): () => void;
  /** `navigator.storage`, where the browser has it. */
  persistence?: Persistence | undefined;
  /**
   * Calls back when the page comes back from the back/forward cache (`pageshow` with
   * `persisted`, as @nanostores/persistent listens for it): storage events were missed
   * while it was frozen, so what it holds may be stale.
   */
  onRestore?: ((callback: () => void) => () => void) | undefined;
}

let factory: (() => StorageEngine | undefined) | undefined;

/** Replaces the browser engine (tests); `undefined` restores it. */
export function setStorageEngine(make: (() => StorageEngine | undefined) | undefined): void {
  factory = make;
}

/** The engine a delivery registered on the page (see {@link ENGINE_GLOBAL}), if any. */
function injectedEngine(win: Window): EngineFactory | undefined {
  const found = (win as unknown as Record<string, unknown>)[ENGINE_GLOBAL];
  return typeof found === 'function' ? (found as EngineFactory) : undefined;
}

function browserEngine(): StorageEngine | undefined {
  if (typeof window === 'undefined') return undefined;
  const injected = injectedEngine(window);
  if (injected) return injected();
  // A page marked as delivered by an LMS whose engine did not arrive keeps nothing in this
  // browser: the LMS is the record there, so the store works for the visit only.
  if (window.document?.documentElement.dataset['delivery'] === 'lms') return { storage: null, listen: () => () => {} };
  let storage: KeyValueStorage | null = null;
  try {
    // The getter itself throws when storage is blocked.
    storage = window.localStorage ?? null;
  } catch {
    storage = null;
  }
  let persistence: Persistence | undefined;
  try {
    const s = typeof navigator !== 'undefined' ? navigator.storage : undefined;
    if (s && typeof s.persist === 'function' && typeof s.persisted === 'function') persistence = s;
  } catch {
    persistence = undefined;
  }
  return {
    storage,
    persistence,
    listen(onChange) {
      const handler = (e: StorageEvent) => {
        if (e.storageArea === null || e.storageArea === storage) onChange(e.key, e.newValue);
      };
      window.addEventListener('storage', handler);
      return () => window.removeEventListener('storage', handler);
    },
    onRestore(callback) {
      const handler = (e: PageTransitionEvent) => {
        if (e.persisted) callback();
      };
      window.addEventListener('pageshow', handler);
      return () => window.removeEventListener('pageshow', handler);
    },
  };
}

export function resolveEngine(): StorageEngine | undefined {
  try {
    return factory ? factory() : browserEngine();
  } catch {
    return undefined;
  }
}

/** Whether a `setItem` failure means the quota is used up (names differ between browsers). */
export function isQuotaError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const { name, code } = e as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}
