import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { encodeAssignment } from '../../src/lib/assignments/link-encode';
import {
  everythingPassed,
  lessonsOf,
  modules,
  quiz,
  seed,
  withAttempt,
  withLessons,
  emptyProgress,
} from './progress-seed';
import { fillAnswer, loadQuizzes, questionOnScreen } from './quiz-answers';
import { DIST, builtPaths, readBuilt } from './site';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Every lesson page with a course figure, and the figures on it (quiz pages have their own test below). */
const figurePages = builtPaths()
  .filter((path) => /^\/modules\/[^/]+\/[^/]+\/$/.test(path))
  .map((path) => ({
    path,
    ids: [...(readBuilt(path) ?? '').matchAll(/<figure class="fig" data-figure="([^"]+)"/g)].map((m) => m[1]!),
  }))
  .filter((p) => p.ids.length > 0);

test('the lessons show the course figures', () => {
  const shown = new Set(figurePages.flatMap((p) => p.ids));
  for (const id of [
    'value-chain',
    'risk-tiers',
    'high-risk-path',
    'rule-11',
    'timeline',
    'ehds-uses',
    'reporting-clocks',
  ]) {
    expect(shown.has(id), `figure ${id} is on no page`).toBe(true);
  }
});

for (const { path, ids } of figurePages) {
  test(`${path}: each figure has an image name, a caption and a description naming every label, and fits a 375 px phone`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(path);
    for (const id of ids) {
      const fig = page.locator(`figure[data-figure="${id}"]`);
      await fig.scrollIntoViewIfNeeded();
      await expect(fig.getByRole('img')).toHaveAccessibleName(/\w{4,}/);
      await expect(fig.locator(':scope > figcaption:last-child .fig-caption')).not.toBeEmpty();
      // No script inside a figure: they are drawn when the site is built.
      await expect(fig.locator('script')).toHaveCount(0);
      const box = (await fig.locator('svg').boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `${id} is wider than the phone`).toBeLessThanOrEqual(375);
      // Text in the drawing must not be shrunk below a readable size on a phone.
      const scale = await fig.locator('svg').evaluate((svg) => svg.getBoundingClientRect().width / 340);
      expect(scale, `${id} is drawn too small`).toBeGreaterThan(0.9);

      const summary = fig.getByText('Describe this figure');
      await summary.focus();
      await page.keyboard.press('Enter');
      const details = fig.locator('details');
      await expect(details).toHaveAttribute('open', '');
      const described = (await details.innerText()).replace(/\s+/g, ' ').toLowerCase();
      const labels = await fig
        .locator('svg text')
        .evaluateAll((els) => els.map((e) => [...e.querySelectorAll('tspan')].map((t) => t.textContent).join(' ')));
      for (const label of labels) {
        const l = label.replace(/^• /, '').replace(/\s+/g, ' ').trim().toLowerCase();
        expect(described, `${id}: "${label}" is drawn but not described`).toContain(l);
      }
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${path} scrolls sideways at 375 px`).toBeLessThanOrEqual(0);
  });

  test(`${path}: the figures have no accessibility violations in light and dark, phone and desktop`, async ({
    page,
  }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [375, 1280]) {
        await page.setViewportSize({ width, height: 800 });
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        await page
          .locator('figure.fig details')
          .evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
        const r = await new AxeBuilder({ page }).include('figure.fig').withTags(TAGS).analyze();
        expect(r.violations.map((v) => `${colorScheme} ${width}: ${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
      }
    }
  });
}

test('the home page shows the course as a map of modules with each module’s progress at a glance', async ({ page }) => {
  const [first, second] = modules;
  const t = Date.UTC(2026, 10, 1);
  let p = withLessons(
    emptyProgress(),
    lessonsOf(first!.id).map((l) => l.id),
    t,
  );
  p = withAttempt(p, quiz(first!.data.quiz).id, t + 60_000);
  p = withLessons(p, [lessonsOf(second!.id)[0]!.id], t + 120_000);
  await seed(page, p);
  await page.goto('/');
  const map = page.getByRole('list', { name: 'Modules' });
  const stops = map.locator(':scope > li');
  await expect(stops).toHaveCount(modules.length + 1);
  for (const [i, m] of modules.entries()) {
    await expect(stops.nth(i).locator(`svg[data-icon="${m.id}"]`)).toHaveCount(1);
  }
  await expect(stops.nth(0)).toHaveAttribute('data-state', 'done');
  await expect(stops.nth(0).locator('[data-ring]')).toHaveAttribute('stroke-dasharray', '100 100');
  await expect(stops.nth(1)).toHaveAttribute('data-state', 'started');
  const share = Math.round((1 / lessonsOf(second!.id).length) * 100);
  await expect(stops.nth(1).locator('[data-ring]')).toHaveAttribute('stroke-dasharray', `${share} 100`);
  await expect(stops.nth(2)).toHaveAttribute('data-state', 'new');
  await expect(stops.nth(2).locator('[data-ring]')).toHaveAttribute('stroke-dasharray', '0 100');
  // The same progress in words, for everyone.
  await expect(stops.nth(1)).toContainText(`1 of ${lessonsOf(second!.id).length} lessons completed`);
});

test('the course mark is in the header and the web-app icons are maskable PNGs of 192 and 512 px', async ({
  page,
  request,
}) => {
  await page.goto('/glossary/');
  await expect(
    page.getByRole('banner').getByRole('link', { name: 'Digital Health Skills' }).locator('svg.course-mark'),
  ).toHaveCount(1);
  const manifest = (await (await request.get('/manifest.webmanifest')).json()) as {
    icons: { src: string; sizes: string; type: string; purpose?: string }[];
  };
  for (const size of [192, 512]) {
    const icon = manifest.icons.find((i) => i.sizes === `${size}x${size}`);
    expect(icon?.type).toBe('image/png');
    expect(icon?.purpose).toMatch(/\bmaskable\b/);
    const png = readFileSync(join(DIST, icon!.src));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
  }
});

test('module icons show on the module page, the assignment page and the certificate', async ({ page }) => {
  const m = modules[3]!;
  await page.goto(`/modules/${m.id}/`);
  await expect(page.getByRole('heading', { level: 1 }).locator(`svg[data-icon="${m.id}"]`)).toHaveCount(1);

  const code = await encodeAssignment({
    id: 'figures-test',
    title: 'Icons',
    trainer: 'Ward team',
    items: [`module:${m.id}`, `quiz:${m.data.quiz}`],
  });
  await page.goto(`/assignment/#${code}`);
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(page.locator(`ul.todo svg[data-icon="${m.id}"]`).first()).toBeVisible();
  // The island's icons draw the page's symbols: each one it uses must exist.
  await expect(page.locator(`symbol#mi-${m.id} path`).first()).toBeAttached();
  await expect(page.locator(`ul.todo svg[data-icon="${m.id}"] use`).first()).toHaveAttribute('href', `#mi-${m.id}`);

  await seed(page, everythingPassed(Date.UTC(2026, 10, 1)));
  await page.goto('/certificate/');
  const cert = page.locator('article.certificate');
  await expect(cert).toBeVisible();
  for (const mod of modules) {
    await expect(cert.locator(`svg[data-icon="${mod.id}"] use`)).toHaveAttribute('href', `#mi-${mod.id}`);
    await expect(page.locator(`symbol#mi-${mod.id} path`).first()).toBeAttached();
  }
});

test('a quiz shows a question’s figure while it is answered and after feedback, and only with that question', async ({
  page,
}) => {
  const quizFile = loadQuizzes().find((q) => q.id === 'why-digital-health')!;
  const withFigure = quizFile.questions.find((q) => q.figure)!;
  expect(withFigure, 'the why-digital-health quiz has a question with a figure').toBeDefined();
  const total = quizFile.questions.length;
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/quizzes/why-digital-health/');
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  let seen = false;
  for (let i = 0; i < total && !seen; i++) {
    await expect(page.getByRole('heading', { name: `Question ${i + 1} of ${total}` })).toBeVisible();
    const q = await questionOnScreen(page, quizFile);
    // The page draws the figures once above the quiz and shows only the current question's.
    const fig = page.locator('.quiz-figures figure.fig:visible');
    if (q.figure) {
      await expect(fig).toHaveCount(1);
      await expect(fig).toHaveAttribute('data-figure', q.figure);
      await expect(fig.getByRole('img')).toHaveAccessibleName(/value chain/i);
      await expect(fig.getByText('Describe this figure')).toBeVisible();
      await fillAnswer(page, q, true);
      await page.getByRole('button', { name: 'Check answer' }).click();
      await expect(page.getByRole('heading', { name: 'Correct', exact: true })).toBeFocused();
      await expect(page.locator(`.quiz-figures figure[data-figure="${q.figure}"]`)).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const r = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        expect(r.violations.map((v) => `${colorScheme}: ${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
      }
      seen = true;
    } else {
      await expect(fig).toHaveCount(0);
      await fillAnswer(page, q, true);
      await page.getByRole('button', { name: 'Check answer' }).click();
      await page.getByRole('button', { name: 'Next question' }).click();
    }
  }
  expect(seen, `never reached "${withFigure.prompt}"`).toBe(true);
});

test('a knowledge check shows a question’s figure, unless its lesson already shows that figure', async ({ page }) => {
  await page.goto('/modules/ai-at-the-bedside/deployer-duties-and-reporting/');
  // Drawn just above the knowledge check that asks the question.
  const fig = page.locator('figure[data-figure="ai-wrong"]');
  await expect(fig).toHaveCount(1);
  await expect(fig).toBeVisible();
  await expect(page.locator('figure[data-figure="ai-wrong"] + astro-island fieldset')).toContainText(
    'suspected serious incident',
  );
  await page.goto('/modules/regulation/ai-act-and-medical-devices/');
  await expect(page.locator('figure[data-figure="high-risk-path"]')).toHaveCount(1);
});
