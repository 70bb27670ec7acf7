// Search and offline figures for BENCHMARKS.md, on the last build (`npm run build` first):
//   - the Pagefind index: files and bytes;
//   - the service worker's precache: files and bytes;
//   - bytes loaded the first time a learner uses search (focus, then a query);
//   - time from the last keystroke to results on screen: the first query after focusing the
//     box (index still loading) and a later one, median of RUNS fresh pages each.
// Run alone with `npx node scripts/bench-search.mjs` (prints Markdown), or from `npm run bench`.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from './find-browser.mjs';
import { serveDist } from './serve-dist.mjs';

const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map((f) => join(dir, String(f)))
    .filter((f) => statSync(f).isFile());
}

export function indexSize(dist) {
  const files = filesUnder(join(dist, 'pagefind'));
  const sum = (pred) => files.filter(pred).reduce((s, f) => s + statSync(f).size, 0);
  return {
    files: files.length,
    bytes: sum(() => true),
    index: sum((f) => f.includes(`${join('pagefind', 'index')}`)),
    fragments: sum((f) => f.includes(`${join('pagefind', 'fragment')}`)),
    wasm: sum((f) => f.endsWith('wasm.en-gb.pagefind')),
  };
}

export function precacheSize(dist) {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]);
  let raw = 0;
  let gzip = 0;
  for (const u of urls) {
    const buf = readFileSync(join(dist, u));
    raw += buf.length;
    // Pagefind's index chunks and WebAssembly are already compressed.
    gzip += /\.(pf_index|pf_fragment|pf_meta|pagefind)$/.test(u) ? buf.length : gzipSync(buf, { level: 9 }).length;
  }
  return { files: urls.length, raw, gzip };
}

/** Times from the last keystroke (its input event) to the status line naming the query. */
async function timeQuery(page, q) {
  await page.evaluate((query) => {
    const w = /** @type {any} */ (window);
    const input = document.querySelector('#site-search-q');
    const status = document.querySelector('form[data-search] [data-search-status]');
    w.__bench = new Promise((resolve) => {
      let t0 = 0;
      input.addEventListener('input', () => (t0 = performance.now()));
      new MutationObserver(() => {
        if (status.textContent.includes(`“${query}”`)) resolve(performance.now() - t0);
      }).observe(status, { childList: true, characterData: true, subtree: true });
    });
  }, q);
  await page.keyboard.type(q);
  return page.evaluate(() => /** @type {any} */ (window).__bench);
}

export async function benchSearch({ dist, runs = 7, port = 4392 }) {
  const server = await serveDist(dist, port);
  const browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
  const origin = `http://127.0.0.1:${port}`;
  const first = [];
  const later = [];
  let firstUse;
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      const loaded = [];
      page.on('response', (r) =>
        loaded.push(
          r.body().then(
            (body) => ({ url: r.url(), bytes: body.length, gzip: gzipSync(body, { level: 9 }).length }),
            () => ({ url: r.url(), bytes: 0, gzip: 0 }), // a redirect has no body
          ),
        ),
      );
      await page.goto(`${origin}/about/`);
      await page.waitForLoadState('networkidle');
      const before = loaded.length;
      await page.focus('#site-search-q');
      first.push(await timeQuery(page, 'ransomware'));
      if (i === 0) {
        await page.waitForLoadState('networkidle');
        const used = await Promise.all(loaded.slice(before));
        const by = (re) => used.filter((l) => re.test(l.url));
        const sum = (ls) => ls.reduce((s, l) => s + l.bytes, 0);
        const js = [...by(/search-ui|pagefind(-worker)?\.js/)];
        firstUse = {
          requests: used.length,
          bytes: sum(used),
          script: sum(by(/search-ui/)),
          pagefindJs: sum(by(/pagefind(-worker)?\.js/)),
          jsGzip: js.reduce((s, l) => s + l.gzip, 0),
          wasm: sum(by(/\.pagefind$/)),
          index: sum(by(/\.(pf_index|pf_meta)$|pagefind-entry/)),
          fragments: sum(by(/\.pf_fragment$/)),
        };
      }
      await page.fill('#site-search-q', '');
      later.push(await timeQuery(page, 'notified body'));
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return { firstMs: median(first), laterMs: median(later), runs, firstUse };
}

export function searchMarkdown(dist, bench) {
  const idx = indexSize(dist);
  const pre = precacheSize(dist);
  const u = bench.firstUse;
  return [
    '## Search and offline',
    '',
    `Search index (Pagefind, \`dist/pagefind/\`): ${idx.files} files, ${kb(idx.bytes)} in all: index chunks ${kb(idx.index)}, ` +
      `page fragments ${kb(idx.fragments)}, WebAssembly ${kb(idx.wasm)}.`,
    '',
    `Service-worker precache (\`dist/sw.js\`): ${pre.files} files, ${kb(pre.raw)} as stored in the browser ` +
      `(about ${kb(pre.gzip)} to download with gzip).`,
    '',
    `Loaded the first time a learner searches (focus the box, type "ransomware"), uncompressed: ${u.requests} requests, ${kb(u.bytes)}: ` +
      `search script ${kb(u.script)}, pagefind.js and its worker ${kb(u.pagefindJs)} (the JavaScript is ${kb(u.jsGzip)} with gzip), WebAssembly ${kb(u.wasm)}, ` +
      `index ${kb(u.index)}, result fragments ${kb(u.fragments)}. Nothing before the box is focused (checked by \`npm run budget\` and tests/e2e/search.spec.ts).`,
    '',
    '| what (headless Chromium, this machine, served from dist/) | median | runs |',
    '| --- | --: | --: |',
    `| last keystroke → results shown, first query after focusing the box ("ransomware") | ${bench.firstMs.toFixed(0)} ms | ${bench.runs} |`,
    `| last keystroke → results shown, a later query ("notified body") | ${bench.laterMs.toFixed(0)} ms | ${bench.runs} |`,
    '',
    'Both include the search box’s 120 ms wait for the learner to stop typing. Reproduce: `npm run build && npx node scripts/bench-search.mjs`.',
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = process.argv[2] ?? 'dist';
  const bench = await benchSearch({ dist, runs: Number(process.env.RUNS ?? 7) });
  console.log(searchMarkdown(dist, bench).join('\n'));
}
