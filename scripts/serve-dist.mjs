// A minimal static server for dist/, used by the benchmark so it never collides with an
// `astro preview` already running (Astro allows one preview server per machine).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/**
 * Serves `dist` at `http://127.0.0.1:<port><base>`: with a base such as `/dhs/` (a build made
 * with BASE=/dhs/), as a host serving the course from a sub-folder does; anything outside it is 404.
 */
export function serveDist(dist, port, base = '/') {
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const server = createServer((req, res) => {
    const url = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const inside = url.startsWith(prefix) || `${url}/` === prefix;
    const path = normalize(inside ? `/${url.slice(prefix.length)}` : '/').replace(/^(\.\.[/\\])+/, '');
    let file = join(dist, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    let status = 200;
    if (!inside || !existsSync(file)) {
      file = join(dist, '404.html');
      status = 404;
    }
    res.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () => resolve(Object.assign(server, { base: prefix }))),
  );
}

// `node scripts/serve-dist.mjs [--port N] [--dir dist] [--base /dhs/]`: what the end-to-end tests
// serve, so `npm test` runs while `npm start` (Astro's own preview server) is serving in another
// terminal. `--base` serves a build made with BASE under that sub-folder.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { parseArgs } = await import('node:util');
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4327' },
      dir: { type: 'string', default: 'dist' },
      base: { type: 'string', default: '/' },
    },
  });
  const dir = join(process.cwd(), values.dir);
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`${dir}/index.html is missing: run "npm run build" first.`);
    process.exit(1);
  }
  const server = await serveDist(dir, Number(values.port), values.base);
  console.log(`Serving ${values.dir}/ at http://localhost:${values.port}${server.base}`);
}
