/**
 * Service worker registration, on every page. A new version installs in the background and
 * waits: pages and their assets always come from one version, and the learner decides when to
 * switch ("Reload", update-offer.ts). That offer is loaded only when an update exists, so
 * every page carries just this registration. Progress lives in localStorage, which the
 * service worker never touches.
 */
import offerUrl from './update-offer.ts?worker&url';

declare global {
  interface Window {
    /** Set by update-offer.ts once loaded. */
    courseUpdate?: (reg: ServiceWorkerRegistration, banner: HTMLElement, now: boolean) => void;
  }
}

/** Whether this page should register the service worker. */
export function shouldRegister(doc: Document, nav: Navigator, protocol: string): boolean {
  if (!('serviceWorker' in nav)) return false;
  // Inside an LMS package (issue 14's packager sets this) the LMS serves the files.
  if (doc.documentElement.dataset['delivery'] === 'lms') return false;
  return /^https?:$/.test(protocol);
}

/** A failed registration (private window, storage switched off) leaves the course as it is. */
const ignore = () => undefined;

export function registerServiceWorker(banner: HTMLElement): void {
  if (!shouldRegister(document, navigator, location.protocol)) return;
  const sw = navigator.serviceWorker;
  // With no controller yet this is the first visit: what installs now is not an update.
  const update = !!sw.controller;
  let offer: Promise<unknown> | undefined;
  const offerUpdate = (reg: ServiceWorkerRegistration, now = false) => {
    offer ??= new Promise((resolve) => {
      const s = document.createElement('script');
      s.src = offerUrl;
      s.onload = resolve;
      document.head.append(s);
    }).then(() => window.courseUpdate?.(reg, banner, now));
  };
  const register = () =>
    sw.register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL }).then((reg) => {
      if (!update) return;
      // Found while this page loaded, or later; or another tab already switched.
      if (reg.installing || reg.waiting) offerUpdate(reg);
      reg.addEventListener('updatefound', () => offerUpdate(reg));
      sw.addEventListener('controllerchange', () => offerUpdate(reg, true));
    }, ignore);
  // Precaching (the whole course, a few MB) must not compete with the first visit: wait for
  // "load" (this module script runs before it), then for the islands that start on load. Astro
  // fetches an island's code after "load" and marks the island `ssr` until it has hydrated.
  // After about 12 s it registers anyway.
  const whenStarted = (waits: number): void => {
    if (waits && document.querySelector('astro-island[ssr][client=load]')) setTimeout(whenStarted, 250, waits - 1);
    else void register();
  };
  addEventListener('load', () => whenStarted(48));
}
