// Writes a PNG of every course figure (each `<figure class="fig">` in the built site) in light
// and dark, on a 375 px phone and a 1280 px desktop, for a person to look at. Not compared
// pixel by pixel. Run after `npm run build`:
//   npm run figures:screenshots            -> figure-screenshots/
//   npm run figures:screenshots -- /tmp/x  -> another folder
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from './find-browser.mjs';
import { htmlPages } from './page-weight.mjs';
import { serveDist } from './serve-dist.mjs';

const dist = 'dist';
const out = process.argv[2] ?? 'figure-screenshots';
const port = Number(process.env.FIGURES_PORT ?? 4399);
if (!existsSync(dist)) {
  console.error('No dist/ folder: run "npm run build" first.');
  process.exit(1);
}
mkdirSync(out, { recursive: true });

// First page on which each figure appears.
const where = new Map();
for (const { file, path } of htmlPages(dist)) {
  for (const m of readFileSync(file, 'utf8').matchAll(/<figure class="fig" data-figure="([^"]+)"/g)) {
    if (!where.has(m[1])) where.set(m[1], path);
  }
}

const server = await serveDist(dist, port);
const browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
let n = 0;
try {
  for (const scheme of ['light', 'dark']) {
    for (const width of [375, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      for (const [id, path] of where) {
        await page.goto(`http://127.0.0.1:${port}${path}`);
        const fig = page.locator(`figure[data-figure="${id}"]`).first();
        await fig.locator('details').evaluate((d) => (d.open = true));
        const file = join(out, `${id}-${scheme}-${width}.png`);
        await fig.screenshot({ path: file });
        n++;
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`${n} screenshots of ${where.size} figures in ${out}/ (${[...where.keys()].join(', ')})`);
