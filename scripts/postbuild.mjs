// The second half of `npm run build`, run on dist/ after `astro build`:
// 1. the search index (Pagefind) over the lessons, plus quiz explanations and glossary terms as
//    records of their own (src/lib/search/records.ts);
// 2. the service worker (Workbox), which precaches the finished site, search index included,
//    so it has to come last.
// Workbox runs on the built files rather than as a Vite/Astro plugin (@vite-pwa/astro) because
// the precache must list what the whole build wrote, Pagefind's index included, and that only
// exists after `astro build` has finished.
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { generateSW } from 'workbox-build';

/** Written by src/pages/search/records.json.ts for this script only. */
const RECORDS = join('search', 'records.json');

/** Pagefind's ready-made interfaces; the course has its own search box (src/components/search/). */
const UNUSED_PAGEFIND = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

export async function buildSearchIndex(dist) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dist });
  if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
  const recordsFile = join(dist, RECORDS);
  const records = existsSync(recordsFile) ? JSON.parse(readFileSync(recordsFile, 'utf8')) : [];
  for (const r of records) {
    // The pages are indexed as en-gb (from <html lang>); the records must join that index.
    const res = await index.addCustomRecord({ ...r, language: 'en-gb' });
    if (res.errors.length) throw new Error(`Pagefind: ${r.url}: ${res.errors.join('; ')}`);
  }
  const outputPath = join(dist, 'pagefind');
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  rmSync(recordsFile, { force: true });
  for (const f of UNUSED_PAGEFIND) rmSync(join(outputPath, f), { force: true });
  return { pages: added.page_count, records: records.length };
}

/** Workbox options; also used by the end-to-end test that deploys a changed build. */
export function serviceWorkerOptions(dist) {
  return {
    globDirectory: dist,
    swDest: join(dist, 'sw.js'),
    globPatterns: [
      '**/*.{html,js,css,svg,png,webmanifest}',
      // The final assessment's answer key, fetched when it is submitted (src/pages/quizzes/[quiz]/key.json.ts).
      'quizzes/*/key.json',
      // Every quiz's questions, fetched when My results makes a JSON export (src/pages/results/banks.json.ts).
      'results/banks.json',
      // The search index: the WebAssembly for English pages, its metadata and chunks.
      'pagefind/pagefind-entry.json',
      'pagefind/*.pf_meta',
      'pagefind/wasm.en-gb.pagefind',
      'pagefind/index/*',
      'pagefind/fragment/*',
    ],
    globIgnores: ['sw.js', 'workbox-*.js', '404.html'],
    // Hashed file names change whenever their content does: no revision needed.
    dontCacheBustURLsMatching: /(^_astro\/|^pagefind\/(index|fragment)\/|\.pf_meta$)/,
    // Query strings never change what a static page is (/search/?q=…), so ignore them all.
    ignoreURLParametersMatching: [/.*/],
    directoryIndex: 'index.html',
    // A new version waits until the learner chooses "Reload" (src/components/offline/).
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // Pages not in the precache (an unknown address) go to the network; offline, they get
    // the offline page instead of the browser's error.
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: 'offline/index.html' } },
      },
    ],
    mode: 'production',
    sourcemap: false,
  };
}

export async function buildServiceWorker(dist) {
  const { count, size, warnings } = await generateSW(serviceWorkerOptions(dist));
  for (const w of warnings) console.warn(`Workbox: ${w}`);
  return { count, size };
}

/**
 * A build for a sub-folder (BASE=/dhs/) gets the host's `_headers` rules under that folder
 * too (`/sw.js` becomes `/dhs/sw.js`); `/*` already covers it.
 */
export function rebaseHeaders(text, base) {
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}`;
  if (prefix === '/') return text;
  return text.replace(/^\/(?!\*$)(\S*)$/gm, (_, rest) => `${prefix}/${rest}`);
}

async function main() {
  const dist = process.argv[2] ?? 'dist';
  const headers = join(dist, '_headers');
  if (process.env.BASE && existsSync(headers))
    writeFileSync(headers, rebaseHeaders(readFileSync(headers, 'utf8'), process.env.BASE));
  if (!existsSync(dist) || !statSync(dist).isDirectory()) {
    console.error(`No ${dist}/ folder: run "astro build" first.`);
    process.exit(1);
  }
  const t0 = performance.now();
  const search = await buildSearchIndex(dist);
  const t1 = performance.now();
  const sw = await buildServiceWorker(dist);
  const t2 = performance.now();
  console.log(
    `Search index: ${search.pages} pages read, ${search.records} quiz explanations and glossary terms added, in ${Math.round(t1 - t0)} ms.\n` +
      `Service worker: ${sw.count} files (${(sw.size / 1e6).toFixed(2)} MB) precached, written in ${Math.round(t2 - t1)} ms.`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
