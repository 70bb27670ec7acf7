import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addModulePreloads, preloadLinks, staticImports } from '../../../scripts/lib/module-preload.mjs';

// A built site in miniature: a quiz island (Quiz.js → svelte.js → hash.js, and key.js only
// through import()), a lesson check that waits to scroll into view, and a page script.
const files: Record<string, string> = {
  '/_astro/Quiz.js': 'import{a as e}from"./svelte.js";import"./quiz.css.js";const k=()=>import("./key.js");',
  '/_astro/svelte.js': 'import{h}from"./hash.js";export{h as a}',
  '/_astro/hash.js': 'export const h=1',
  '/_astro/quiz.css.js': 'export{}',
  '/_astro/key.js': 'export const key=1',
  '/_astro/client.js': 'import{a}from"./svelte.js";export default a',
  '/_astro/Check.js': 'import{a}from"./svelte.js";import"./check-only.js"',
  '/_astro/check-only.js': 'export{}',
  '/_astro/Banner.js': 'import{s}from"./store.js";',
  '/_astro/store.js': 'export const s=1',
};
const read = (url: string) => files[url];
const island = (client: string, component: string) =>
  `<astro-island uid="x" component-url="${component}" component-export="default" renderer-url="/_astro/client.js" props="{}" ssr client="${client}"></astro-island>`;
const page = (body: string) =>
  `<!doctype html><html><head><script type="module" src="/_astro/Banner.js"></script></head><body>${body}</body></html>`;
const hrefs = (links: string[]) => links.map((l) => /href="([^"]+)"/.exec(l)?.[1]);

describe('staticImports', () => {
  it('finds import … from, bare imports and re-exports, never import()', () => {
    expect(
      staticImports('import{a as b}from"./a.js";import "./b.js";export{c}from\'./c.js\';x=import("./d.js")'),
    ).toEqual(['./a.js', './b.js', './c.js']);
  });
});

describe('preloadLinks', () => {
  it('preloads every chunk an island that starts on load needs, at every level, and what page scripts import', () => {
    expect(hrefs(preloadLinks(page(island('load', '/_astro/Quiz.js')), read))).toEqual([
      '/_astro/store.js',
      '/_astro/Quiz.js',
      '/_astro/svelte.js',
      '/_astro/hash.js',
      '/_astro/quiz.css.js',
      '/_astro/client.js',
    ]);
  });

  it('leaves out what loads only through import() and the page script itself', () => {
    const got = hrefs(preloadLinks(page(island('load', '/_astro/Quiz.js')), read));
    expect(got).not.toContain('/_astro/key.js');
    expect(got).not.toContain('/_astro/Banner.js');
  });

  it('leaves an island that waits to scroll into view alone, so a lesson loads nothing of it up front', () => {
    const got = hrefs(preloadLinks(page(island('visible', '/_astro/Check.js')), read));
    expect(got).toEqual(['/_astro/store.js']);
  });

  it('adds nothing already preloaded, and nothing for a page without scripts', () => {
    const html = page(island('idle', '/_astro/Quiz.js')).replace(
      '</head>',
      '<link rel="modulepreload" href="/_astro/svelte.js"></head>',
    );
    expect(hrefs(preloadLinks(html, read))).not.toContain('/_astro/svelte.js');
    expect(preloadLinks('<html><head></head><body><p>About</p></body></html>', read)).toEqual([]);
  });
});

describe('addModulePreloads', () => {
  it('writes the links into the head of each page of a build served from a sub-folder', () => {
    const dist = mkdtempSync(join(tmpdir(), 'preload-'));
    mkdirSync(join(dist, '_astro'));
    mkdirSync(join(dist, 'quiz'));
    for (const [url, code] of Object.entries(files)) writeFileSync(join(dist, url), code);
    const html = page(island('load', '/_astro/Quiz.js')).replaceAll('"/_astro/', '"/dhs/_astro/');
    writeFileSync(join(dist, 'quiz', 'index.html'), html);
    writeFileSync(join(dist, 'about.html'), '<html><head></head><body>About</body></html>');
    expect(addModulePreloads(dist, '/dhs/')).toBe(1);
    const out = readFileSync(join(dist, 'quiz', 'index.html'), 'utf8');
    expect(out).toContain('<link rel="modulepreload" href="/dhs/_astro/hash.js">');
    expect(out).toContain('<link rel="modulepreload" href="/dhs/_astro/client.js"></head>');
    expect(readFileSync(join(dist, 'about.html'), 'utf8')).not.toContain('modulepreload');
  });
});
