import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import base from '../playwright.config';

// Browser timings for `npm run bench`: one worker so runs do not compete for the two cores.
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: 'browser.bench.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 300_000,
  reporter: [['list']],
  // The preview server runs from the project root, not from this folder.
  webServer: {
    ...(base.webServer as object),
    command: 'astro preview --port 4327 --host localhost',
    url: 'http://localhost:4327/',
    cwd: fileURLToPath(new URL('..', import.meta.url)),
  },
});
