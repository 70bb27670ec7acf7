/**
 * Inside an LMS package only what belongs there (issue 23): no trainer tools, no device
 * backup or progress codes, no assignment links, no offline copy; a module package's pages
 * describe that module, and say the LMS keeps the record. Needs `npm run package:test`.
 */
import { expect, test, type Page } from '@playwright/test';
import { textToCodeSync } from '../../src/lms/suspend-code';
import { frames, startLms, type Harness } from './lms-harness';
import { allLessons, emptyProgress, finalQuiz, lessonsOf, modules, withAttempt, withLessons } from './progress-seed';
import { attemptKey } from '../../src/lib/results/list';
import { attemptsFor } from '../../src/progress/model';

let lms: Harness;

// A free port per worker: this file's tests run in both workers, each with its own stand-in LMS.
test.beforeAll(async () => {
  lms = await startLms(0, { module: 'digital-health-skills-why-digital-health-scorm12.zip' });
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
  // The footer's advice to back up is the standalone site's, like the backup section it links to.
  await expect(page.getByRole('contentinfo')).toContainText('Your progress stays in your browser.', {
    useInnerText: true,
  });
  await expect(page.getByRole('link', { name: 'back it up' })).toHaveCount(0);

  await page.goto(`${base}/index.html`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'For trainers' })).toHaveCount(0);
  await expect(page.locator('[data-assignments]')).toBeHidden();
});

const mod = modules.find((m) => m.id === 'why-digital-health')!;
const modLessons = lessonsOf(mod.id);

/**
 * Launches the module package in the stand-in LMS (SCORM 1.2) with this progress saved in
 * it, and returns a function that opens a page of the package in the launcher's course frame.
 */
async function launchModule(page: Page, p: Parameters<typeof withLessons>[0]) {
  const preset = { core: { student_name: 'Nurse, Ada' }, suspend_data: textToCodeSync(JSON.stringify(p)) };
  await page.addInitScript((x) => ((window as unknown as { LMS_PRESET: object }).LMS_PRESET = x), preset);
  await page.goto(`${lms.url}/lms.html?edition=scorm12&pkg=module`);
  const { course } = frames(page);
  await expect(course.locator('main')).toBeVisible();
  return async (path: string) => {
    const frame = page.frame({ url: /\/pkg\/module\/(?!lms\.html)/ });
    await frame!.goto(`${lms.url}/pkg/module/${path}`);
    await expect(course.getByRole('heading', { level: 1 })).toBeVisible();
    return course;
  };
}

test('in a module package the dashboard and the certificate describe that module’s lessons and quiz, and say the LMS keeps the record', async ({
  page,
}) => {
  const n = modLessons.length;
  const open = await launchModule(page, withLessons(emptyProgress(), [modLessons[0]!.id], Date.UTC(2026, 10, 1)));

  const home = await open('index.html');
  await expect(
    home.getByRole('listitem').filter({ hasText: new RegExp(`^1 of ${n} lessons completed$`) }),
  ).toBeVisible();
  await expect(
    home.getByText(
      `This package covers the module ${mod.data.title}: ${n} lessons and its quiz. Your organisation's learning system keeps the official record of your progress and results.`,
    ),
  ).toBeVisible();
  await expect(home.getByText(`of ${allLessons.length} lessons completed`)).toHaveCount(0);
  await expect(home.getByRole('link', { name: 'Continue' })).toHaveAttribute('href', /why-digital-health/);
  // The course map shows this module's stop only, and no whole-course counts.
  const map = home.getByRole('list', { name: 'Modules' });
  await expect(map.getByRole('heading')).toHaveText([`1. ${mod.data.title}`]);
  const stats = home.locator('[data-course-stats]');
  await expect(stats).toHaveCount(1);
  await expect(stats).toBeHidden();

  const cert = await open('certificate/index.html');
  await expect(cert.getByRole('heading', { name: 'Your official record' })).toBeVisible();
  await expect(cert.getByText("Your organisation's learning system (LMS) keeps the official record")).toBeVisible();
  await expect(cert.getByRole('heading', { name: 'A self-assessed record' })).toBeHidden();
  await expect(
    cert.getByText(
      `In this package the certificate is for the module ${mod.data.title}: its ${n} lessons completed and its quiz passed. So far: 1 of ${n} lessons completed, 0 of 1 quiz passed.`,
    ),
  ).toBeVisible();
  // What is left: this module's other lessons and its quiz, nothing from the rest of the course.
  const left = cert.getByRole('region', { name: 'Not yet: what is left' });
  await expect(left.getByRole('listitem')).toHaveCount(n - 1 + 1);
  await expect(cert.getByText(`of ${allLessons.length} lessons`)).toHaveCount(0);
});

test('a module package gives its certificate for that module once its lessons are done and its quiz passed', async ({
  page,
}) => {
  const at = Date.UTC(2026, 10, 1);
  const done = withAttempt(
    withLessons(
      emptyProgress(),
      modLessons.map((l) => l.id),
      at,
    ),
    mod.data.quiz,
    at + 3_600_000,
  );
  const open = await launchModule(page, done);
  const home = await open('index.html');
  await expect(home.getByText('You have completed this module and passed its quiz. Well done.')).toBeVisible();
  const cert = await open('certificate/index.html');
  await cert.getByLabel('Your name as it should appear on the certificate').fill('Ada Nurse');
  const article = cert.getByRole('article');
  await expect(article.getByRole('heading', { name: `Digital Health Skills: ${mod.data.title}` })).toBeVisible();
  await expect(article).toContainText(
    `completed all ${modLessons.length} lessons of ${mod.data.title}, a module of the self-paced course Digital Health Skills, and passed its quiz`,
  );
  await expect(article.getByText('Final assessment score')).toHaveCount(0);
  await expect(article.getByText(`${modLessons.length} of ${modLessons.length}`, { exact: true })).toBeVisible();
});

test('inside a package, the review of a submitted final assessment fetches its key from the package and shows the right answers', async ({
  page,
}) => {
  const p = withAttempt(emptyProgress(), finalQuiz.id, Date.UTC(2026, 10, 1), [finalQuiz.data.questions[0]!.id]);
  const open = await launchModule(page, p);
  const review = await open(`results/review/index.html#${attemptKey(attemptsFor(p, finalQuiz.id)[0]!)}`);
  const first = review.getByRole('listitem').filter({ hasText: finalQuiz.data.questions[0]!.prompt });
  await expect(first.getByRole('heading', { name: /: Wrong$/ })).toBeVisible();
  await expect(first.getByText(finalQuiz.data.questions[0]!.explanation)).toBeVisible();
  expect(lms.requests).toContain(`/pkg/module/quizzes/${finalQuiz.id}/key.json`);
});
