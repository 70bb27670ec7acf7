/**
 * The only search code a page loads up front: it waits for a learner to focus a search box
 * (or press "/"), then loads the search itself. Every page pays for this file, so it is kept
 * tiny: search-ui is built as a separate script (`?worker&url` makes Vite bundle it on its
 * own and give its address) and added with a <script> element, because a dynamic import()
 * would make Vite add its 1 KB preload helper to every page.
 */
import uiUrl from './search-ui-entry.ts?worker&url';
import type { SearchOptions } from './search-ui';

declare global {
  interface Window {
    /** Set by search-ui-entry.ts once the search script has loaded. */
    courseSearch?: typeof import('./search-ui');
  }
}

export function startOn(form: HTMLFormElement, opts: SearchOptions): void {
  const input = form.querySelector<HTMLInputElement>('[data-search-input]');
  if (!input) return;
  let script: HTMLScriptElement | undefined;
  const start = () => {
    if (script) return;
    script = document.createElement('script');
    script.src = uiUrl;
    script.onload = () => window.courseSearch?.attach(form, opts);
    // Offline before the first visit saved it, say: try again on the next focus.
    script.onerror = () => {
      script?.remove();
      script = undefined;
    };
    document.head.append(script);
  };
  input.addEventListener('focus', start);
  // Already focused (a quick tap before this script ran), or the search page opened with ?q=….
  if (document.activeElement === input || (!opts.dropdown && location.search)) start();
  document.addEventListener('keydown', (e) => {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
    const t = e.target;
    if (t instanceof HTMLElement && (t.isContentEditable || t.closest('input, textarea, select'))) return;
    e.preventDefault();
    input.focus();
  });
}
