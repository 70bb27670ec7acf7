import { shouldRegister } from './register';

export type OfflineState = 'ready' | 'none' | 'unsupported';

/**
 * Tells `show` whether this device has the course offline: "none" until the service worker
 * is active (it becomes active only once everything in its precache is saved), then "ready".
 */
export function watchOfflineStatus(nav: Navigator, doc: Document, show: (state: OfflineState) => void): void {
  if (!shouldRegister(doc, nav, location.protocol)) return show('unsupported');
  show('none');
  void nav.serviceWorker.ready.then(() => show('ready'));
}
