// How soon a page's islands are ready on a slow phone connection: the time from navigation
// until every island that starts on load has hydrated (Astro removes its `ssr` attribute),
// with the browser's network emulation at 150 ms latency and 1.6 Mbit/s down (a poor 4G or
// good 3G link; no CPU slowdown). Compares builds served side by side, alternating them, and
// prints the median of RUNS loads (5 by default). For example:
//   node scripts/serve-dist.mjs --port 4700 --gzip &                       # this build
//   node scripts/serve-dist.mjs --port 4701 --gzip --dir ../old-dist &     # another build
//   node scripts/bench-hydration.mjs http://localhost:4701 http://localhost:4700 -- /quizzes/final/ /trainers/
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from './find-browser.mjs';

const args = process.argv.slice(2);
const cut = args.indexOf('--');
const origins = cut < 0 ? args.slice(0, 1) : args.slice(0, cut);
const paths = cut < 0 ? args.slice(1) : args.slice(cut + 1);
if (origins.length === 0 || paths.length === 0) {
  console.error('Usage: node scripts/bench-hydration.mjs <origin>… -- <path>…');
  process.exit(2);
}
const runs = Math.max(1, Number(process.env.RUNS) || 5);
const browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
/** @type {Map<string, number[]>} */
const results = new Map();
try {
  for (let i = 0; i < runs; i++)
    for (const path of paths)
      for (const origin of origins) {
        const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.emulateNetworkConditions', {
          offline: false,
          latency: 150,
          downloadThroughput: 1.6e6 / 8,
          uploadThroughput: 0.75e6 / 8,
        });
        await page.goto(origin + path, { waitUntil: 'commit' });
        const ms = await page.evaluate(
          () =>
            new Promise((resolve) => {
              const pending = () => document.querySelector('astro-island[ssr][client="load"]');
              const done = () => !pending() && document.readyState !== 'loading';
              const check = () => (done() ? resolve(Math.round(performance.now())) : requestAnimationFrame(check));
              check();
            }),
        );
        const key = `${origin}${path}`;
        results.set(key, [...(results.get(key) ?? []), ms]);
        await context.close();
      }
} finally {
  await browser.close();
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`| page | islands ready, ms (median of ${runs}) | every run |`);
console.log('| --- | --: | --- |');
for (const [key, ms] of results) console.log(`| \`${key}\` | ${median(ms)} | ${ms.join(', ')} |`);
