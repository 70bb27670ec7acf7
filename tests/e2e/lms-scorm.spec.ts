/**
 * The SCORM packages inside a stand-in LMS whose API is scorm-again with strict checking:
 * what an LMS administrator and a learner would see. Needs `npm run package` (or
 * `npm run package:dist` after a build) to have written dist-lms/.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { textToCodeSync, codeToTextSync } from '../../src/lms/suspend-code';
import { compactProgress } from '../../src/progress/model';
import { allLessons, emptyProgress, everythingPassed, finalQuiz, lessonVersion, withLessons } from './progress-seed';
import { cmi, frames, log, startLms, type Edition, type Harness } from './lms-harness';
import { finalInteractionTypes, takeFinal } from './lms-quiz';

const PORT = Number(process.env.LMS_PORT ?? 4346);
let lms: Harness;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  lms = await startLms(PORT, {
    course12: 'digital-health-skills-scorm12.zip',
    course2004: 'digital-health-skills-scorm2004.zip',
    module2004: 'digital-health-skills-why-digital-health-scorm2004.zip',
  });
});
test.afterAll(async () => {
  await lms.close();
});

const code = (p: Parameters<typeof withLessons>[0]) => textToCodeSync(JSON.stringify(p));
const lessonPath = (id: string) => `modules/${id}/index.html`;
const lastLesson = allLessons[allLessons.length - 1]!;

async function launch(page: Page, edition: Edition, pkg: string, preset?: object): Promise<FrameLocator> {
  if (preset) await page.addInitScript((p) => ((window as unknown as { LMS_PRESET: object }).LMS_PRESET = p), preset);
  await page.goto(`${lms.url}/lms.html?edition=${edition}&pkg=${pkg}`);
  const { course } = frames(page);
  await expect(course.locator('main')).toBeVisible();
  return course;
}

/** The one control at the end of a lesson: it counts the lesson and opens the next step. */
async function completeAndContinue(course: FrameLocator): Promise<void> {
  await course.getByRole('link', { name: /^Complete and continue/ }).click();
}

async function saveAndExit(page: Page): Promise<void> {
  const { launcher } = frames(page);
  await launcher.getByRole('button', { name: 'Save and exit' }).click();
  await expect(launcher.getByRole('heading', { name: 'Your progress is saved' })).toBeVisible();
  // The learner still has to leave the LMS's player: say how.
  await expect(
    launcher.getByText("You can now close this window or use your learning platform's exit button."),
  ).toBeVisible();
}

/**
 * Keys in this origin's localStorage that are not the stand-in LMS's own (scorm-again keeps
 * its offline queue there): the course must add none.
 */
const courseKeys = (page: Page) =>
  page.evaluate(() => Object.keys(localStorage).filter((k) => !/^scorm[_-]?again|offline|isDeviceOnline/i.test(k)));

const calls = async (page: Page, name: string) => (await log(page)).filter((e) => e.name === name);

/** Every value the course wrote was accepted by scorm-again (error code 0). */
async function expectNoRefusedValue(page: Page, setter: string): Promise<void> {
  const refused = (await calls(page, setter)).filter((e) => e.result !== 'true' || e.error !== '0');
  expect(refused, JSON.stringify(refused, null, 1)).toEqual([]);
}

// ------------------------------------------------------------------------- stories

test.describe('SCORM 1.2, whole course', () => {
  test('first launch: one Initialize across many pages, status incomplete, nothing kept in the browser', async ({
    page,
  }) => {
    const seen: string[] = [];
    page.on('request', (r) => seen.push(r.url()));
    const course = await launch(page, 'scorm12', 'course12', { core: { student_name: 'Nurse, Ada' } });
    await expect.poll(() => cmi(page, 'scorm12', 'cmi.core.lesson_status')).toBe('incomplete');
    // Move through three pages of the course.
    await course.getByRole('link', { name: 'Start the course' }).click();
    await expect(course.getByRole('heading', { level: 1, name: allLessons[0]!.data.title })).toBeVisible();
    await completeAndContinue(course);
    await expect(course.getByRole('heading', { level: 1, name: allLessons[1]!.data.title })).toBeVisible();
    // The module's last lesson goes on to its quiz.
    await completeAndContinue(course);
    await expect(course.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
    expect(await calls(page, 'LMSInitialize')).toHaveLength(1);
    expect(await calls(page, 'LMSFinish')).toHaveLength(0);
    expect(await courseKeys(page)).toEqual([]);
    await saveAndExit(page);
    expect(await calls(page, 'LMSInitialize')).toHaveLength(1);
    expect(await calls(page, 'LMSFinish')).toHaveLength(1);
    expect(await cmi(page, 'scorm12', 'cmi.core.exit')).toBe('suspend');
    expect(await cmi(page, 'scorm12', 'cmi.core.lesson_location')).toBe(
      `quizzes/${allLessons[1]!.data.module}/index.html`,
    );
    expect(await cmi(page, 'scorm12', 'cmi.core.session_time')).toMatch(/^\d{2,4}:\d\d:\d\d(\.\d\d?)?$/);
    const saved = JSON.parse(codeToTextSync(await cmi(page, 'scorm12', 'cmi.suspend_data'))) as {
      l: Record<string, { c?: number }>;
      n?: string;
    };
    expect(saved.l[allLessons[0]!.id]?.c).toBeGreaterThan(0);
    expect(saved.l[allLessons[1]!.id]?.c).toBeGreaterThan(0);
    expect(saved.n).toBe('Ada Nurse');
    expect(await courseKeys(page)).toEqual([]);
    await expectNoRefusedValue(page, 'LMSSetValue');
    // Nothing was requested from another origin, nor from outside the package and the LMS's own files.
    expect(seen.filter((u) => new URL(u).origin !== lms.url)).toEqual([]);
    expect(lms.requests.filter((r) => !/^\/(pkg\/course12|vendor)\/|^\/lms\.html$/.test(r))).toEqual([]);
  });

  test('completing the last lesson reports completed', async ({ page }) => {
    const before = withLessons(
      emptyProgress(),
      allLessons.slice(0, -1).map((l) => l.id),
      Date.UTC(2026, 10, 1),
    );
    const course = await launch(page, 'scorm12', 'course12', {
      suspend_data: code(before),
      core: { lesson_location: lessonPath(lastLesson.id), entry: 'resume' },
    });
    await expect(course.getByRole('heading', { level: 1, name: lastLesson.data.title })).toBeVisible();
    await expect.poll(() => cmi(page, 'scorm12', 'cmi.core.lesson_status')).toBe('incomplete');
    await completeAndContinue(course);
    await saveAndExit(page);
    expect(await cmi(page, 'scorm12', 'cmi.core.lesson_status')).toBe('completed');
    await expectNoRefusedValue(page, 'LMSSetValue');
  });

  for (const wrong of [false, true]) {
    test(`${wrong ? 'failing' : 'passing'} the final reports ${wrong ? 'failed' : 'passed'} with the score, and every answer as an interaction`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      const done = withLessons(
        emptyProgress(),
        allLessons.map((l) => l.id),
        Date.UTC(2026, 10, 1),
      );
      const course = await launch(page, 'scorm12', 'course12', {
        suspend_data: code(done),
        core: { lesson_location: 'quizzes/final/index.html', entry: 'resume' },
      });
      await takeFinal(course, wrong);
      await saveAndExit(page);
      const total = finalQuiz.data.questions.length;
      expect(await cmi(page, 'scorm12', 'cmi.core.lesson_status')).toBe(wrong ? 'failed' : 'passed');
      const raw = Number(await cmi(page, 'scorm12', 'cmi.core.score.raw'));
      if (wrong) expect(raw).toBeLessThan(finalQuiz.data.passMark);
      else expect(raw).toBe(100);
      expect(await cmi(page, 'scorm12', 'cmi.core.score.max')).toBe('100');
      expect(await cmi(page, 'scorm12', 'cmi.core.score.min')).toBe('0');
      // Always suspend, so the LMS hands the record back next time (issue 21).
      expect(await cmi(page, 'scorm12', 'cmi.core.exit')).toBe('suspend');
      expect(Number(await cmi(page, 'scorm12', 'cmi.interactions._count'))).toBe(total);
      const sets = (await calls(page, 'LMSSetValue')).map((e) => e.args);
      const results = sets.filter(([el]) => /^cmi\.interactions\.\d+\.result$/.test(el!)).map(([, v]) => v);
      expect(results).toHaveLength(total);
      if (!wrong) expect(new Set(results)).toEqual(new Set(['correct']));
      const types = new Set(sets.filter(([el]) => /\.type$/.test(el!)).map(([, v]) => v));
      expect(types).toEqual(finalInteractionTypes());
      await expectNoRefusedValue(page, 'LMSSetValue');
    });
  }

  test('close and relaunch with the saved LMS data: the learner is back where they were', async ({ page }) => {
    const course = await launch(page, 'scorm12', 'course12', { core: { student_name: 'Nurse, Ada' } });
    await course.getByRole('link', { name: 'Start the course' }).click();
    await completeAndContinue(course);
    await expect(course.getByRole('heading', { level: 1, name: allLessons[1]!.data.title })).toBeVisible();
    await saveAndExit(page);
    const preset = {
      suspend_data: await cmi(page, 'scorm12', 'cmi.suspend_data'),
      core: {
        student_name: 'Nurse, Ada',
        lesson_location: await cmi(page, 'scorm12', 'cmi.core.lesson_location'),
        lesson_status: await cmi(page, 'scorm12', 'cmi.core.lesson_status'),
        entry: 'resume',
      },
    };
    const again = await launch(page, 'scorm12', 'course12', preset);
    await expect(again.getByRole('heading', { level: 1, name: allLessons[1]!.data.title })).toBeVisible();
    await again.getByRole('link', { name: /Previous/ }).click();
    await expect(again.getByRole('heading', { level: 1, name: allLessons[0]!.data.title })).toBeVisible();
    await expect(again.getByText(/You completed this lesson on/)).toBeVisible();
  });

  test('the whole course, every lesson done and every quiz attempted, fits suspend_data', async ({ page }) => {
    // What the course writes for a whole-course learner: with nine modules the launcher keeps
    // the answers of the most recent attempts only (the rest were reported as interactions).
    const full = compactProgress(everythingPassed(Date.UTC(2026, 10, 1)), 2);
    const start = code(full);
    expect(start.length).toBeLessThanOrEqual(4096);
    const course = await launch(page, 'scorm12', 'course12', {
      suspend_data: start,
      core: { lesson_location: lessonPath(lastLesson.id), entry: 'resume' },
    });
    await expect(course.getByText(/You completed this lesson on/)).toBeVisible();
    await course.getByRole('button', { name: 'Mark as not complete' }).click();
    await completeAndContinue(course);
    await saveAndExit(page);
    const saved = await cmi(page, 'scorm12', 'cmi.suspend_data');
    expect(saved.length).toBeLessThanOrEqual(4096);
    expect(await cmi(page, 'scorm12', 'cmi.core.lesson_status')).toBe('passed');
    await expectNoRefusedValue(page, 'LMSSetValue');
  });

  test('a lesson that changed since the learner completed it says so inside the LMS, and marking it read is saved there', async ({
    page,
  }) => {
    const first = allLessons[0]!;
    // Saved by a package whose version of the first lesson is older ("zzz"); the second lesson
    // was completed by a package from before versions existed (no version: no notice).
    const saved = withLessons(emptyProgress(), [first.id, allLessons[1]!.id], Date.UTC(2026, 10, 1), {
      versions: false,
    });
    saved.l[first.id]!.h = 'zzz';
    const course = await launch(page, 'scorm12', 'course12', {
      suspend_data: code(saved),
      core: { lesson_location: lessonPath(first.id), entry: 'resume' },
    });
    const updated = course.locator('[data-lesson-updated]');
    await expect(updated).toContainText(/^Updated on \d{1,2} [A-Z][a-z]+ \d{4} since you completed it/);
    await course.getByRole('button', { name: 'Mark as read' }).click();
    await expect(updated).toContainText('Marked as read');
    await course.getByRole('link', { name: /^Continue/ }).click();
    await expect(course.getByRole('heading', { level: 1, name: allLessons[1]!.data.title })).toBeVisible();
    await expect(course.getByText(/You completed this lesson on/)).toBeVisible();
    await expect(course.locator('[data-lesson-updated]')).toBeHidden();
    await saveAndExit(page);
    const after = JSON.parse(codeToTextSync(await cmi(page, 'scorm12', 'cmi.suspend_data'))) as typeof saved;
    expect(after.l[first.id]).toMatchObject({ c: saved.l[first.id]!.c, h: lessonVersion(first.id) });
    expect(after.l[allLessons[1]!.id]!.h).toBeUndefined();
  });

  test('progress an older package saved (before lesson versions) is read, kept and added to by this one', async ({
    page,
  }) => {
    // tests/fixtures/progress/v1-suspend-data.txt: suspend_data written by the 6 December 2026 packages.
    const older = readFileSync(join(process.cwd(), 'tests/fixtures/progress/v1-suspend-data.txt'), 'utf8').trim();
    const before = JSON.parse(codeToTextSync(older)) as ReturnType<typeof emptyProgress>;
    const course = await launch(page, 'scorm12', 'course12', {
      suspend_data: older,
      core: { lesson_location: lessonPath(allLessons[0]!.id), entry: 'resume' },
    });
    await completeAndContinue(course);
    await expect(course.getByRole('heading', { level: 1, name: allLessons[1]!.data.title })).toBeVisible();
    await saveAndExit(page);
    await expect(frames(page).launcher.locator('#lms-notice')).toBeHidden();
    const after = JSON.parse(codeToTextSync(await cmi(page, 'scorm12', 'cmi.suspend_data'))) as typeof before;
    expect(after.n).toBe(before.n);
    for (const [id, rec] of Object.entries(before.l)) expect(after.l[id]).toEqual(rec);
    expect(after.l[allLessons[0]!.id]).toMatchObject({ h: lessonVersion(allLessons[0]!.id) });
    expect(Object.keys(after.q).sort()).toEqual(Object.keys(before.q).sort());
  });

  test('two learners on one browser do not see each other’s progress', async ({ page }) => {
    const a = await launch(page, 'scorm12', 'course12', { core: { student_name: 'One, Learner' } });
    await a.getByRole('link', { name: 'Start the course' }).click();
    await completeAndContinue(a);
    await saveAndExit(page);
    expect(await courseKeys(page)).toEqual([]);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    // Learner two, same browser, a fresh LMS record.
    await page.goto('about:blank');
    const b = await launch(page, 'scorm12', 'course12', { core: { student_name: 'Two, Learner' } });
    await b.getByRole('link', { name: 'Start the course' }).click();
    await expect(b.getByRole('link', { name: /^Complete and continue/ })).toBeVisible();
    await expect(b.getByText(/You completed this lesson on/)).toHaveCount(0);
  });

  test('saved progress the course cannot read is left untouched, and the learner is told', async ({ page }) => {
    const course = await launch(page, 'scorm12', 'course12', { suspend_data: 'progress from some other course' });
    const alert = frames(page).launcher.getByRole('alert');
    await expect(alert).toContainText("Your progress is not reaching your organisation's system");
    await expect(alert).toContainText('could not be read');
    await course.getByRole('link', { name: 'Start the course' }).click();
    await completeAndContinue(course);
    await saveAndExit(page);
    expect(await cmi(page, 'scorm12', 'cmi.suspend_data')).toBe('progress from some other course');
    // Nothing at all is written over a record the course could not read.
    expect(await calls(page, 'LMSSetValue')).toEqual([]);
    expect(await calls(page, 'LMSFinish')).toHaveLength(1);
  });

  test('an LMS that refuses a value: the learner is told, keeps working, and the rest is still reported', async ({
    page,
  }) => {
    await page.addInitScript(() => ((window as unknown as { LMS_REFUSE: string[] }).LMS_REFUSE = ['cmi.suspend_data']));
    const course = await launch(page, 'scorm12', 'course12');
    const alert = frames(page).launcher.getByRole('alert');
    await expect(alert).toContainText("Your progress is not reaching your organisation's system");
    await expect(alert).toContainText('cmi.suspend_data: error 405');
    await course.getByRole('link', { name: 'Start the course' }).click();
    await expect(course.getByRole('heading', { level: 1, name: allLessons[0]!.data.title })).toBeVisible();
    expect(await cmi(page, 'scorm12', 'cmi.core.lesson_status')).toBe('incomplete');
    await expect.poll(() => cmi(page, 'scorm12', 'cmi.core.lesson_location')).toBe(lessonPath(allLessons[0]!.id));
  });

  test('without an LMS the learner is told progress is not reaching their organisation, and can keep working', async ({
    page,
  }) => {
    await page.goto(`${lms.url}/pkg/course12/lms.html`);
    const launcher = page;
    await expect(launcher.getByRole('alert')).toContainText("Your progress is not reaching your organisation's system");
    const course = page.frameLocator('#lms-course');
    await course.getByRole('link', { name: 'Start the course' }).click();
    await expect(course.getByRole('heading', { level: 1, name: allLessons[0]!.data.title })).toBeVisible();
  });
});

test.describe('SCORM 2004 4th edition', () => {
  test('whole course: one Initialize/Terminate, incomplete then progress, passed with scaled score and interactions', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const done = withLessons(
      emptyProgress(),
      allLessons.map((l) => l.id),
      Date.UTC(2026, 10, 1),
    );
    const course = await launch(page, 'scorm2004', 'course2004', {
      learner_name: 'Ada Nurse',
      suspend_data: code(done),
      location: 'quizzes/final/index.html',
    });
    await expect.poll(() => cmi(page, 'scorm2004', 'cmi.completion_status')).toBe('completed');
    expect(await cmi(page, 'scorm2004', 'cmi.progress_measure')).toBe('1');
    await takeFinal(course, false);
    await saveAndExit(page);
    expect(await calls(page, 'Initialize')).toHaveLength(1);
    expect(await calls(page, 'Terminate')).toHaveLength(1);
    expect(await cmi(page, 'scorm2004', 'cmi.success_status')).toBe('passed');
    expect(await cmi(page, 'scorm2004', 'cmi.score.scaled')).toBe('1');
    expect(await cmi(page, 'scorm2004', 'cmi.score.raw')).toBe('100');
    expect(await cmi(page, 'scorm2004', 'cmi.exit')).toBe('suspend');
    expect(await cmi(page, 'scorm2004', 'cmi.session_time')).toMatch(/^PT/);
    const total = finalQuiz.data.questions.length;
    expect(Number(await cmi(page, 'scorm2004', 'cmi.interactions._count'))).toBe(total);
    await expectNoRefusedValue(page, 'SetValue');
    expect(await courseKeys(page)).toEqual([]);
  });

  test('one module: first launch incomplete with its progress measure, resumes where the learner was', async ({
    page,
  }) => {
    const course = await launch(page, 'scorm2004', 'module2004');
    await expect.poll(() => cmi(page, 'scorm2004', 'cmi.completion_status')).toBe('incomplete');
    expect(await cmi(page, 'scorm2004', 'cmi.progress_measure')).toBe('0');
    const [first, second] = allLessons.filter((l) => l.data.module === 'why-digital-health');
    await course.getByRole('link', { name: first!.data.title }).first().click();
    await expect(course.getByRole('heading', { level: 1, name: first!.data.title })).toBeVisible();
    // The next lesson's scripts and images arrive slowly (a busy ward network), so its text is
    // on screen well before the frame's load event: "Save and exit" then must still record it.
    let slow = true;
    await page.route(/\/pkg\/module2004\/.*\.(?:js|svg|png|webp|avif|jpg|woff2?)(?:\?|$)/, async (route) => {
      if (slow) await new Promise((r) => setTimeout(r, 4000));
      await route.continue().catch(() => undefined);
    });
    await completeAndContinue(course);
    await expect(course.getByRole('heading', { level: 1, name: second!.data.title })).toBeVisible();
    await saveAndExit(page);
    slow = false;
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    expect(await cmi(page, 'scorm2004', 'cmi.exit')).toBe('suspend');
    expect(await cmi(page, 'scorm2004', 'cmi.location')).toBe(lessonPath(second!.id));
    const moduleLessons = allLessons.filter((l) => l.data.module === 'why-digital-health').length;
    expect(Number(await cmi(page, 'scorm2004', 'cmi.progress_measure'))).toBeCloseTo(1 / moduleLessons, 6);
    const preset = {
      suspend_data: await cmi(page, 'scorm2004', 'cmi.suspend_data'),
      location: await cmi(page, 'scorm2004', 'cmi.location'),
      completion_status: 'incomplete',
    };
    await expectNoRefusedValue(page, 'SetValue');
    const again = await launch(page, 'scorm2004', 'module2004', preset);
    // Back on the lesson "Complete and continue" opened, with the first one counted.
    await expect(again.getByRole('heading', { level: 1, name: second!.data.title })).toBeVisible();
    await again.getByRole('link', { name: /Previous/ }).click();
    await expect(again.getByRole('heading', { level: 1, name: first!.data.title })).toBeVisible();
    await expect(again.getByText(/You completed this lesson on/)).toBeVisible();
  });
});

test.describe('the launch page', () => {
  const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  for (const withLms of [true, false]) {
    test(`has no WCAG 2.2 A/AA violations in light and dark, at 375 and 1280 px (${withLms ? 'in an LMS' : 'with the notice'})`, async ({
      page,
    }) => {
      for (const colorScheme of ['light', 'dark'] as const) {
        for (const width of [375, 1280]) {
          await page.setViewportSize({ width, height: 800 });
          await page.emulateMedia({ colorScheme });
          if (withLms) await launch(page, 'scorm12', 'course12');
          else {
            await page.goto(`${lms.url}/pkg/course12/lms.html`);
            await expect(page.getByRole('alert')).toBeVisible();
            await expect(page.frameLocator('#lms-course').locator('main')).toBeVisible();
          }
          // The launch page itself (the course pages inside are checked by a11y.spec.ts).
          // The launch page (inside the stand-in LMS's frame when there is one); the course pages
          // inside it are checked by a11y.spec.ts.
          const results = await new AxeBuilder({ page })
            .withTags(TAGS)
            .exclude(withLms ? ['#sco', '#lms-course'] : '#lms-course')
            .analyze();
          if (withLms) expect(results.passes.length, 'axe looked into the launch page').toBeGreaterThan(0);
          if (!withLms) {
            // Opened on its own the launch page is the whole window: it must not scroll sideways.
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
            expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
          }
          expect(
            results.violations.map((v) => `${colorScheme} ${width}: ${v.id} ${v.nodes[0]?.target.join(' ')}`),
          ).toEqual([]);
        }
      }
    });
  }
});
