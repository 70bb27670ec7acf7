/**
 * The learner store's storage in a packaged page (`<html data-delivery="lms">`): instead of
 * localStorage it reads and writes the launcher page that holds the LMS session (this
 * page's parent frame, same origin). Nothing of the learner is kept in the browser.
 * Without a launcher (a page opened on its own) there is no storage: the store shows its
 * "progress will not be kept" notice and works for the visit.
 */
import { ENGINE_GLOBAL, type EngineFactory, type StorageEngine } from '../stores/storage-engine';

/** What the launcher offers its course frame as `window.dhsLms`. */
export interface LmsBridge {
  read(key: string): string | null;
  write(key: string, value: string): void;
}

export const BRIDGE_NAME = 'dhsLms';

export function isLmsDelivery(doc: Document | undefined = globalThis.document): boolean {
  return doc?.documentElement.dataset['delivery'] === 'lms';
}

export function lmsPageEngine(win: Window = window): StorageEngine {
  let bridge: LmsBridge | undefined;
  try {
    const parent = win.parent !== win ? (win.parent as unknown as Record<string, unknown>) : undefined;
    const found = parent?.[BRIDGE_NAME] as LmsBridge | undefined;
    if (found && typeof found.read === 'function' && typeof found.write === 'function') bridge = found;
  } catch {
    bridge = undefined; // a parent from another origin is not our launcher
  }
  return {
    storage: bridge ? { getItem: (k) => bridge.read(k), setItem: (k, v) => bridge.write(k, v) } : null,
    // One page at a time runs inside the launcher: there is no other tab to follow.
    listen: () => () => {},
  };
}

/**
 * Hands the store this engine (`window.dhsStorageEngine`, read lazily by
 * stores/storage-engine.ts) on a page the packager marked as LMS delivery. Runs from
 * `lms/page.js`, the first script of every packaged page, so it is in place before any store reads.
 */
export function registerLmsEngine(win: Window = window): boolean {
  if (!isLmsDelivery(win.document)) return false;
  const factory: EngineFactory = () => lmsPageEngine(win);
  (win as unknown as Record<string, unknown>)[ENGINE_GLOBAL] = factory;
  return true;
}
