import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const DIST = join(process.cwd(), 'dist');

/** Every page path in the sitemap the build wrote (what search engines and learners reach). */
export function sitemapPaths(): string[] {
  const files = readdirSync(DIST).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const paths = files.flatMap((f) =>
    [...readFileSync(join(DIST, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname),
  );
  if (paths.length === 0) throw new Error('The sitemap lists no pages: run "npm run build" first.');
  return paths.sort();
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
