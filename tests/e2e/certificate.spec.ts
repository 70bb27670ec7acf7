import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { formatMinutes } from '../../src/lib/format';
import { course } from './course';
import {
  allLessons,
  emptyProgress,
  everythingPassed,
  finalQuiz,
  modules,
  quiz,
  seed,
  totalMinutes,
  withAttempt,
} from './progress-seed';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function noAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('before everything is passed, the certificate page says what is left, with links', async ({ page }) => {
  const first = modules[0]!.data.quiz;
  await seed(page, withAttempt(emptyProgress(), first, Date.now() - 60_000));
  await page.goto('/certificate/');
  await expect(page.getByRole('heading', { name: 'Not yet: what is left' })).toBeVisible();
  const left = page.getByRole('region', { name: 'Not yet: what is left' }).getByRole('listitem');
  // Every lesson (none completed yet) and every quiz but the one passed.
  await expect(left).toHaveCount(allLessons.length + modules.length - 1 + 1);
  await expect(page.getByRole('link', { name: quiz(first).data.title })).toHaveCount(0);
  await expect(page.getByRole('link', { name: finalQuiz.data.title })).toHaveAttribute(
    'href',
    `/quizzes/${finalQuiz.id}/`,
  );
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toHaveCount(0);
  await noAxeViolations(page);
});

test('a new learner sees every quiz still to pass', async ({ page }) => {
  await page.goto('/certificate/');
  await expect(page.getByRole('region', { name: 'Not yet: what is left' }).getByRole('listitem')).toHaveCount(
    allLessons.length + modules.length + 1,
  );
  await noAxeViolations(page);
});

test('completing and passing everything unlocks the certificate with the right totals', async ({ page }) => {
  await seed(page, everythingPassed(Date.now() - 7 * 24 * 3_600_000));
  await page.goto('/certificate/');
  const cert = page.getByRole('article', { name: 'Digital Health Skills' });
  await expect(cert).toBeVisible();
  await expect(cert).not.toContainText('Your name here');
  await expect(cert).toContainText(`Reading time of the lessons completed (estimated) ${formatMinutes(totalMinutes)}`);
  await expect(cert).toContainText('Final assessment score 100%');
  await expect(cert).toContainText(/not an accredited CPD credit/);
  await expect(cert.getByRole('heading', { name: 'Learning objectives covered' })).toBeVisible();
  await expect(cert.getByRole('listitem')).toHaveCount(modules.length);

  await page.getByLabel('Your name as it should appear on the certificate').fill('Dr Zoë <b>Okafor</b>');
  await expect(cert.getByText('Dr Zoë bOkafor/b', { exact: true })).toBeVisible();
  await page.reload();
  await expect(cert.getByText('Dr Zoë bOkafor/b', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();
  await noAxeViolations(page);

  // The print layout fits one A4 page.
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  expect(/\/Count (\d+)/.exec(pdf.toString('latin1'))?.[1]).toBe('1');
});

test('with no name, the certificate asks for it in a focused field, and printing waits for it', async ({ page }) => {
  await seed(page, everythingPassed(Date.now() - 24 * 3_600_000));
  await page.goto('/certificate/');
  const cert = page.getByRole('article', { name: 'Digital Health Skills' });
  const field = page.getByLabel('Your name as it should appear on the certificate');
  await expect(cert).toBeVisible();
  await expect(field).toBeFocused();
  await expect(page.getByText('One step left: your name')).toBeVisible();
  await expect(cert).not.toContainText('Your name here');
  await page.evaluate(() => {
    const w = window as unknown as { printed: number };
    w.printed = 0;
    window.print = () => void w.printed++;
  });
  const printed = () => page.evaluate(() => (window as unknown as { printed: number }).printed);

  // The button does not print a nameless certificate: it asks for the name at the field.
  await page.getByRole('button', { name: 'Print or save as PDF' }).click();
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert')).toHaveText('Type your name first: the certificate carries it.');
  expect(await printed()).toBe(0);

  // Ctrl+P cannot be held back: the printout asks for the name instead of showing the certificate…
  await page.getByRole('button', { name: 'Download CPD evidence' }).focus();
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await expect(field).toBeFocused();
  await page.emulateMedia({ media: 'print' });
  await expect(cert).toBeHidden();
  await expect(page.getByText('This certificate has no name yet.')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // …and once the name is typed, Enter in the field prints the named certificate.
  await field.fill('Dr Ana Costa');
  await expect(field).not.toHaveAttribute('aria-invalid', 'true');
  await field.press('Enter');
  await expect.poll(printed).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(cert.getByText('Dr Ana Costa', { exact: true })).toBeVisible();
  await expect(page.getByText('This certificate has no name yet.')).toHaveCount(0);
  await noAxeViolations(page);
});

test('CPD evidence downloads lessons, time, objectives, quiz results and the reflection', async ({ page }) => {
  await seed(page, everythingPassed(Date.now() - 24 * 3_600_000));
  await page.goto('/certificate/');
  await page.getByLabel(/Your reflection/).fill('I will ask vendors for the CE mark and intended purpose.');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CPD evidence' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^digital-health-skills-cpd-evidence-\d{4}-\d{2}-\d{2}\.txt$/);
  const text = readFileSync(await file.path(), 'utf8');
  expect(text).toContain('not an accredited CPD credit');
  expect(text).toMatch(new RegExp(`Study time \\(reading time of the lessons completed\\): ${totalMinutes} minutes`));
  expect(text).toContain(`${finalQuiz.data.title}: best 100%, passed on`);
  expect(text).toContain('I will ask vendors for the CE mark and intended purpose.');
  // The address the learner is on, never one fixed when the site was built.
  expect(text).toContain(`Course: ${new URL('/', page.url()).href}\n`);
  // Which version of the course stood behind the record (src/data/edition.ts).
  expect(text).toContain(`Course edition: ${course.edition.edition}, law checked ${course.edition.lawChecked}\n`);
  expect(text).not.toContain('localhost');
  await expect(page.getByRole('status').filter({ hasText: 'Your CPD evidence was downloaded' })).toBeVisible();
});

test('a certificate printed from a device in dark mode has dark ink on white paper, labels included', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  // Named: a nameless certificate is not printed at all.
  await seed(page, { ...everythingPassed(Date.now() - 24 * 3_600_000), n: 'Dr Ana Costa' });
  await page.goto('/certificate/');
  const cert = page.getByRole('article', { name: 'Digital Health Skills' });
  await expect(cert).toBeVisible();
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  // Contrast of each text against white paper, from its computed colour.
  const contrast = (el: Element) => {
    const lum = (c: string) => {
      const [r, g, b] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
        const s = Number(v) / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    return 1.05 / (lum(getComputedStyle(el).color) + 0.05);
  };
  for (const text of ['Lessons completed', 'Quizzes passed', /not an accredited CPD credit/]) {
    const ratio = await cert.getByText(text).first().evaluate(contrast);
    expect(ratio, `contrast of "${String(text)}" on paper`).toBeGreaterThanOrEqual(4.5);
  }
});
