import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { buildServiceWorker } from '../../scripts/postbuild.mjs';
import { serveDist } from '../../scripts/serve-dist.mjs';
import { assessmentQuiz, fillAnswer, practiceQuizzes, questionOnScreen, type QuizFile } from './quiz-answers';
import { DIST, builtPaths } from './site';
import { emptyProgress, seed, withAttempt } from './progress-seed';
import { attemptKey } from '../../src/lib/results/list';
import { attemptsFor } from '../../src/progress/model';

// playwright.config.ts blocks service workers everywhere else.
test.use({ serviceWorkers: 'allow' });

const lessons = builtPaths().filter((p) => /^\/modules\/[^/]+\/[^/]+\/$/.test(p));

/** Waits until the service worker controls the page, which it does only once the whole course is saved. */
async function waitForOfflineCopy(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

/** The course's own stylesheet applied (it sets the body's margin to 0): assets came with the page. */
const styled = (page: Page) => page.evaluate(() => getComputedStyle(document.body).marginTop);

/** "Complete and continue" at the end of a lesson: counts it, then opens the next step. */
async function markComplete(page: Page) {
  const from = page.url();
  await page.getByRole('link', { name: /^Complete and continue/ }).click();
  await expect(page).not.toHaveURL(from);
  // The next page records its own visit as it loads: let it finish before anyone reads storage.
  await page.waitForLoadState('load');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

test.describe('the course offline', () => {
  test('after one visit, every lesson, quiz and the final assessment work offline, and progress made offline is kept', async ({
    page,
    context,
  }) => {
    test.setTimeout(180_000);
    expect(lessons.length).toBeGreaterThan(10);
    await page.goto('/');
    await waitForOfflineCopy(page);
    await context.setOffline(true);

    for (const path of lessons) {
      const res = await page.goto(path);
      expect(res?.ok(), path).toBe(true);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await styled(page), path).toBe('0px');
    }

    // A module quiz: answer a question and get feedback.
    const quiz = practiceQuizzes().sort((a, b) => a.questions.length - b.questions.length)[0] as QuizFile;
    await page.goto(`/quizzes/${quiz.id}/`);
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    const q = await questionOnScreen(page, quiz);
    await fillAnswer(page, q, true);
    await page.getByRole('button', { name: 'Check answer' }).click();
    await expect(page.getByRole('heading', { name: 'Correct', exact: true })).toBeVisible();

    // The final assessment: answer the first two questions.
    const final = assessmentQuiz() as QuizFile;
    await page.goto(`/quizzes/${final.id}/`);
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    for (let i = 1; i <= 2; i++) {
      await expect(page.getByRole('heading', { name: `Question ${i} of ${final.questions.length}` })).toBeVisible();
      const fq = await questionOnScreen(page, final);
      await fillAnswer(page, fq, true);
      const keep = page.getByRole('button', { name: 'Keep this order' });
      if (fq.type === 'order' && (await keep.isVisible())) await keep.click();
      await page.getByRole('button', { name: 'Next question' }).click();
    }
    await expect(page.getByRole('heading', { name: `Question 3 of ${final.questions.length}` })).toBeVisible();

    // Complete a lesson, reload: still complete; the course overview counts it.
    const lesson = lessons[0] ?? '';
    await page.goto(lesson);
    await markComplete(page);
    await page.goto(lesson);
    await page.reload();
    await expect(page.getByRole('button', { name: 'Mark as not complete' })).toBeVisible();
    await page.goto('/');
    await expect(page.getByText(`1 of ${lessons.length} lessons completed`, { exact: true })).toBeVisible();

    // The glossary, My results (which says the course is on this device) and the trainer pages.
    for (const path of ['/glossary/', '/certificate/', '/trainers/', '/trainers/cohort/', '/about/']) {
      expect((await page.goto(path))?.ok(), path).toBe(true);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }
    await page.goto('/results/');
    await expect(page.getByText(/^Available offline on this device/)).toBeVisible();
  });

  test('search works offline', async ({ page, context }) => {
    await page.goto('/about/');
    await waitForOfflineCopy(page);
    await context.setOffline(true);
    await page.goto('/glossary/');
    await page.keyboard.press('/');
    await page.keyboard.type('ransomware');
    const results = page.getByRole('list', { name: 'Search results' }).getByRole('link');
    await expect(results.first()).toBeVisible();
    await expect(results.filter({ hasText: 'Glossary: Ransomware' })).toHaveCount(1);
    await results.first().click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('offline, an address the course does not have shows the offline page with links to what is saved', async ({
    page,
    context,
  }) => {
    await page.goto('/');
    await waitForOfflineCopy(page);
    // Online, an unknown address is the site's own "Page not found".
    await page.goto('/modules/no-such-lesson/');
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await context.setOffline(true);
    await page.goto('/modules/no-such-lesson/');
    await expect(page.getByRole('heading', { name: 'You are offline' })).toBeVisible();
    const link = page
      .getByRole('main')
      .getByRole('link')
      .filter({ hasNotText: /^Module/ })
      .first();
    await link.click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await styled(page)).toBe('0px');
  });

  test('a page inside an LMS package registers no service worker', async ({ page }) => {
    // What the LMS packager (issue 14) writes on every page it packs.
    await page.route('**/about/', async (route) => {
      const res = await route.fetch();
      const body = (await res.text()).replace('<html lang=', '<html data-delivery="lms" lang=');
      await route.fulfill({ response: res, body });
    });
    await page.goto('/about/');
    await page.waitForLoadState('load');
    await expect(page.locator('html')).toHaveAttribute('data-delivery', 'lms');
    // Give a registration every chance to happen.
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
    // Without the attribute the same page does register (so the check above can fail).
    await page.unroute('**/about/');
    await page.goto('/about/');
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length)))
      .toBe(1);
  });

  test('saving the course for offline use waits until the page’s island has started, so it never competes with the first visit', async ({
    page,
  }) => {
    // Hold back the quiz island's code: the page has loaded, its island has not hydrated.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_astro\/Quiz\.[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`/quizzes/${practiceQuizzes()[0]!.id}/`);
    await page.waitForLoadState('load');
    const island = page.locator('astro-island[client="load"]').first();
    await expect(island).toHaveAttribute('ssr', '');
    const registrations = () => page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length));
    // Long enough for the old behaviour (registering on "load") to have shown.
    await page.waitForTimeout(1500);
    expect(await registrations()).toBe(0);
    release();
    await expect(page.getByRole('button', { name: /^Start the/ })).toBeEnabled();
    await expect.poll(registrations).toBe(1);
  });

  test('offline, the review of a submitted final assessment still shows the right answers and explanations', async ({
    page,
    context,
  }) => {
    const final = assessmentQuiz() as QuizFile;
    const p = withAttempt(emptyProgress(), final.id, Date.now() - 60_000, [final.questions[0]!.id]);
    await seed(page, p);
    // A page that never fetches the key: it can only come from the offline copy.
    await page.goto('/about/');
    await waitForOfflineCopy(page);
    await context.setOffline(true);
    await page.goto(`/results/review/#${attemptKey(attemptsFor(p, final.id)[0]!)}`);
    const first = page.getByRole('listitem').filter({ hasText: final.questions[0]!.prompt });
    await expect(first.getByRole('heading', { name: /: Wrong$/ })).toBeVisible();
    await expect(first.getByText(final.questions[0]!.explanation)).toBeVisible();
  });

  test('the service worker saves every page, its assets and the search index', () => {
    const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
    const urls = new Set([...sw.matchAll(/url:"([^"]+)"/g)].map((m) => `/${m[1]}`));
    const pages = builtPaths().filter((p) => p !== '/404');
    expect(pages.filter((p) => !urls.has(`${p}index.html`))).toEqual([]);
    const assets = (readFileSync(join(DIST, 'index.html'), 'utf8').match(/\/_astro\/[\w.-]+\.(js|css)/g) ?? []).filter(
      (a, i, all) => all.indexOf(a) === i,
    );
    expect(assets.filter((a) => !urls.has(a))).toEqual([]);
    for (const f of ['/pagefind/pagefind.js', '/pagefind/pagefind-worker.js', '/pagefind/wasm.en-gb.pagefind']) {
      expect(urls.has(f), f).toBe(true);
    }
    expect([...urls].some((u) => u.startsWith('/pagefind/index/'))).toBe(true);
    expect([...urls].some((u) => u.startsWith('/pagefind/fragment/'))).toBe(true);
    expect([...urls].some((u) => /search-ui-entry/.test(u))).toBe(true);
  });

  test('the course can be installed: the web manifest and service worker meet the browser’s rules', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForOfflineCopy(page);
    const cdp = await page.context().newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    // Playwright's contexts are private windows, where Chromium never offers to install.
    expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8')) as { name: string };
    expect(manifest.name).toBe('Digital Health Skills');
  });
});

test.describe('a new version of the course', () => {
  let dir = '';
  let server: Server | undefined;
  let origin = '';

  test.beforeEach(async () => {
    // A deployment of its own, which the test can change under the learner's feet.
    dir = mkdtempSync(join(tmpdir(), 'dhs-update-'));
    cpSync(DIST, dir, { recursive: true });
    server = (await serveDist(dir, 0)) as Server;
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  test.afterEach(() => {
    server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('is offered with "Reload", pages never mix versions, and progress is untouched', async ({ page }) => {
    test.setTimeout(120_000);
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    page.on('requestfailed', (r) => failed.push(`failed ${r.url()}`));

    await page.goto(`${origin}/`);
    await waitForOfflineCopy(page);
    await page.goto(`${origin}${lessons[0] ?? ''}`);
    await markComplete(page);
    const progress = await page.evaluate(() => JSON.stringify({ ...localStorage }));

    // Deploy version two: a changed home page, and the service worker built for it.
    const home = join(dir, 'index.html');
    writeFileSync(
      home,
      readFileSync(home, 'utf8').replace('<main id="main" tabindex="-1">', '$&<p>Version two of the course.</p>'),
    );
    await buildServiceWorker(dir);

    // The next visit still shows version one, whole, and offers version two.
    await page.goto(`${origin}/`);
    await expect(page.getByRole('status').filter({ hasText: 'A new version of the course is ready.' })).toBeVisible({
      timeout: 30_000,
    });
    await expect(page.getByText('Version two of the course.')).toHaveCount(0);
    expect(await styled(page)).toBe('0px');

    await page.getByRole('button', { name: 'Reload' }).click();
    await expect(page.getByText('Version two of the course.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Reload' })).toBeHidden();
    expect(await styled(page)).toBe('0px');
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).toBe(progress);
    await expect(page.getByText(`1 of ${lessons.length} lessons completed`, { exact: true })).toBeVisible();
    expect(failed).toEqual([]);
  });
});
