// A minimal static server for dist/, used by the benchmark so it never collides with an
// `astro preview` already running (Astro allows one preview server per machine).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

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

/** Types a host compresses; images, fonts and WebAssembly's own encoding are left as they are. */
const TEXT = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg)/;

/**
 * Serves `dist` at `http://127.0.0.1:<port><base>`: with a base such as `/dhs/` (a build made
 * with BASE=/dhs/), as a host serving the course from a sub-folder does; anything outside it is 404.
 * `gzip`: text is sent gzip-compressed to a browser that accepts it, as every real host does,
 * so Lighthouse's throttled network weighs the bytes a learner's phone would receive.
 */
export function serveDist(dist, port, base = '/', { gzip = false } = {}) {
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
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (gzip && TEXT.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      res.writeHead(status, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
      createReadStream(file).pipe(createGzip()).pipe(res);
    } else {
      res.writeHead(status, { 'content-type': type });
      createReadStream(file).pipe(res);
    }
  });
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () => resolve(Object.assign(server, { base: prefix }))),
  );
}

// `node scripts/serve-dist.mjs [--port N] [--dir dist] [--base /dhs/] [--gzip]`: what the end-to-end
// tests serve, so `npm test` runs while `npm start` (Astro's own preview server) is serving in another
// terminal. `--base` serves a build made with BASE under that sub-folder; `--gzip` compresses text.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { parseArgs } = await import('node:util');
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4327' },
      dir: { type: 'string', default: 'dist' },
      base: { type: 'string', default: '/' },
      gzip: { type: 'boolean', default: false },
    },
  });
  const dir = join(process.cwd(), values.dir);
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`${dir}/index.html is missing: run "npm run build" first.`);
    process.exit(1);
  }
  const server = await serveDist(dir, Number(values.port), values.base, { gzip: values.gzip });
  console.log(`Serving ${values.dir}/ at http://localhost:${values.port}${server.base}`);
}
