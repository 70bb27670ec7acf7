import { expect, test } from '@playwright/test';
import { emptyProgress, modules, quiz, seed, withAttempt } from './progress-seed';

/**
 * The results chart tells the same story as the text beside it (issue 13, point 5): a
 * practice session of a few missed questions is not joined to whole-quiz scores.
 */
const quizId = modules[0]!.data.quiz;
const bank = quiz(quizId).data.questions;
const missed = bank.slice(0, Math.ceil(bank.length / 2)).map((q) => q.id);

test('a 100% practice retry is drawn apart from the whole-quiz score line, with a legend, and no label is clipped', async ({
  page,
}) => {
  const t = Date.now() - 3_600_000;
  let p = withAttempt(emptyProgress(), quizId, t, missed);
  p = withAttempt(p, quizId, t + 600_000, [], 7, missed.slice(0, 3));
  // A third whole attempt, better but still under the pass mark.
  p = withAttempt(p, quizId, t + 1_200_000, missed.slice(0, Math.ceil(bank.length / 3)), 9);
  await seed(page, p);
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/results/');
    const section = page.getByRole('region', { name: quiz(quizId).data.title });
    await expect(section).toContainText('Not passed yet');
    const chart = section.getByRole('img', { name: /^Scores in/ });
    await expect(chart).toBeVisible();
    // The line joins only the two whole-quiz attempts; the practice session is a separate mark.
    const line = chart.locator('polyline');
    await expect(line).toHaveCount(1);
    const points = ((await line.getAttribute('points')) ?? '').trim().split(/\s+/);
    expect(points).toHaveLength(2);
    await expect(chart.locator('.practice')).toHaveCount(1);
    await expect(chart).toHaveAccessibleName(
      /Whole-quiz attempts: \d+%, \d+%\. Practice sessions, not counted: 100%\./,
    );
    await expect(section.getByText('Practice session (not counted)')).toBeVisible();
    // Every label lies inside the picture.
    const clipped = await chart.evaluate((svg: SVGSVGElement) => {
      const box = svg.viewBox.baseVal;
      return [...svg.querySelectorAll('text')]
        .map((t) => ({ text: t.textContent, b: t.getBBox() }))
        .filter(
          ({ b }) =>
            b.x < box.x || b.y < box.y || b.x + b.width > box.x + box.width || b.y + b.height > box.y + box.height,
        )
        .map(({ text }) => text);
    });
    expect(clipped).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  }
});
