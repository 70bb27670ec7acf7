/**
 * Service worker registration and the "new version" offer. A new version installs in the
 * background and waits: pages and their assets always come from one version, and the
 * learner decides when to switch ("Reload"). Progress lives in localStorage, which the
 * service worker never touches.
 */

/** Whether this page should register the service worker. */
export function shouldRegister(doc: Document, nav: Navigator, protocol: string): boolean {
  if (!('serviceWorker' in nav)) return false;
  // Inside an LMS package (issue 14's packager sets this) the LMS serves the files.
  if (doc.documentElement.dataset['delivery'] === 'lms') return false;
  return protocol === 'https:' || protocol === 'http:';
}

export function registerServiceWorker(banner: HTMLElement): void {
  if (!shouldRegister(document, navigator, location.protocol)) return;
  const sw = navigator.serviceWorker;
  const message = banner.querySelector<HTMLElement>('[data-sw-message]');
  const button = banner.querySelector<HTMLButtonElement>('[data-sw-reload]');
  let waiting: ServiceWorker | null = null;
  let reloading = false;

  const offer = (worker: ServiceWorker | null) => {
    waiting = worker;
    banner.classList.remove('visually-hidden');
    // The sentence is in the HTML (ServiceWorker.astro), not in this script.
    if (message) message.textContent = message.dataset['text'] ?? '';
    if (button) button.hidden = false;
  };
  button?.addEventListener('click', () => {
    reloading = true;
    // The waiting version takes over, then this page reloads from it (controllerchange).
    if (waiting) waiting.postMessage({ type: 'SKIP_WAITING' });
    else location.reload();
  });

  const hadController = !!sw.controller;
  sw.addEventListener('controllerchange', () => {
    if (reloading) location.reload();
    // Another tab switched to the new version: this page is from the old one.
    else if (hadController) offer(null);
  });

  const register = async () => {
    const base = import.meta.env.BASE_URL;
    const reg = await sw.register(`${base}sw.js`, { scope: base });
    const watch = (worker: ServiceWorker | null) =>
      worker?.addEventListener('statechange', () => {
        // "installed" with a controller already in place means an update, not the first visit.
        if (worker.state === 'installed' && sw.controller) offer(worker);
      });
    if (reg.waiting && sw.controller) offer(reg.waiting);
    // An update the browser found while this page was loading, or one found later.
    watch(reg.installing);
    reg.addEventListener('updatefound', () => watch(reg.installing));
  };
  // After the page has loaded (this module script runs before "load"), so precaching never
  // competes with the first visit.
  addEventListener('load', () => void register().catch(() => undefined), { once: true });
}
