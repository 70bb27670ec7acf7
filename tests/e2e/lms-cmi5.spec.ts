/**
 * The cmi5 package launched by a loopback LMS/LRS that checks every statement against
 * the xAPI and cmi5 rules. Needs dist-lms/ (`npm run package`).
 */
import { expect, test, type Page } from '@playwright/test';
import { codeToTextSync, textToCodeSync } from '../../src/lms/suspend-code';
import { STATE_ID } from '../../src/lms/cmi5-state';
import { allLessons, emptyProgress, finalQuiz, withLessons } from './progress-seed';
import { startLrs, type Lrs } from './lms-cmi5-lrs';
import { finalInteractionTypes, takeFinal } from './lms-quiz';

const PORT = Number(process.env.LRS_PORT ?? 4347);
const IRI = 'https://w3id.org/xapi/dhs/course/digital-health-skills';
let lrs: Lrs;

test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  lrs = await startLrs(PORT, 'digital-health-skills-cmi5.zip', IRI);
});
test.afterAll(async () => {
  await lrs.close();
});

async function exit(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Save and exit' }).click();
  await expect(page.getByRole('heading', { name: 'Your progress is saved' })).toBeVisible();
}

test('cmi5: initialized, completed, every answer, passed with the score, terminated; then a relaunch resumes without repeating once-only verbs', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const done = withLessons(
    emptyProgress(),
    allLessons.map((l) => l.id),
    Date.UTC(2026, 10, 1),
  );
  lrs.state.set(STATE_ID, { progress: textToCodeSync(JSON.stringify(done)), location: 'quizzes/final/index.html' });
  const first = lrs.launch({ masteryScore: 0.8 });
  await page.goto(first.url);
  const course = page.frameLocator('#lms-course');
  await expect(course.getByRole('heading', { level: 1, name: finalQuiz.data.title })).toBeVisible();
  await expect.poll(() => lrs.verbs(first.session)).toEqual(['initialized', 'completed']);
  await takeFinal(course, false);
  await exit(page);
  const total = finalQuiz.data.questions.length;
  await expect
    .poll(() => lrs.verbs(first.session))
    .toEqual(['initialized', 'completed', ...Array<string>(total).fill('answered'), 'passed', 'terminated']);
  const passed = lrs.statements.find((s) => s.verb.id.endsWith('/passed'))!;
  expect(passed.result?.score).toEqual({ scaled: 1, raw: 100, min: 0, max: 100 });
  const answered = lrs.statements.filter((s) => s.verb.id.endsWith('/answered'));
  const types = new Set(
    answered.map((s) => (s.object as { definition?: { interactionType?: string } }).definition?.interactionType),
  );
  expect(types).toEqual(finalInteractionTypes());
  expect(lrs.violations).toEqual([]);
  expect(await page.evaluate(() => localStorage.length)).toBe(0);

  // Relaunch: same registration, a new session.
  const second = lrs.launch({ masteryScore: 0.8 });
  await page.goto(second.url);
  await expect(
    page.frameLocator('#lms-course').getByRole('heading', { level: 1, name: finalQuiz.data.title }),
  ).toBeVisible();
  await exit(page);
  await expect.poll(() => lrs.verbs(second.session)).toEqual(['initialized', 'terminated']);
  expect(lrs.violations).toEqual([]);
  const saved = lrs.state.get(STATE_ID) as { progress: string };
  const doc = JSON.parse(codeToTextSync(saved.progress)) as { q: Record<string, { h: unknown[] }> };
  expect(doc.q['final']?.h).toHaveLength(1);
});

test('cmi5: an LRS the package does not admit gets the learner notice, and the course still works', async ({
  page,
}) => {
  const launch = lrs.launch({ endpoint: 'http://127.0.0.1:4348/lrs/' });
  await page.goto(launch.url);
  await expect(page.getByRole('alert')).toContainText("Your progress is not reaching your organisation's system");
  await expect(page.getByRole('alert')).toContainText('http://127.0.0.1:4348');
  const course = page.frameLocator('#lms-course');
  await course.getByRole('link', { name: 'Start the course' }).click();
  await expect(course.getByRole('heading', { level: 1, name: allLessons[0]!.data.title })).toBeVisible();
});

test('cmi5: a Review launch sends no completed, passed or failed and leaves the saved state alone', async ({
  page,
}) => {
  const before = JSON.stringify(lrs.state.get(STATE_ID));
  const review = lrs.launch({ mode: 'Review', masteryScore: 0.8 });
  await page.goto(review.url);
  const course = page.frameLocator('#lms-course');
  await expect(course.locator('main')).toBeVisible();
  // The learner is told that nothing of this visit is recorded, and the button says what it does.
  await expect(page.getByRole('alert')).toContainText(
    "This attempt is finished in your organisation's system; what you do now is not recorded.",
  );
  await page.getByRole('button', { name: 'Exit', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'You have left the course' })).toBeVisible();
  await expect.poll(() => lrs.verbs(review.session)).toEqual(['initialized', 'terminated']);
  expect(JSON.stringify(lrs.state.get(STATE_ID))).toBe(before);
  expect(lrs.violations).toEqual([]);
});
