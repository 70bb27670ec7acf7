import { shouldRegister } from './register';

export type OfflineState = 'ready' | 'saving' | 'none' | 'unsupported';

/** Tells `show` whether this device has the course offline, now and whenever that changes. */
export function watchOfflineStatus(nav: Navigator, doc: Document, show: (state: OfflineState) => void): void {
  if (!shouldRegister(doc, nav, location.protocol)) return show('unsupported');
  let ready = false;
  void nav.serviceWorker.getRegistration(import.meta.env.BASE_URL).then((reg) => {
    // A worker becomes active only once everything in its precache is saved.
    if (!ready) show(reg?.active ? 'ready' : reg?.installing || reg?.waiting ? 'saving' : 'none');
  });
  void nav.serviceWorker.ready.then(() => {
    ready = true;
    show('ready');
  });
}
