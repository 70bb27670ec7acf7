/**
 * The search box's behaviour, loaded only when a learner first focuses a search box
 * (search-loader.ts), with Pagefind's index loaded behind it. Pagefind runs its WebAssembly
 * in its own web worker (pagefind-worker.js), so the pages' Content Security Policy needs no
 * 'wasm-unsafe-eval'.
 */
import { statusText, toHits, uniqueHits, type PagefindResultData, type SearchHit } from './search-results';

interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(
    q: string,
    o?: Record<string, unknown>,
    ms?: number,
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

/** Results loaded per query: the whole course is small, so this is every match in practice. */
const MAX_RESULTS = 60;

let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const url = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;
    const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pf.options({ excerptLength: 22 });
    await pf.init();
    return pf;
  })();
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

function renderHit(hit: SearchHit): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = hit.url;
  a.textContent = hit.section ? `${hit.title}: ${hit.section}` : hit.title;
  li.append(a);
  const where = [hit.module, hit.kind].filter(Boolean).join(' · ');
  if (where) {
    const p = document.createElement('p');
    p.className = 'search-where';
    p.textContent = where;
    li.append(p);
  }
  if (hit.excerpt.length) {
    const p = document.createElement('p');
    p.className = 'search-excerpt';
    for (const part of hit.excerpt) {
      if (part.mark) {
        const m = document.createElement('mark');
        m.textContent = part.text;
        p.append(m);
      } else p.append(part.text);
    }
    li.append(p);
  }
  return li;
}

export interface SearchOptions {
  /**
   * A drop-down under the header box, showing the best 6 (closes on Escape and when focus
   * leaves), or the search page's list of up to 50.
   */
  dropdown: boolean;
}

/** Wires a search form: `[data-search-input]`, `[data-search-status]`, `[data-search-panel]` with a list. */
export function attach(form: HTMLFormElement, opts: SearchOptions): { run(q: string): Promise<void> } {
  const limit = opts.dropdown ? 6 : 50;
  const input = form.querySelector<HTMLInputElement>('[data-search-input]');
  const status = form.querySelector<HTMLElement>('[data-search-status]');
  const panel = form.querySelector<HTMLElement>('[data-search-panel]');
  if (!input || !status || !panel) throw new Error('search form is missing its parts');
  const summary = panel.querySelector<HTMLElement>('[data-search-summary]');
  const list = panel.querySelector<HTMLOListElement>('ol');
  const more = panel.querySelector<HTMLAnchorElement>('[data-search-more]');
  let latest = '';

  let dismissed = false;
  const open = (on: boolean) => {
    panel.hidden = !on;
  };
  const say = (text: string) => {
    status.textContent = text;
    if (summary) summary.textContent = text;
  };

  async function run(raw: string) {
    const q = raw.trim();
    latest = q;
    if (q.length < 2) {
      list?.replaceChildren();
      say('');
      if (opts.dropdown) open(false);
      return;
    }
    let pf: Pagefind;
    try {
      pf = await loadPagefind();
    } catch {
      say('Search could not be loaded. Browse the modules and the glossary instead.');
      list?.replaceChildren();
      if (more) more.hidden = false;
      open(true);
      return;
    }
    const found = await pf.debouncedSearch(q, {}, opts.dropdown ? 120 : 0);
    if (!found || q !== latest) return; // a newer keystroke took over
    const data = await Promise.all(found.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    if (q !== latest) return;
    const hits = uniqueHits(data.flatMap((d) => toHits(d, q)));
    const shown = hits.slice(0, limit);
    list?.replaceChildren(...shown.map(renderHit));
    if (more) {
      more.href = `${form.action.split('?')[0]}?q=${encodeURIComponent(q)}`;
      more.textContent = hits.length ? `All results for “${q}”` : 'Browse the modules and the glossary';
      more.hidden = opts.dropdown ? shown.length === hits.length && hits.length > 0 : true;
    }
    say(statusText(q, shown.length, hits.length));
    open(true);
  }

  input.addEventListener('input', () => void run(input.value));

  /** Arrow keys move between the box and the result links; Tab works as usual. */
  form.addEventListener('keydown', (e) => {
    const links = [...panel.querySelectorAll<HTMLAnchorElement>('a:not([hidden])')];
    const stops: HTMLElement[] = [input, ...links];
    const at = stops.indexOf(document.activeElement as HTMLElement);
    if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && at >= 0 && !panel.hidden && links.length) {
      e.preventDefault();
      const next = e.key === 'ArrowDown' ? Math.min(at + 1, stops.length - 1) : Math.max(at - 1, 0);
      stops[next]?.focus();
    } else if (e.key === 'Escape' && opts.dropdown && !panel.hidden) {
      e.preventDefault();
      open(false);
      dismissed = true;
      input.focus();
      dismissed = false;
    }
  });

  if (opts.dropdown) {
    form.addEventListener('focusout', (e) => {
      if (!form.contains(e.relatedTarget as Node | null)) open(false);
    });
    // Coming back to the box shows the last results again, unless Escape just closed them.
    input.addEventListener('focus', () => {
      if (!dismissed && input.value.trim().length >= 2 && list?.childElementCount) open(true);
    });
  }
  // The search page opened as /search/?q=… (Enter in the header box, or a shared link).
  const q = opts.dropdown ? null : new URLSearchParams(location.search).get('q');
  if (q) input.value = q;
  // Start fetching the index now: the learner is about to type.
  void loadPagefind().catch(() => undefined);
  if (input.value.trim()) void run(input.value);
  return { run };
}
