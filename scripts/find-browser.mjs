// Finds a Chromium for Playwright without ever downloading one.
// Order: PLAYWRIGHT_CHROMIUM_PATH, CHROME_PATH, a system browser on PATH, Playwright's own.
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

export function findBrowser(env = process.env) {
  for (const key of ['PLAYWRIGHT_CHROMIUM_PATH', 'CHROME_PATH']) {
    const path = env[key];
    if (path) {
      if (existsSync(path)) return path;
      throw new Error(`${key} is set to "${path}", but there is no file there.`);
    }
  }
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    for (const name of NAMES) {
      const path = join(dir, name);
      if (dir && existsSync(path)) return path;
    }
  }
  return undefined;
}

/** The flags a root, offline CI machine needs; harmless elsewhere. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const NO_BROWSER_MESSAGE = `No Chromium found for the end-to-end tests.
Install one, then run the tests again:
  - Debian/Ubuntu: sudo apt-get install chromium
  - or point PLAYWRIGHT_CHROMIUM_PATH (or CHROME_PATH) at a Chrome or Chromium binary
  - or, where the internet is reachable: npx playwright install chromium`;

// `node scripts/find-browser.mjs --check` exits 0 when a system browser is found (used by .ci/run).
if (
  process.argv[1] &&
  import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '') &&
  process.argv.includes('--check')
) {
  const found = findBrowser();
  if (found) console.log(found);
  process.exit(found ? 0 : 1);
}
