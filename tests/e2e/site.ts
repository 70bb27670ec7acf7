import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const DIST = join(process.cwd(), 'dist');

/**
 * Every page a sitemap lists (what search engines and learners reach): every built page but
 * the 404 and the offline page. Read from the files, because a build without SITE writes no
 * sitemap at all (it could not know the address).
 */
export function sitemapPaths(): string[] {
  const paths = builtPaths().filter((p) => p !== '/404' && p !== '/offline/');
  if (paths.length === 0) throw new Error('No pages in dist/: run "npm run build" first.');
  return paths;
}

/** Every HTML file in dist/, as site paths (includes pages left out of the sitemap, like 404). */
export function builtPaths(): string[] {
  return (readdirSync(DIST, { recursive: true }) as string[])
    .map((f) => f.split('\\').join('/'))
    .filter((f) => f.endsWith('.html'))
    .map((f) => '/' + f.replace(/index\.html$/, '').replace(/\.html$/, ''))
    .sort();
}

export function readBuilt(path: string): string | undefined {
  const candidates = path.endsWith('/')
    ? [join(DIST, path, 'index.html')]
    : [join(DIST, `${path}.html`), join(DIST, path, 'index.html'), join(DIST, path)];
  for (const c of candidates) {
    try {
      return readFileSync(c, 'utf8');
    } catch {
      /* try the next */
    }
  }
  return undefined;
}
