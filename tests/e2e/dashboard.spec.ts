import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  allLessons,
  emptyProgress,
  modules,
  seed,
  withAttempt,
  withLessons,
  lessonsOf,
  quiz,
  totalMinutes,
} from './progress-seed';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const url = (id: string) => `/modules/${id}/`;
const [first, second] = allLessons;

async function noAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('a new learner sees "Start the course", leading to the first lesson', async ({ page }) => {
  await page.goto('/');
  const start = page.getByRole('link', { name: 'Start the course' });
  await expect(start).toHaveAttribute('href', url(first!.id));
  await expect(page.getByText('Quiz not taken yet').first()).toBeVisible();
  await noAxeViolations(page);
});

test('after one lesson, "Continue" goes to the second', async ({ page }) => {
  await page.goto(url(first!.id));
  await page.getByRole('link', { name: /^Complete and continue/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: second!.data.title })).toBeVisible();
  const sidebar = page.getByRole('navigation', { name: /^Lessons in / });
  // The tick is in the HTML of every item, hidden until the script finds the lesson complete.
  await expect(sidebar.locator(`[data-lesson="${first!.id}"] .tick`)).toBeVisible();
  await expect(sidebar.locator(`[data-lesson="${first!.id}"]`)).toContainText('Done', { useInnerText: true });
  await expect(sidebar.locator(`[data-lesson="${second!.id}"] .tick`)).toBeHidden();

  await page.goto('/');
  const next = page.getByRole('link', { name: 'Continue', exact: true });
  await expect(next).toHaveAttribute('href', url(second!.id));
  await expect(page.getByText(`Next lesson: ${second!.data.title}`)).toBeVisible();
  await expect(page.getByText(`1 of ${allLessons.length} lessons completed`, { exact: true })).toBeVisible();
  await next.click();
  await expect(page.getByRole('heading', { level: 1, name: second!.data.title })).toBeVisible();
});

test('the home page shows each module’s progress, quiz result, time left and questions due today', async ({ page }) => {
  const m1 = modules[0]!;
  const m1Lessons = lessonsOf(m1.id);
  const day = 24 * 3_600_000;
  let p = withLessons(
    emptyProgress(),
    m1Lessons.map((l) => l.id),
    Date.now() - 3 * day,
  );
  // Two questions missed three days ago: due for review today.
  const missed = [] as string[];
  p = withAttempt(p, m1.data.quiz, Date.now() - 3 * day, missed);
  const quiz2 = modules[1]!.data.quiz;
  const { quizzes } = await import('./progress-seed');
  const q2 = quizzes.find((q) => q.id === quiz2)!.data.questions.map((q) => q.id);
  p = withAttempt(p, quiz2, Date.now() - 2 * day, q2.slice(0, 2 + Math.ceil(q2.length / 2)));
  await seed(page, p);
  await page.goto('/');

  const cards = page.getByRole('list', { name: 'Modules' }).getByRole('listitem');
  await expect(cards.first()).toContainText(`${m1Lessons.length} of ${m1Lessons.length} lessons completed`);
  await expect(cards.first()).toContainText('✓ Quiz passed, best score 100%');
  await expect(cards.nth(1)).toContainText(/Quiz best score \d+%: not passed yet/);
  await expect(cards.first().locator('progress')).toHaveAttribute('value', String(m1Lessons.length));
  const left = totalMinutes - m1Lessons.reduce((s, l) => s + l.data.minutes, 0);
  await expect(page.getByText(/of reading left$/)).toContainText(left >= 60 ? 'h' : `${left} min`);
  const due = page.getByRole('link', { name: /questions? due for review today/ });
  await expect(due).toHaveText(`${2 + Math.ceil(q2.length / 2)} questions due for review today`);
  await expect(page.getByRole('link', { name: 'Continue', exact: true })).toHaveAttribute('href', `/quizzes/${quiz2}/`);
  await noAxeViolations(page);

  await page.goto(modules[0]!.id ? `/modules/${m1.id}/` : '/');
  await expect(page.getByText(`${m1Lessons.length} of ${m1Lessons.length} lessons completed`)).toBeVisible();
  await expect(page.locator(`[data-lesson="${m1Lessons[0]!.id}"] .tick`)).toBeVisible();
  await expect(page.getByText('Passed. Best score 100%.')).toBeVisible();
  await noAxeViolations(page);
});

test('the home page carries no questions: it fetches them for the recap count only once the learner has an attempt', async ({
  page,
}) => {
  const asked: string[] = [];
  await page.route('**/results/banks.json', async (route) => {
    asked.push(route.request().url());
    await route.abort('internetdisconnected');
  });
  const html = await (await page.request.get('/')).text();
  expect(html).not.toContain('"answer"');
  expect(html).not.toContain('&quot;answer&quot;');

  // A learner who has only read a lesson: nothing to count, nothing fetched.
  const m1 = modules[0]!;
  await seed(page, withLessons(emptyProgress(), [lessonsOf(m1.id)[0]!.id], Date.now()));
  await page.goto('/');
  await expect(page.getByText('No questions due for review today')).toBeVisible();
  expect(asked).toEqual([]);

  // One with a missed question, offline on a first visit: the count is left out rather than shown as none.
  const day = 24 * 3_600_000;
  const missed = quiz(m1.data.quiz).data.questions[0]!.id;
  const attempted = JSON.stringify(withAttempt(emptyProgress(), m1.data.quiz, Date.now() - 3 * day, [missed]));
  await page.evaluate((text) => localStorage.setItem('dhs:progress', text), attempted);
  await page.reload();
  await expect(page.locator('[data-lessons]')).toHaveText(/^0 of \d+ lessons completed$/);
  await expect.poll(() => asked.length).toBe(1);
  await expect(page.locator('[data-due]')).toBeHidden();
  await expect(page.getByText(/due for review today/)).toHaveCount(0);

  // Back online: the count appears.
  await page.unroute('**/results/banks.json');
  await page.goto('/');
  await expect(page.getByRole('link', { name: '1 question due for review today' })).toBeVisible();
  await noAxeViolations(page);
});
