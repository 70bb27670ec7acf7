/**
 * Browser timings for `npm run bench` (not part of `npm test`): the cohort report reading
 * 500 result files, the results page with 1,000 attempts, and how long a returning learner's
 * pages block the main thread. Writes bench-results/browser.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { emptyProgress, everythingPassed, modules, seed, withAttempt } from '../tests/e2e/progress-seed';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const timings: { what: string; medianMs: number; runs: number; samples: number[] }[] = [];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

test.afterAll(() => {
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/browser.json', JSON.stringify(timings, null, 2));
});

test('the cohort report reads 500 result files', async ({ page }) => {
  const lessonIds = modules.slice(0, 2).flatMap((m) => [`lesson:${m.id}`]);
  const items = [...lessonIds.map((x) => x.replace('lesson:', 'module:')), `quiz:${modules[0]!.data.quiz}`];
  const files = Array.from({ length: 500 }, (_, i) => {
    const file = {
      format: 'dhs-result',
      version: 1,
      learner: `Learner ${String(i + 1).padStart(3, '0')}`,
      saved: '2026-11-20T10:00:00Z',
      content: 'bench',
      assignment: { id: 'bench-500', title: 'Benchmark cohort', trainer: 'Bench', due: '2026-12-31', items },
      lessons: [],
      quizzes: [
        {
          id: modules[0]!.data.quiz,
          attempts: 1 + (i % 3),
          passMark: 80,
          best: { percent: (i * 7) % 101, score: 5, date: '2026-11-19T10:00:00Z' },
          latest: { percent: (i * 7) % 101, score: 5, date: '2026-11-19T10:00:00Z' },
          right: ['commission-role'],
          wrong: [],
        },
      ],
    };
    return { name: `learner-${i + 1}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) };
  });
  const samples: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    await page.goto('/trainers/cohort/');
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    const input = page.getByLabel(/Drop result files here, or choose them/);
    const t0 = Date.now();
    await input.setInputFiles(files);
    await expect(page.getByRole('table', { name: /Results by learner/ }).getByRole('row')).toHaveCount(501, {
      timeout: 120_000,
    });
    samples.push(Date.now() - t0);
  }
  timings.push({
    what: 'Cohort report: 500 result files chosen → table of 500 learners shown',
    medianMs: median(samples),
    runs: RUNS,
    samples,
  });
});

test('the results page shows 1,000 attempts', async ({ page }) => {
  let p = emptyProgress();
  const start = Date.UTC(2026, 0, 1);
  for (let i = 0; i < 1000; i++) {
    const m = modules[i % modules.length]!;
    p = withAttempt(p, m.data.quiz, start + i * 3_600_000, [], i + 1);
  }
  const text = JSON.stringify(p);
  const samples: number[] = [];
  await seed(page, p);
  for (let r = 0; r < RUNS; r++) {
    const t0 = Date.now();
    await page.goto('/results/');
    await expect(page.getByText(/^1,?000 attempts across/)).toBeVisible({ timeout: 120_000 });
    samples.push(Date.now() - t0);
  }
  timings.push({
    what: `Results page: navigation → 1,000 attempts listed (stored record ${Math.round(text.length / 1000)} K characters)`,
    medianMs: median(samples),
    runs: RUNS,
    samples,
  });
});

/**
 * What Lighthouse's total blocking time counts (each long frame's time past 50 ms, after the
 * first paint) when a learner who has finished the course opens a page in a new tab, on a CPU
 * slowed four times as Lighthouse slows it for a mid-range phone. Lighthouse itself always sees
 * a first visit, with nothing stored. BENCH_BEFORE=<origin of another build> measures that
 * build too, run for run in turn with this one, so both see the same machine.
 */
test("a returning learner's pages: main-thread blocking after the first paint", async ({ context, baseURL }) => {
  test.setTimeout(900_000);
  const paths = [
    '/results/',
    '/results/review/',
    '/certificate/',
    '/modules/ai-at-the-bedside/deployer-duties-and-reporting/',
  ];
  const origins = [baseURL!, ...(process.env.BENCH_BEFORE ? [process.env.BENCH_BEFORE] : [])];
  const progress = everythingPassed(Date.UTC(2026, 10, 1));
  const samples = new Map<string, number[]>();
  for (let r = 0; r < RUNS; r++)
    for (const path of paths)
      for (const origin of r % 2 ? [...origins].reverse() : origins) {
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        await seed(page, progress);
        await page.addInitScript(() => {
          const frames: [number, number][] = [];
          Object.assign(window, { __frames: frames });
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) frames.push([e.startTime, e.duration]);
          }).observe({ type: 'long-animation-frame', buffered: true });
        });
        await page.goto(new URL(path, origin).href);
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(800);
        const blocking = await page.evaluate(() => {
          const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
          const frames = (window as unknown as { __frames: [number, number][] }).__frames;
          return Math.round(frames.filter(([at]) => at >= fcp).reduce((sum, [, ms]) => sum + Math.max(0, ms - 50), 0));
        });
        const key = `${origin === baseURL ? '' : `${origin} `}${path}`;
        samples.set(key, [...(samples.get(key) ?? []), blocking]);
        await page.close();
      }
  for (const [key, xs] of samples)
    timings.push({
      what: `Returning learner, ${key} in a new tab: main-thread blocking after first paint, CPU slowed 4×`,
      medianMs: median(xs),
      runs: xs.length,
      samples: xs,
    });
});
