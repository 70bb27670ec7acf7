import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { WCAG_TAGS as TAGS, hydrated } from './page-checks';

/**
 * A learner sends their assignment results from a phone (issue 13, point 9): the phone's
 * share sheet with the result file where the browser can share files, an email link with
 * the summary filled in, and the download as the fallback. An empty name is caught inline.
 */
const PHONE = { width: 375, height: 740 };

async function assignmentLink(page: Page): Promise<string> {
  await page.goto('/trainers/');
  await hydrated(page);
  await page
    .getByRole('group', { name: /^1\. / })
    .getByRole('checkbox', { name: /The whole module/ })
    .check();
  await page.getByLabel('Title').fill('Ward 7 induction');
  await page.getByLabel('Your name or team').fill('Sister Okafor');
  return page.getByLabel('Assignment link', { exact: true }).inputValue();
}

async function acceptAndOpenSend(page: Page, link: string) {
  await page.goto(link);
  await hydrated(page);
  await page.getByRole('button', { name: 'Accept', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Send my results' })).toBeVisible();
}

test('on a phone that can share files, "Send my results" opens the share sheet with the result file', async ({
  page,
}) => {
  const link = await assignmentLink(page);
  await page.setViewportSize(PHONE);
  // The phone's share sheet, as the Web Share API presents it to the page.
  await page.addInitScript(() => {
    const w = window as unknown as { shared?: unknown };
    Object.defineProperty(navigator, 'canShare', {
      value: (d?: { files?: File[] }) => Array.isArray(d?.files) && d.files.length > 0,
    });
    Object.defineProperty(navigator, 'share', {
      value: async (d: { files: File[]; title?: string; text?: string }) => {
        w.shared = {
          files: d.files.map((f) => ({ name: f.name, type: f.type })),
          content: await d.files[0]!.text(),
          title: d.title,
          text: d.text,
        };
      },
    });
  });
  await acceptAndOpenSend(page, link);

  // The name is required, says so, and an empty one gets an inline message.
  const name = page.getByLabel(/Your name, as your trainer knows you/);
  await expect(page.getByText('Your name, as your trainer knows you (required)')).toBeVisible();
  await expect(name).toHaveAttribute('aria-required', 'true');
  const send = page.getByRole('button', { name: 'Send my results' });
  expect((await send.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  await send.click();
  await expect(page.getByText('Enter your name so your trainer knows whose results these are.')).toBeVisible();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toBeFocused();
  expect(await page.evaluate(() => (window as unknown as { shared?: unknown }).shared)).toBeUndefined();

  await name.fill('Ada Lovelace');
  await send.click();
  await expect(page.getByRole('status').filter({ hasText: /shared/ })).toBeVisible();
  await expect(page.getByText('Enter your name so your trainer knows whose results these are.')).toHaveCount(0);
  const shared = (await page.evaluate(() => (window as unknown as { shared?: unknown }).shared)) as {
    files: Array<{ name: string; type: string }>;
    content: string;
    text: string;
  };
  expect(shared.files).toHaveLength(1);
  expect(shared.files[0]?.name).toMatch(/^results-ward-7-induction-ada-lovelace-.+\.json$/);
  expect(shared.files[0]?.type).toBe('application/json');
  expect(JSON.parse(shared.content)).toMatchObject({ learner: 'Ada Lovelace', format: 'dhs-result' });
  expect(shared.text).toContain('Learner: Ada Lovelace');

  // An email link with the summary, and the download, stay on offer.
  const email = page.getByRole('link', { name: 'Email the summary' });
  const href = (await email.getAttribute('href')) ?? '';
  expect(href).toMatch(/^mailto:\?subject=/);
  const body = new URLSearchParams(new URL(href).search).get('body') ?? '';
  expect(body).toContain('Learner: Ada Lovelace');
  expect(body).not.toContain('attached');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the result file' }).click(),
  ]);
  expect(JSON.parse(readFileSync(await download.path(), 'utf8'))).toMatchObject({ learner: 'Ada Lovelace' });

  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
  }
});

test('where the browser cannot share files, "Send my results" downloads the file and offers the email link', async ({
  page,
}) => {
  const link = await assignmentLink(page);
  await page.setViewportSize(PHONE);
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'canShare', { value: () => false });
  });
  await acceptAndOpenSend(page, link);
  await page.getByLabel(/Your name, as your trainer knows you/).fill('Bo Chen');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Send my results' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^results-ward-7-induction-bo-chen-.+\.json$/);
  await expect(page.getByRole('status').filter({ hasText: /downloaded/ })).toBeVisible();
  const href = (await page.getByRole('link', { name: 'Email the summary' }).getAttribute('href')) ?? '';
  expect(new URLSearchParams(new URL(href).search).get('body')).toContain('Learner: Bo Chen');
});
