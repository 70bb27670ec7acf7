/**
 * "A new version of the course is ready — Reload". Loaded by register.ts only when a new
 * version of the service worker is installing, waiting, or has taken over in another tab.
 */
/** `now`: another tab has already switched this site to the new version. */
function courseUpdate(reg: ServiceWorkerRegistration, banner: HTMLElement, now: boolean): void {
  const sw = navigator.serviceWorker;
  const message = banner.querySelector<HTMLElement>('[data-sw-message]');
  const button = banner.querySelector<HTMLButtonElement>('[data-sw-reload]');
  let reloading = false;

  const offer = () => {
    banner.classList.remove('visually-hidden');
    // The sentence is in the HTML (ServiceWorker.astro).
    if (message) message.textContent = message.dataset['text'] ?? '';
    if (button) button.hidden = false;
  };
  button?.addEventListener('click', () => {
    reloading = true;
    // The waiting version takes over, then this page reloads from it (controllerchange).
    if (reg.waiting) reg.waiting.postMessage({ type: 'SKIP_WAITING' });
    else location.reload();
  });
  sw.addEventListener('controllerchange', () => {
    if (reloading) location.reload();
    // Another tab switched to the new version: this page is from the old one.
    else offer();
  });
  const watch = (worker: ServiceWorker | null) =>
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed') offer();
    });
  if (now || reg.waiting) offer();
  watch(reg.installing);
  reg.addEventListener('updatefound', () => watch(reg.installing));
}

window.courseUpdate = courseUpdate;
