// Writes a PNG of every course figure (each `<figure class="fig">` in the built site) in light
// and dark, on a 375 px phone and a 1280 px desktop, with its "Describe this figure" text open,
// for a person to look at. Not compared pixel by pixel. `npm run bench` runs it too
// (into bench-results/figures/). After `npm run build`:
//   npm run figures:screenshots            -> figure-screenshots/
//   npm run figures:screenshots -- /tmp/x  -> another folder
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from './find-browser.mjs';
import { htmlPages } from './page-weight.mjs';
import { serveDist } from './serve-dist.mjs';

/** @returns {Promise<{ files: string[], figures: Map<string, string> }>} the PNGs written and each figure's page */
export async function figureScreenshots(dist, out, port = 4399) {
  if (!existsSync(dist)) throw new Error(`No ${dist}/ folder: run "npm run build" first.`);
  mkdirSync(out, { recursive: true });
  // First lesson page on which each figure appears (quiz pages replace their server-rendered list on load).
  const figures = new Map();
  const lessons = htmlPages(dist).filter(({ path }) => /^\/modules\/[^/]+\/[^/]+\/$/.test(path));
  for (const { file, path } of lessons) {
    for (const m of readFileSync(file, 'utf8').matchAll(/<figure class="fig" data-figure="([^"]+)"/g)) {
      if (!figures.has(m[1])) figures.set(m[1], path);
    }
  }
  const server = await serveDist(dist, port);
  const browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
  const files = [];
  try {
    for (const colorScheme of ['light', 'dark']) {
      for (const width of [375, 1280]) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
        for (const [id, path] of figures) {
          await page.goto(`http://127.0.0.1:${port}${path}`);
          const fig = page.locator(`figure[data-figure="${id}"]`).first();
          await fig.locator('details').evaluate((d) => (d.open = true));
          const file = join(out, `${id}-${colorScheme}-${width}.png`);
          await fig.screenshot({ path: file });
          files.push(file);
        }
        await page.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  return { files, figures };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const out = process.argv[2] ?? 'figure-screenshots';
  const { files, figures } = await figureScreenshots('dist', out, Number(process.env.FIGURES_PORT ?? 4399));
  console.log(`${files.length} screenshots of ${figures.size} figures in ${out}/ (${[...figures.keys()].join(', ')})`);
}
