// Adds <link rel="modulepreload"> for every chunk a page needs as soon as it loads, so the
// browser fetches them side by side instead of one import level after another.
//
// Astro's island script fetches an island's component (say Quiz.js) only once the page's
// scripts run, and the browser learns of Quiz.js's own imports (the Svelte runtime, the
// quiz core…) only once Quiz.js has arrived: three or four round trips in a row. On a phone
// with 150 ms of latency that is half a second before the quiz's "Start" button works.
//
// Preloaded: the static imports of the page's module scripts, and the component, renderer
// and their static imports of islands that start without waiting for the learner (client:load,
// client:idle). Left alone: islands that wait to scroll into view (client:visible), and
// anything reached only through import(), which loads when it is needed.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';

/** The static imports of a built chunk: `import … from "x"`, `import "x"`, `export … from "x"` (never `import("x")`). */
export function staticImports(code) {
  const out = [];
  for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.m?js)["']/g))
    out.push(m[1]);
  return out;
}

/**
 * The `<link rel="modulepreload">` tags one page needs.
 * @param {string} html the page
 * @param {(url: string) => string | undefined} read a built script's text by its root-absolute URL (undefined if none)
 */
export function preloadLinks(html, read) {
  const roots = [];
  const already = new Set();
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1] ?? '';
    if (!/type="module"/.test(attrs)) continue;
    const src = /\bsrc="([^"]+)"/.exec(attrs)?.[1];
    if (src) {
      already.add(src);
      roots.push(src);
    } else for (const spec of staticImports(m[2] ?? '')) if (spec.startsWith('/')) roots.push(spec);
  }
  for (const m of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*>/g)) {
    const href = /href="([^"]+)"/.exec(m[0])?.[1];
    if (href) already.add(href);
  }
  for (const m of html.matchAll(/<astro-island\b[^>]*>/g)) {
    if (!/\sclient="(load|idle|only)"/.test(m[0])) continue;
    for (const attr of ['component-url', 'renderer-url', 'before-hydration-url']) {
      const url = new RegExp(`\\s${attr}="([^"]+)"`).exec(m[0])?.[1];
      if (url) roots.push(url);
    }
  }
  const wanted = [];
  const seen = new Set();
  const visit = (url) => {
    if (seen.has(url) || !url.startsWith('/')) return;
    seen.add(url);
    const code = read(url);
    if (code === undefined) return;
    if (!already.has(url)) wanted.push(url);
    for (const spec of staticImports(code))
      visit(spec.startsWith('/') ? spec : posix.normalize(posix.join(posix.dirname(url), spec)));
  };
  for (const url of roots) visit(url);
  return wanted.map((url) => `<link rel="modulepreload" href="${url}">`);
}

/** Adds the preload links to every page under `dist` (served at `base`); returns how many pages gained some. */
export function addModulePreloads(dist, base = '/') {
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const cache = new Map();
  const read = (url) => {
    if (!url.startsWith(prefix)) return undefined;
    if (!cache.has(url)) {
      let text;
      try {
        text = readFileSync(join(dist, url.slice(prefix.length)), 'utf8');
      } catch {
        text = undefined;
      }
      cache.set(url, text);
    }
    return cache.get(url);
  };
  let pages = 0;
  for (const f of readdirSync(dist, { recursive: true })) {
    const file = join(dist, String(f));
    if (!file.endsWith('.html')) continue;
    const html = readFileSync(file, 'utf8');
    const links = preloadLinks(html, read);
    if (!links.length || !html.includes('</head>')) continue;
    writeFileSync(file, html.replace('</head>', `${links.join('')}</head>`));
    pages++;
  }
  return pages;
}
