/**
 * Issue 21, "works in Moodle": the packages inside the stand-in LMS with Moodle's stricter
 * rules (tests/helpers/lms-rules.ts: identifiers in [A-Za-z0-9_.], numbers of at most five
 * digits, every commit re-sent whole and checked for size) and Moodle's way of reopening
 * attempts (`LMS_RECORD`, see `reopen` in lms-harness.ts). Needs `npm run package:test`.
 */
import { expect, test, type Frame, type FrameLocator, type Page } from '@playwright/test';
import { textToCodeSync } from '../../src/lms/suspend-code';
import type { Progress } from '../../src/schemas/progress';
import { COMMIT_BUDGET } from '../helpers/lms-rules';
import { commits, frames, log, record, startLms, type Edition, type Harness } from './lms-harness';
import {
  allLessons,
  emptyProgress,
  everythingPassed,
  finalQuiz,
  modules,
  quiz,
  withAttempt,
  withLessons,
} from './progress-seed';

// Its own port: lms-scorm.spec.ts serves on LMS_PORT, and the two files may run at once.
const PORT = Number(process.env.LMS_PORT ?? 4346) + 10;
let lms: Harness;

test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  lms = await startLms(PORT, {
    course12: 'digital-health-skills-scorm12.zip',
    course2004: 'digital-health-skills-scorm2004.zip',
  });
});
test.afterAll(async () => {
  await lms.close();
});

const pkgOf = (edition: Edition) => (edition === 'scorm12' ? 'course12' : 'course2004');
const setter = (edition: Edition) => (edition === 'scorm12' ? 'LMSSetValue' : 'SetValue');
const firstLesson = `modules/${allLessons[0]!.id}/index.html`;
const REVIEW = "This attempt is finished in your organisation's system; what you do now is not recorded.";

/** Opens the package; `init` runs in the LMS page before it loads (the data the LMS holds). */
async function open(page: Page, edition: Edition, init?: Record<string, unknown>): Promise<FrameLocator> {
  if (init) await page.addInitScript((vars) => Object.assign(window, vars), init);
  await page.goto(`${lms.url}/lms.html?edition=${edition}&pkg=${pkgOf(edition)}`);
  const { course } = frames(page);
  await expect(course.locator('main')).toBeVisible();
  return course;
}

/** The launcher's own frame, to hand it progress as a course page does through `window.dhsLms`. */
function launcherFrame(page: Page): Frame {
  const f = page.frames().find((x) => /\/pkg\/[^/]+\/lms\.html/.test(x.url()));
  if (!f) throw new Error('no launcher frame');
  return f;
}

async function courseWrites(page: Page, p: Progress): Promise<void> {
  await launcherFrame(page).evaluate((text) => {
    (window as unknown as { dhsLms: { write(k: string, v: string): void } }).dhsLms.write('dhs:progress', text);
  }, JSON.stringify(p));
}

async function saveAndExit(page: Page): Promise<void> {
  const { launcher } = frames(page);
  await launcher.getByRole('button', { name: 'Save and exit' }).click();
  await expect(launcher.getByRole('heading', { name: 'Your progress is saved' })).toBeVisible();
  await expect(
    launcher.getByText("You can now close this window or use your learning platform's exit button."),
  ).toBeVisible();
}

const refusedValues = async (page: Page, edition: Edition) =>
  (await log(page)).filter((e) => e.name === setter(edition) && (e.result !== 'true' || e.error !== '0'));
const sets = async (page: Page, edition: Edition) => (await log(page)).filter((e) => e.name === setter(edition));

/** Every lesson, every module quiz (every third answer wrong, so large numbers and fill-in occur) and the final. */
function wholeCourse(): Progress {
  const at = Date.UTC(2026, 10, 1);
  let p = withLessons(
    emptyProgress(),
    allLessons.map((l) => l.id),
    at,
  );
  let t = at + 3_600_000;
  for (const m of modules) {
    const q = quiz(m.data.quiz);
    p = withAttempt(
      p,
      q.id,
      (t += 600_000),
      q.data.questions.filter((_, i) => i % 3 === 2).map((x) => x.id),
    );
  }
  return withAttempt(p, finalQuiz.id, t + 600_000);
}

for (const edition of ['scorm12', 'scorm2004'] as const) {
  test(`${edition}: a whole-course learner, every module quiz and the final: no value refused, every commit under 900 fields and 60 KB (points 1, 2, 4)`, async ({
    page,
  }) => {
    await open(page, edition);
    await courseWrites(page, wholeCourse());
    await saveAndExit(page);
    expect(await refusedValues(page, edition)).toEqual([]);
    const sizes = await commits(page);
    expect(sizes.length).toBeGreaterThan(0);
    const fields = Math.max(...sizes.map((s) => s.fields));
    const bytes = Math.max(...sizes.map((s) => s.bytes));
    test.info().annotations.push({ type: 'largest commit', description: `${fields} fields, ${bytes} bytes` });
    expect(fields).toBeLessThan(COMMIT_BUDGET.fields);
    expect(bytes).toBeLessThan(COMMIT_BUDGET.bytes);
    const held = await record(page, edition);
    const total = [...modules.map((m) => quiz(m.data.quiz)), finalQuiz].reduce(
      (n, q) => n + q.data.questions.length,
      0,
    );
    expect(Object.keys(held['interactions'] as object)).toHaveLength(total);
  });
}

test('scorm2004: a learner who finished leaves with exit suspend, comes back and still sees their completed lessons; an attempt ended "normal" opens read-only and is not overwritten (point 3)', async ({
  page,
}) => {
  const done = everythingPassed(Date.UTC(2026, 10, 1));
  await open(page, 'scorm2004', {
    LMS_PRESET: {
      learner_name: 'Ada Nurse',
      suspend_data: textToCodeSync(JSON.stringify(done)),
      location: firstLesson,
    },
  });
  await expect.poll(() => sets(page, 'scorm2004').then((s) => s.length)).toBeGreaterThan(0);
  await saveAndExit(page);
  const held = await record(page, 'scorm2004');
  expect(held['exit']).toBe('suspend');
  expect(held['completion_status']).toBe('completed');

  // Moodle gives a suspended attempt back whole.
  const again = await open(page, 'scorm2004', { LMS_RECORD: held });
  await expect(again.getByRole('heading', { level: 1, name: allLessons[0]!.data.title })).toBeVisible();
  await expect(again.getByText(/You completed this lesson on/)).toBeVisible();

  // An attempt that ended with exit "normal" comes back in review mode with none of its data.
  const page2 = await page.context().newPage();
  const review = await open(page2, 'scorm2004', { LMS_RECORD: { ...held, exit: 'normal' } });
  const { launcher } = frames(page2);
  await expect(launcher.getByRole('alert')).toContainText(REVIEW);
  await review.getByRole('link', { name: 'Start the course' }).click();
  await review.getByRole('link', { name: /^Complete and continue/ }).click();
  await launcher.getByRole('button', { name: 'Exit', exact: true }).click();
  await expect(launcher.getByRole('heading', { name: 'You have left the course' })).toBeVisible();
  await expect(
    launcher.getByText("You can now close this window or use your learning platform's exit button.", { exact: false }),
  ).toBeVisible();
  expect(await sets(page2, 'scorm2004')).toEqual([]);
});

test('scorm12: after a pass Moodle reopens in review (no-credit): the learner is told and sees their progress; a new attempt is named as such (point 5)', async ({
  page,
}) => {
  const done = everythingPassed(Date.UTC(2026, 10, 1));
  await open(page, 'scorm12', {
    LMS_PRESET: {
      suspend_data: textToCodeSync(JSON.stringify(done)),
      core: { student_name: 'Nurse, Ada', lesson_location: firstLesson },
    },
  });
  await expect.poll(() => sets(page, 'scorm12').then((s) => s.length)).toBeGreaterThan(0);
  await saveAndExit(page);
  const held = await record(page, 'scorm12');
  expect((held['core'] as Record<string, string>)['lesson_status']).toBe('passed');

  const review = await open(page, 'scorm12', { LMS_RECORD: held });
  const { launcher } = frames(page);
  await expect(launcher.getByRole('alert')).toContainText(REVIEW);
  await expect(launcher.getByRole('alert')).toContainText('start a new attempt');
  await expect(review.getByRole('heading', { level: 1, name: allLessons[0]!.data.title })).toBeVisible();
  await expect(review.getByText(/You completed this lesson on/)).toBeVisible();
  expect(await sets(page, 'scorm12')).toEqual([]);

  const fresh = await open(page, 'scorm12', { LMS_RECORD: held, LMS_NEW_ATTEMPT: true });
  await expect(frames(page).launcher.getByRole('status')).toHaveText(
    'Your learning platform started a new attempt: the course begins with no progress recorded in it.',
  );
  await expect(frames(page).launcher.getByRole('alert')).toBeHidden();
  await expect(fresh.getByRole('link', { name: 'Start the course' })).toBeVisible();
});

test('a resume location that points at the launch page opens the course start instead (issue 19.6)', async ({
  page,
}) => {
  const course = await open(page, 'scorm2004', { LMS_PRESET: { location: 'lms.html' } });
  await expect(course.getByRole('link', { name: 'Start the course' })).toBeVisible();
  const inner = page.frames().find((f) => f.parentFrame() === launcherFrame(page))!;
  expect(new URL(inner.url()).pathname).toBe('/pkg/course2004/index.html');
});
