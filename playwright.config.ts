import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, NO_BROWSER_MESSAGE, findBrowser } from './scripts/find-browser.mjs';

function launchOptions(): { executablePath?: string; args: string[] } {
  const found = findBrowser();
  if (found) return { executablePath: found, args: CHROMIUM_ARGS };
  // Playwright's own browser, if someone installed it; never downloaded here.
  const own = chromium.executablePath();
  if (own && existsSync(own)) return { args: CHROMIUM_ARGS };
  throw new Error(NO_BROWSER_MESSAGE);
}

// E2E_PORT lets two checkouts run their end-to-end tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4327);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    ...devices['Desktop Chrome'],
    launchOptions: launchOptions(),
    serviceWorkers: 'block',
  },
  webServer: {
    command: `node scripts/serve-dist.mjs --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
