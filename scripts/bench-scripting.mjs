// Main-thread JavaScript time while a page loads and its islands hydrate, measured with the
// browser's sampling profiler (no CPU slowdown): the time in the page's inline scripts (Astro's
// island loader, which revives object props) and in all scripts. Compares builds served side by
// side, alternating them, and prints the median of RUNS loads (6 by default). For example:
//   node scripts/serve-dist.mjs --port 4700 --gzip &                       # this build
//   node scripts/serve-dist.mjs --port 4701 --gzip --dir ../old-dist &     # another build
//   node scripts/bench-scripting.mjs http://localhost:4701 http://localhost:4700 -- /trainers/cohort/ /quizzes/final/
// Lighthouse's Total Blocking Time moved by hundreds of milliseconds from run to run on the
// project's 2-core machine; this moves by a few.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from './find-browser.mjs';

const args = process.argv.slice(2);
const cut = args.indexOf('--');
const origins = cut < 0 ? args.slice(0, 1) : args.slice(0, cut);
const paths = cut < 0 ? args.slice(1) : args.slice(cut + 1);
if (origins.length === 0 || paths.length === 0) {
  console.error('Usage: node scripts/bench-scripting.mjs <origin>… -- <path>…');
  process.exit(2);
}
const runs = Math.max(1, Number(process.env.RUNS) || 6);
const browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
const results = new Map();
try {
  for (let i = 0; i < runs; i++)
    for (const origin of origins)
      for (const path of paths) {
        const context = await browser.newContext();
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
        await cdp.send('Profiler.start');
        await page.goto(origin + path, { waitUntil: 'networkidle' });
        await page.waitForTimeout(300);
        const { profile } = await cdp.send('Profiler.stop');
        const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
        let inline = 0;
        let all = 0;
        profile.samples.forEach((id, k) => {
          const frame = nodes.get(id).callFrame;
          if (/^\((program|idle|root|garbage collector)\)$/.test(frame.functionName)) return;
          const us = profile.timeDeltas[k] ?? 0;
          all += us;
          if (frame.url === origin + path) inline += us;
        });
        const key = `${origin}${path}`;
        if (!results.has(key)) results.set(key, { inline: [], all: [] });
        results.get(key).inline.push(inline / 1000);
        results.get(key).all.push(all / 1000);
        await context.close();
      }
} finally {
  await browser.close();
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`| page | inline scripts, ms (median of ${runs}) | all scripts, ms (median of ${runs}) |`);
console.log('| --- | --: | --: |');
for (const [key, r] of results)
  console.log(`| \`${key}\` | ${median(r.inline).toFixed(1)} | ${median(r.all).toFixed(1)} |`);
