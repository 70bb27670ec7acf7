import { mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist } from '../../../scripts/serve-dist.mjs';

// The test server: plain by default (what the end-to-end tests get), gzip when asked (the
// benchmark, so Lighthouse weighs what a host would send), never for images.
const dist = mkdtempSync(join(tmpdir(), 'serve-dist-'));
const html = `<!doctype html><title>t</title>${'<p>lesson text</p>'.repeat(500)}`;
writeFileSync(join(dist, 'index.html'), html);
writeFileSync(join(dist, '404.html'), 'not here');
writeFileSync(join(dist, 'icon.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));

let plain: Server;
let gzip: Server;
const port = (s: Server) => (s.address() as { port: number }).port;
const get = (s: Server, path: string) =>
  fetch(`http://127.0.0.1:${port(s)}${path}`, { headers: { 'accept-encoding': 'gzip' } });

beforeAll(async () => {
  plain = (await serveDist(dist, 0)) as Server;
  gzip = (await serveDist(dist, 0, '/', { gzip: true })) as Server;
});
afterAll(() => {
  plain.close();
  gzip.close();
});

describe('serveDist', () => {
  it('sends files as they are unless asked to compress', async () => {
    const r = await get(plain, '/');
    expect(r.headers.get('content-encoding')).toBeNull();
    expect(await r.text()).toBe(html);
  });

  it('with gzip, compresses text (the same page arrives) but not images', async () => {
    const r = await get(gzip, '/');
    expect(r.headers.get('content-encoding')).toBe('gzip');
    expect(r.headers.get('vary')).toBe('accept-encoding');
    expect(await r.text()).toBe(html);
    const png = await get(gzip, '/icon.png');
    expect(png.headers.get('content-encoding')).toBeNull();
    const missing = await get(gzip, '/nowhere/');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe('not here');
  });
});
