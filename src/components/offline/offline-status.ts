export type OfflineState = 'ready' | 'none' | 'unsupported';

/**
 * Tells `show` whether this device has the course offline: "none" until the service worker
 * is active (it becomes active only once everything in its precache is saved), then "ready".
 * No import from register.ts on purpose: a module shared by two page scripts becomes a file
 * of its own, one more request on every page.
 */
export function watchOfflineStatus(nav: Navigator, doc: Document, show: (state: OfflineState) => void): void {
  // The same conditions as register.ts's shouldRegister (tests/e2e/offline.spec.ts covers both).
  if (
    !('serviceWorker' in nav) ||
    doc.documentElement.dataset['delivery'] === 'lms' ||
    !/^https?:$/.test(location.protocol)
  )
    return show('unsupported');
  show('none');
  void nav.serviceWorker.ready.then(() => show('ready'));
}
