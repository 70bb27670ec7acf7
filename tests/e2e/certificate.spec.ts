import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { formatMinutes } from '../../src/lib/format';
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
  await expect(cert.getByText('Your name here')).toBeVisible();
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
  await expect(page.getByRole('status').filter({ hasText: 'Your CPD evidence was downloaded' })).toBeVisible();
});
