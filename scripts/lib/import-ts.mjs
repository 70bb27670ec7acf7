// Lets a plain Node script use the project's TypeScript modules: esbuild bundles the given
// entry source (ES module text, paths relative to the repository root) in memory, and the
// result is imported from a data: URL. Nothing is written to disk.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));

/** The bundle's text; `minify` bundles for the browser, as a page would ship it. */
export async function bundleTs(contents, { minify = false } = {}) {
  const out = await build({
    stdin: { contents, resolveDir: root, loader: 'ts', sourcefile: 'script-entry.ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: minify ? 'browser' : 'node',
    minify,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return out.outputFiles[0].text;
}

/** The module the entry source exports. */
export async function importTs(contents) {
  const code = await bundleTs(contents);
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}
