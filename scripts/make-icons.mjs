// Draws the web-app icons (public/icon-192.png, public/icon-512.png) from the course mark, in
// Chromium, so they are exactly what the SVG says. "Maskable": the background fills the square
// and the mark stays inside the central safe circle (40% of the width as radius), so a phone can
// crop it to any shape. Run after changing the mark: `npm run icons`; commit the PNGs.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from './find-browser.mjs';

const ACCENT = '#0b5cad';
const WHITE = '#ffffff';
// Same drawing as src/components/icons/CourseMark.astro (32 × 32 grid, centred on 16,16).
const MARK = `
  <path d="M12.5 6h7v6.5H26v7h-6.5V26h-7v-6.5H6v-7h6.5z" fill="${WHITE}"/>
  <path d="M7.5 16h5l1.6-3 3 6 1.6-3h5.8" fill="none" stroke="${ACCENT}" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/>`;

/** The farthest point of the cross from the centre is 10.6 units; keep it within 0.4 × size. */
function iconSvg(size) {
  const scale = (size * 0.4 * 0.9) / 10.6;
  const offset = size / 2 - 16 * scale;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
  <rect width="${size}" height="${size}" fill="${ACCENT}"/>
  <g transform="translate(${offset} ${offset}) scale(${scale})">${MARK}</g>
</svg>`;
}

const browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
try {
  for (const size of [192, 512]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<html><body style="margin:0">${iconSvg(size)}</body></html>`);
    await page.screenshot({ path: `public/icon-${size}.png`, clip: { x: 0, y: 0, width: size, height: size } });
    await page.close();
    console.log(`public/icon-${size}.png`);
  }
} finally {
  await browser.close();
}
