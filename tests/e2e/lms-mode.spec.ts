/**
 * Inside an LMS package only what belongs there (issue 23): no trainer tools, no device
 * backup or progress codes, no assignment links, no offline copy. Needs `npm run package:test`.
 */
import { expect, test } from '@playwright/test';
import { startLms, type Harness } from './lms-harness';

// Beside the main site's server port, clear of the other LMS specs' servers.
const PORT = Number(process.env.E2E_PORT ?? 4327) + 4;
let lms: Harness;

test.beforeAll(async () => {
  lms = await startLms(PORT, { module: 'digital-health-skills-why-digital-health-scorm12.zip' });
});
test.afterAll(async () => {
  await lms.close();
});

test('a module package shows no trainer tools, backup, progress codes or assignment links', async ({ page }) => {
  const base = `${lms.url}/pkg/module`;
  await page.goto(`${base}/results/index.html`);
  await expect(page.locator('html')).toHaveAttribute('data-delivery', 'lms');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'My results' })).toHaveCount(1);
  await expect(page.getByRole('link', { name: 'For trainers' })).toHaveCount(0);
  for (const heading of ['Back up your progress', 'Bring back saved progress', 'Offline use'])
    await expect(page.getByRole('heading', { name: heading })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Copy progress code' })).toHaveCount(0);
  await expect(page.getByLabel('Or paste a progress code')).toBeHidden();

  await page.goto(`${base}/index.html`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'For trainers' })).toHaveCount(0);
  await expect(page.locator('[data-assignments]')).toBeHidden();
});
