/**
 * Browser timings for `npm run bench` (not part of `npm test`): the cohort report reading
 * 500 result files, and the results page with 1,000 attempts. Writes bench-results/browser.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { emptyProgress, modules, seed, withAttempt } from '../tests/e2e/progress-seed';

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
