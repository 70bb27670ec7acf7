/**
 * The course hosted in a sub-folder (issue 23): a hospital serves it at
 * https://intranet.example.org/dhs/. `npm run build:base` builds it with BASE=/dhs/ into
 * dist-base/; here it is served under /dhs/ only (anything else is a 404), every page is
 * crawled for links and assets outside /dhs/, and search and the offline copy are used there.
 */
import { existsSync, readdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { expect, test, type Page } from '@playwright/test';
import { serveDist } from '../../scripts/serve-dist.mjs';

const DIST_BASE = join(process.cwd(), 'dist-base');
const BASE = '/dhs/';
// Beside the port of the main site's server (E2E_PORT), so checkouts side by side do not collide.
const PORT = Number(process.env.E2E_PORT ?? 4327) + 3;
const ORIGIN = `http://127.0.0.1:${PORT}`;

let server: Server | undefined;

// One server on one port for this file: its tests run in order in one worker. With the
// config's fullyParallel, a second worker's beforeAll found the port taken and failed.
test.describe.configure({ mode: 'default' });

test.beforeAll(async () => {
  if (!existsSync(join(DIST_BASE, 'index.html')))
    throw new Error('dist-base/index.html is missing: run "npm run build:base" first');
  server = (await serveDist(DIST_BASE, PORT, BASE)) as Server;
});
test.afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

/** Every page the build wrote, as addresses under /dhs/ (404 and offline pages are never linked). */
function builtPages(): string[] {
  return (readdirSync(DIST_BASE, { recursive: true }) as string[])
    .map((f) => f.split('\\').join('/'))
    .filter((f) => f.endsWith('index.html') && f !== 'offline/index.html')
    .map((f) => BASE + f.replace(/index\.html$/, ''))
    .sort();
}

/** Every URL a page's markup names: attributes, and addresses inside islands' JSON props. */
function urlsIn(html: string): string[] {
  const root = parse(html);
  const out: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    for (const [name, value] of Object.entries(el.attributes)) {
      if (/^(href|src|action|poster|data-page)$/i.test(name)) out.push(value);
      else if (name === 'srcset') out.push(...value.split(',').map((s) => s.trim().split(/\s+/)[0] ?? ''));
      else if (name === 'content' && /^https?:|^\//.test(value)) out.push(value);
      else if (/^(props|data-[\w-]+)$/.test(name)) {
        // JSON: a string value that is a root-relative path ("/modules/…"), never a plain word;
        // also inside JSON that is itself a string in the props (\"/modules/…\").
        for (const m of value.matchAll(/\\?"(\/(?!\/)[^"\s\\]*)\\?"/g)) out.push(m[1] ?? '');
      }
    }
  }
  return out.filter(Boolean);
}

test.describe('the course in a sub-folder (BASE=/dhs/)', () => {
  test('every page, link and asset stays under /dhs/, and nothing names localhost', async ({ request }) => {
    test.setTimeout(120_000);
    const queue = [BASE];
    const seen = new Set<string>(queue);
    const assets = new Set<string>();
    const outside: string[] = [];
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      const res = await request.get(ORIGIN + path);
      expect(res.status(), path).toBe(200);
      const html = await res.text();
      expect(html, `${path} names localhost`).not.toContain('localhost');
      expect(html, `${path} has a canonical link without SITE`).not.toContain('rel="canonical"');
      for (const raw of urlsIn(html)) {
        const url = new URL(raw, ORIGIN + path);
        if (url.origin !== ORIGIN) continue;
        if (!url.pathname.startsWith(BASE)) {
          outside.push(`${path}: ${raw}`);
          continue;
        }
        const target = url.pathname;
        if (target.endsWith('/')) {
          if (!seen.has(target)) {
            seen.add(target);
            queue.push(target);
          }
        } else assets.add(target);
      }
    }
    expect(outside).toEqual([]);
    // The crawl reached every page the build wrote, and every asset the pages name is there.
    expect([...seen].sort()).toEqual(expect.arrayContaining(builtPages()));
    for (const asset of assets) expect((await request.get(ORIGIN + asset)).status(), asset).toBe(200);
    // A build without SITE writes no sitemap rather than one with wrong addresses.
    expect(readdirSync(DIST_BASE).filter((f) => f.startsWith('sitemap'))).toEqual([]);
    // The web manifest's start and icons resolve under /dhs/ too.
    const manifest = (await (await request.get(`${ORIGIN}${BASE}manifest.webmanifest`)).json()) as {
      start_url: string;
      icons: { src: string }[];
    };
    for (const u of [manifest.start_url, ...manifest.icons.map((i) => i.src)])
      expect(new URL(u, `${ORIGIN}${BASE}manifest.webmanifest`).pathname.startsWith(BASE), u).toBe(true);
  });

  test('pages with islands ask for nothing outside /dhs/, and their links stay there', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    for (const path of ['', 'results/', 'certificate/', 'trainers/', 'trainers/cohort/', 'about/', 'glossary/']) {
      await page.goto(`${ORIGIN}${BASE}${path}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('load');
      const links = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      for (const href of links) {
        const url = new URL(href);
        if (url.origin === ORIGIN) expect(url.pathname.startsWith(BASE), `${path}: ${href}`).toBe(true);
      }
    }
    const stray = requested.map((u) => new URL(u)).filter((u) => u.origin !== ORIGIN || !u.pathname.startsWith(BASE));
    expect(stray.map(String)).toEqual([]);
  });

  test('search finds a lesson section and the glossary under /dhs/, and its results open', async ({ page }) => {
    await page.goto(`${ORIGIN}${BASE}about/`);
    await page.keyboard.press('/');
    const box = page.getByRole('searchbox', { name: 'Search the course' });
    await expect(box).toBeFocused();
    await box.fill('ransomware');
    await expect(page.getByRole('status').filter({ hasText: /results? for/ })).toContainText('ransomware');
    const hits = page.getByRole('list', { name: 'Search results' }).getByRole('link');
    await expect(hits.filter({ hasText: 'Glossary: Ransomware' })).toHaveAttribute(
      'href',
      `${BASE}glossary/#ransomware`,
    );
    const first = (await hits.first().getAttribute('href')) ?? '';
    expect(first.startsWith(`${BASE}modules/`), first).toBe(true);
    await hits.first().click();
    await expect(page).toHaveURL(ORIGIN + first);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test.describe('offline', () => {
    // playwright.config.ts blocks service workers everywhere else.
    test.use({ serviceWorkers: 'allow' });

    test('after one visit the course works offline under /dhs/, and an unsaved address shows the offline page', async ({
      page,
      context,
    }) => {
      await page.goto(`${ORIGIN}${BASE}`);
      const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
      expect(scope).toBe(`${ORIGIN}${BASE}`);
      await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
      const lesson = builtPages().find((p) => /^\/dhs\/modules\/[^/]+\/[^/]+\/$/.test(p))!;
      await context.setOffline(true);
      const res = await page.goto(ORIGIN + lesson);
      expect(res?.ok(), lesson).toBe(true);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // The course's stylesheet came from the offline copy too (it sets the body's margin to 0).
      expect(await page.evaluate(() => getComputedStyle(document.body).marginTop)).toBe('0px');
      await page.goto(`${ORIGIN}${BASE}no-such-page/`);
      await expect(page.getByRole('heading', { name: 'You are offline' })).toBeVisible();
      await searchOffline(page);
    });
  });
});

/** Search from the offline copy: its index was saved with the course. */
async function searchOffline(page: Page) {
  await page.goto(`${ORIGIN}${BASE}glossary/`);
  const box = page.getByRole('searchbox', { name: 'Search the course' });
  await box.fill('ransomware');
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toHaveAttribute(
    'href',
    new RegExp(`^${BASE}`),
  );
}
