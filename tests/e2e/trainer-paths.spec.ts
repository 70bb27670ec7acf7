import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { PATHS } from '../../src/data/paths';
import { courseEdition } from '../../src/lib/course/edition';
import { loadContent } from '../helpers/load-content';
import { SITE } from '../../src/lib/site';
import { encodeAssignment } from '../../src/lib/assignments/link-encode';
import { encodeResultCode } from '../../src/lib/assignments/result-code-format';
import { readResultCode } from '../../src/lib/assignments/result-code';
import type { ResultFile } from '../../src/lib/assignments/result-file';
import { expectNoAxeViolations, hydrated } from './page-checks';

/**
 * Issue 24: ready-made paths, the short way in from a paper handout, result codes, a
 * cohort report that keeps its files in the browser, and the training record.
 */
const KEY = 'dhs:progress';
const { input } = loadContent();
const ED = courseEdition();
const AI = PATHS.find((p) => p.slug === 'ai-literacy')!;
const moduleTitle = (id: string) => input.modules.find((m) => m.id === id)!.data.title;
const moduleOrder = (id: string) => input.modules.find((m) => m.id === id)!.data.order;
/** The AI literacy path's lessons, as the course orders them. */
const aiLessons = input.lessons
  .filter((l) => AI.items.includes(`lesson:${l.id}`) || AI.items.includes(`module:${l.data.module}`))
  .sort((a, b) => moduleOrder(a.data.module) - moduleOrder(b.data.module) || a.data.order - b.data.order);
const aiQuizzes = input.quizzes
  .filter(
    (q) =>
      AI.items.includes(`quiz:${q.id}`) ||
      input.modules.some((m) => m.data.quiz === q.id && AI.items.includes(`module:${m.id}`)),
  )
  .sort((a, b) => moduleOrder(a.data.module) - moduleOrder(b.data.module));

const axe = expectNoAxeViolations;

/** The trainer picks the AI literacy path and adds their name and email; returns the link. */
async function pickAiPath(page: Page, email = 'educator@hospital.example'): Promise<string> {
  await page.goto('/trainers/');
  await hydrated(page);
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: AI.title }) });
  const minutes = aiLessons.reduce((n, l) => n + l.data.minutes, 0);
  const shown =
    minutes < 60
      ? `${minutes} min`
      : `${Math.floor(minutes / 60)} h${minutes % 60 ? ` ${String(minutes % 60).padStart(2, '0')} min` : ''}`;
  await expect(card).toContainText(
    `${shown} of reading in ${aiLessons.length} lessons, plus ${aiQuizzes.length} quizzes`,
  );
  await card.getByRole('button', { name: `Use this path: ${AI.title}` }).click();
  await expect(page.getByRole('status').filter({ hasText: `“${AI.title}” is filled in below` })).toBeVisible();
  // Focus moved to the title, which the path filled in.
  await expect(page.getByLabel('Title')).toBeFocused();
  await expect(page.getByLabel('Title')).toHaveValue(AI.title);
  await page.getByLabel('Your name or team').fill('Ward educator');
  await page.getByLabel(/Your email address/).fill(email);
  const linkBox = page.getByLabel('Assignment link', { exact: true });
  await expect(linkBox).toHaveValue(/\/assignment\/#[A-Za-z0-9_-]+$/);
  return linkBox.inputValue();
}

test('a trainer picks a ready-made path, and the printed handout lists its lessons with a short address to type', async ({
  page,
}) => {
  // A keyboard user reaches the title field straight away.
  await page.goto('/trainers/');
  await hydrated(page);
  const skip = page.getByRole('link', { name: /Skip to details/ });
  await skip.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Title')).toBeFocused();

  await pickAiPath(page);
  await expect(page.getByText(/supports the measures Article 4 of the AI Act asks/)).toBeVisible();
  await expect(page.getByText(/not proof of compliance/)).toBeVisible();

  // The handout: every lesson and quiz by name under its module, and a short address.
  const handout = page.getByRole('article');
  for (const l of aiLessons) await expect(handout.getByText(`Lesson: ${l.data.title} (`)).toBeVisible();
  for (const q of aiQuizzes) await expect(handout.getByText(`Quiz: ${q.data.title} (`)).toBeVisible();
  for (const m of new Set(aiLessons.map((l) => l.data.module)))
    await expect(handout.getByText(`Module ${moduleOrder(m)}: ${moduleTitle(m)}`, { exact: true })).toBeVisible();
  const short = (await handout.locator('.short-address').textContent())!.trim();
  expect(short).toMatch(/^127\.0\.0\.1:\d+\/assignment\/#path=ai-literacy\.[a-z2-9]{4}$/);
  expect(short.length).toBeLessThan(60);
  await axe(page, 'trainer page with a path picked');

  // On paper: the handout only.
  await page.emulateMedia({ media: 'print' });
  await expect(handout.getByRole('img', { name: 'QR code for the assignment link' })).toBeVisible();
  await expect(page.getByLabel('Title')).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Start from a ready-made path' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // Changing the path's lessons leaves no short address (it could not carry them).
  await page
    .getByRole('group', { name: /^1\. / })
    .getByRole('checkbox', { name: /The whole module/ })
    .check();
  await expect(handout.locator('.short-address')).not.toContainText('#path=');
});

test('a learner types the short address from the handout and gets the same assignment as the QR code', async ({
  page,
  browser,
}) => {
  const link = await pickAiPath(page);
  const short = (await page.getByRole('article').locator('.short-address').textContent())!.trim();
  const learner = await browser.newContext();
  const lp = await learner.newPage();
  await lp.goto(`http://${short}`);
  await expect(lp.getByRole('heading', { level: 2, name: AI.title })).toBeVisible();
  await expect(lp.getByText('Set by your trainer')).toBeVisible();
  await lp.getByRole('button', { name: 'Accept', exact: true }).click();
  await expect(lp.getByText(/You accepted this assignment/)).toBeVisible();
  const typedId = await lp.evaluate(
    (key) => (JSON.parse(localStorage.getItem(key)!) as { as: { id: string }[] }).as[0]!.id,
    KEY,
  );
  expect(typedId).toBe(`ai-literacy-${short.split('.').at(-1)}`);
  await lp.goto(link);
  await expect(lp.getByRole('heading', { level: 2, name: AI.title })).toBeVisible();
  await expect(lp.getByText('Set by Ward educator')).toBeVisible();
  // A mistyped short address changes nothing.
  await lp.goto(`http://${short.replace(/\.[a-z2-9]{4}$/, '.zz')}`);
  await expect(lp.getByRole('heading', { name: /This assignment link is incomplete/ })).toBeVisible();
  await learner.close();
});

/** Adds completed lessons and one passing whole-quiz attempt to the saved progress. */
async function study(page: Page, lessons: string[], quiz: string, percent: number) {
  await page.evaluate(
    ({ key, lessons, quiz, percent }) => {
      const doc = JSON.parse(localStorage.getItem(key) ?? 'null') as {
        l: Record<string, unknown>;
        q: Record<string, unknown>;
      };
      const now = Math.floor(Date.now() / 1000);
      for (const id of lessons) doc.l[id] = { o: now - 600, c: now - 60 };
      doc.q[quiz] = { h: [{ v: 'e2e', s: 1, t: now - 300, a: {}, f: now - 30, r: [8, percent, 1] }] };
      localStorage.setItem(key, JSON.stringify(doc));
    },
    { key: KEY, lessons, quiz, percent },
  );
  await page.reload();
}

/** An assignment a trainer made from the AI literacy path with an email (the first story makes one on the trainer page). */
const PATH_ASSIGNMENT = {
  id: 'ai-literacy-k7m2',
  title: AI.title,
  trainer: 'Ward educator',
  email: 'educator@hospital.example',
  items: [...AI.items],
};
const pathLink = async () => `/assignment/#${await encodeAssignment(PATH_ASSIGNMENT)}`;

test('a learner copies a result code, and "Email the summary" goes to the trainer with the code in it', async ({
  browser,
}) => {
  const link = await pathLink();
  const learner = await browser.newContext();
  const lp = await learner.newPage();
  await lp.setViewportSize({ width: 375, height: 740 });
  await lp.goto(link);
  await hydrated(lp);
  await lp.getByRole('button', { name: 'Accept', exact: true }).click();
  await expect(lp.getByText(/You accepted this assignment/)).toBeVisible();
  await study(lp, [aiLessons[0]!.id, aiLessons[1]!.id], aiQuizzes[0]!.id, 90);
  await lp.getByLabel(/Your name, as your trainer knows you/).fill('Chloé Martin');
  await lp.getByRole('button', { name: 'Copy a result code' }).click();
  const codeBox = lp.getByLabel(/^Result code \(\d+ characters\)$/);
  await expect(codeBox).toHaveValue(/^dhsr1\.[A-Za-z0-9_-]+$/);
  const code = await codeBox.inputValue();
  expect(code.length).toBeLessThan(1500);
  // "Email the summary" is addressed to the trainer and carries the code.
  const email = lp.getByRole('link', { name: 'Email the summary to educator@hospital.example' });
  const href = (await email.getAttribute('href')) ?? '';
  expect(href).toMatch(/^mailto:educator@hospital\.example\?subject=/);
  expect(new URLSearchParams(new URL(href).search).get('body')).toContain(code);
  // The code holds this learner's results.
  const read = await readResultCode(code, SITE.title);
  expect(read.ok && JSON.parse(read.text)).toMatchObject({ learner: 'Chloé Martin', format: 'dhs-result' });
  await axe(lp, 'assignment page with a result code');
  await learner.close();
});

test('a result code pasted into the report adds the learner; a truncated or altered one adds nothing', async ({
  page,
}) => {
  const a = PATH_ASSIGNMENT;
  const link = await pathLink();
  const code = await encodeResultCode(
    JSON.parse(
      resultFile(
        'Chloé Martin',
        '2026-11-20T10:00:00Z',
        [
          [aiLessons[0]!.id, '2026-11-18T10:00:00Z'],
          [aiLessons[1]!.id, '2026-11-19T10:00:00Z'],
        ],
        [{ id: aiQuizzes[0]!.id, best: 90, passedAt: '2026-11-19T11:00:00Z' }],
        { id: a.id, title: a.title, trainer: a.trainer, items: a.items },
      ),
    ) as ResultFile,
    SITE.title,
  );

  // Opened from the assignment link, the report names the assignment before any file.
  await page.goto(`/trainers/cohort/#${link.split('#')[1]}`);
  await hydrated(page);
  await expect(page.getByRole('heading', { level: 2, name: AI.title })).toBeVisible();
  await expect(page.getByText('No result files yet.')).toBeVisible();

  const paste = page.getByLabel(/Or paste result codes/);
  const add = page.getByRole('button', { name: 'Add the codes' });
  const problems = page.getByRole('region', { name: /Files not used/ });
  // Truncated, altered, or not a result code: said plainly, nothing added.
  await paste.fill(code.slice(0, code.length - 12));
  await add.click();
  await expect(problems).toContainText(
    'Result code 1 of 1: This result code is incomplete or has been changed, so nothing was added.',
  );
  const i = 40;
  await paste.fill(code.slice(0, i) + (code[i] === 'A' ? 'B' : 'A') + code.slice(i + 1));
  await add.click();
  await expect(problems.getByRole('listitem')).toHaveCount(2);
  await paste.fill('dhs1.abcdef');
  await add.click();
  await expect(problems).toContainText('This is a progress code');
  await expect(page.getByRole('table', { name: /Results by learner/ })).toHaveCount(0);

  // The whole code, wrapped the way an email wraps it.
  await paste.fill(`Result code (paste it into the cohort report):\n${code.replace(/(.{70})/g, '$1\n')}`);
  await add.click();
  await expect(page.getByRole('status').filter({ hasText: 'Read 1 result code: 1 learner added.' })).toBeVisible();
  const rows = page.getByRole('table', { name: /Results by learner/ }).getByRole('row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('Chloé Martin');
  await expect(rows.nth(1)).toContainText(`2 of ${aiLessons.length}`);
  await expect(rows.nth(1)).toContainText('90%, passed');
});

/** A result file as "Send my results" writes it, for a generated learner. */
function resultFile(
  learner: string,
  saved: string,
  lessons: Array<[string, string]>,
  quizzes: Array<{ id: string; best: number; passedAt?: string }>,
  assignment: { id: string; title: string; trainer: string; items: string[] } = {
    id: 'ai-literacy-e2e9',
    title: AI.title,
    trainer: 'Ward educator',
    items: AI.items,
  },
) {
  return JSON.stringify({
    format: 'dhs-result',
    version: 1,
    learner,
    saved,
    content: 'e2e',
    assignment,
    lessons: lessons.map(([id, completed]) => ({ id, completed })),
    quizzes: quizzes.map((q) => ({
      id: q.id,
      attempts: 1,
      passMark: 80,
      best: { percent: q.best, score: q.best / 10, date: saved },
      latest: { percent: q.best, score: q.best / 10, date: saved },
      ...(q.passedAt ? { passedAt: q.passedAt } : {}),
    })),
  });
}

const file = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

test('the report keeps its files across a reload, replaces an older file for the same learner, and forgets them on request', async ({
  page,
}) => {
  const [l1, l2] = aiLessons;
  const older = resultFile('Dara Byrne', '2026-11-01T09:00:00Z', [[l1!.id, '2026-10-30T09:00:00Z']], []);
  const newer = resultFile(
    'Dara Byrne',
    '2026-11-08T09:00:00Z',
    [
      [l1!.id, '2026-10-30T09:00:00Z'],
      [l2!.id, '2026-11-07T09:00:00Z'],
    ],
    [],
  );
  const other = resultFile('Eli Novak', '2026-11-02T09:00:00Z', [], []);
  await page.goto('/trainers/cohort/');
  await hydrated(page);
  const picker = page.getByLabel(/Drop result files here, or choose them/);
  await picker.setInputFiles([file('dara-1.json', older), file('eli.json', other)]);
  const rows = page.getByRole('table', { name: /Results by learner/ }).getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(page.getByText(/2 result files kept in this browser/)).toBeVisible();
  // A long "not yet" list is folded, so a cohort of thirty stays thirty short rows; a keypress opens it.
  const eli = rows.filter({ hasText: 'Eli Novak' });
  const notYet = eli.getByText(`Not yet: ${aiLessons.length} lessons`);
  await expect(notYet).toBeVisible();
  await expect(eli.getByText(aiLessons[1]!.data.title)).toBeHidden();
  await notYet.focus();
  await page.keyboard.press('Enter');
  await expect(eli.getByText(aiLessons[1]!.data.title)).toBeVisible();
  await axe(page, 'cohort report with a long "not yet" list open');

  // A reload: the browser kept them; opened without a link, the report offers the kept cohort.
  await page.reload();
  await hydrated(page);
  await page.getByRole('button', { name: `Open “${AI.title}”` }).click();
  await expect(rows).toHaveCount(3);

  // A newer file for the same learner replaces the older and says so; an older one is not used.
  await picker.setInputFiles([file('dara-2.json', newer)]);
  await expect(page.getByRole('region', { name: /Files not used/ })).toContainText(
    'Dara Byrne: the newer dara-2.json (saved 8 November 2026) replaced dara-1.json (saved 1 November 2026).',
  );
  await expect(rows.filter({ hasText: 'Dara Byrne' })).toContainText(`2 of ${aiLessons.length}`);
  // The same file twice (sent twice, or saved again under another name) counts once, and says so.
  await picker.setInputFiles([file('dara-2-copy.json', newer)]);
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Read 1 file: 0 learners added, 1 file for the same learner set aside.' }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: /Files not used/ })).toContainText(
    'Dara Byrne: dara-2.json and dara-2-copy.json are the same file, counted once.',
  );
  await expect(rows).toHaveCount(3);
  await picker.setInputFiles([file('dara-1-again.json', older)]);
  await expect(page.getByRole('region', { name: /Files not used/ })).toContainText(
    'Dara Byrne: dara-1-again.json (saved 1 November 2026) is not newer than the file already in the report',
  );
  await page.reload();
  await hydrated(page);
  await page.getByRole('button', { name: `Open “${AI.title}”` }).click();
  await expect(rows).toHaveCount(3);
  await expect(rows.filter({ hasText: 'Dara Byrne' })).toContainText(`2 of ${aiLessons.length}`);

  // Forget these files: gone now and after a reload.
  await page.getByRole('button', { name: 'Forget these files' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Forgot 2 result files for “${AI.title}”` })).toBeVisible();
  await expect(rows).toHaveCount(0);
  await page.reload();
  await hydrated(page);
  await expect(page.getByRole('button', { name: /^Open “/ })).toHaveCount(0);
  await expect(page.getByText('No result files yet.')).toBeVisible();
});

/** Replaces what IndexedDB holds for an assignment, as a browser clearing space or a later release would. */
async function tamper(page: Page, id: string, value: unknown) {
  await page.evaluate(
    ({ id, value }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('dhs-cohorts');
        open.onerror = () => reject(new Error('open failed'));
        open.onsuccess = () => {
          const tx = open.result.transaction('cohorts', 'readwrite');
          const store = tx.objectStore('cohorts');
          if (value === undefined) store.delete(id);
          else store.put(value, id);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(new Error('write failed'));
        };
      }),
    { id, value },
  );
}

test('a kept cohort the browser has cleared, or a newer release wrote, is reported and never silently dropped', async ({
  page,
}) => {
  await page.goto('/trainers/cohort/');
  await hydrated(page);
  const picker = page.getByLabel(/Drop result files here, or choose them/);
  await picker.setInputFiles([
    file('fay.json', resultFile('Fay Ochieng', '2026-11-03T09:00:00Z', [], [])),
    file('gus.json', resultFile('Gus Ali', '2026-11-03T09:00:00Z', [], [])),
  ]);
  await expect(page.getByText(/2 result files kept in this browser/)).toBeVisible();

  // The browser clears the store (as under storage pressure).
  await tamper(page, 'ai-literacy-e2e9', undefined);
  await page.reload();
  await hydrated(page);
  await page.getByRole('button', { name: `Open “${AI.title}”` }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(`The result files kept for “${AI.title}” are gone.`);
  await expect(alert).toContainText('This browser had 2 files');
  await axe(page, 'cohort report after the browser cleared its files');

  // A later release's record: reported, left alone, not overwritten by new files.
  await picker.setInputFiles([file('fay.json', resultFile('Fay Ochieng', '2026-11-03T09:00:00Z', [], []))]);
  await tamper(page, 'ai-literacy-e2e9', { v: 9, anything: 'new' });
  await page.reload();
  await hydrated(page);
  await page.getByRole('button', { name: `Open “${AI.title}”` }).click();
  await expect(page.getByRole('alert')).toContainText('saved by a newer version of the course');
  await picker.setInputFiles([file('gus.json', resultFile('Gus Ali', '2026-11-03T09:00:00Z', [], []))]);
  await expect(page.getByText(/are not kept in this browser yet/)).toBeVisible();
  const stored = await page.evaluate(
    () =>
      new Promise<unknown>((resolve) => {
        const open = indexedDB.open('dhs-cohorts');
        open.onsuccess = () => {
          const req = open.result.transaction('cohorts').objectStore('cohorts').get('ai-literacy-e2e9');
          req.onsuccess = () => resolve(req.result);
        };
      }),
  );
  expect(stored).toEqual({ v: 9, anything: 'new' });
  // Forgetting clears it; then files are kept again.
  await page.getByRole('button', { name: 'Forget these files' }).click();
  await picker.setInputFiles([file('gus.json', resultFile('Gus Ali', '2026-11-03T09:00:00Z', [], []))]);
  await expect(page.getByText(/1 result file kept in this browser/)).toBeVisible();
});

test('the training record: a CSV with exact figures per generated learner, and a printable page each', async ({
  page,
}) => {
  const [l1, l2, l3] = aiLessons;
  const [q1, q2] = aiQuizzes;
  const amira = resultFile(
    'Amira Haddad',
    '2026-11-10T12:00:00Z',
    [
      [l1!.id, '2026-11-02T09:00:00Z'],
      [l2!.id, '2026-11-03T09:00:00Z'],
      [l3!.id, '2026-11-04T09:00:00Z'],
      // Not in the path: not on the record.
      ['why-digital-health/triple-win', '2026-11-01T09:00:00Z'],
    ],
    [
      { id: q1!.id, best: 90, passedAt: '2026-11-05T10:00:00Z' },
      // Attempted, not passed: not listed as passed.
      { id: q2!.id, best: 60 },
    ],
  );
  const bruno = resultFile('Bruno Costa', '2026-11-11T12:00:00Z', [], []);
  await page.goto('/trainers/cohort/');
  await hydrated(page);
  await page
    .getByLabel(/Drop result files here, or choose them/)
    .setInputFiles([file('bruno.json', bruno), file('amira.json', amira)]);
  const record = page.getByRole('region', { name: 'Training record' });
  await expect(record.getByRole('article')).toHaveCount(2);

  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the training record (CSV)' }).click(),
  ]);
  expect(csv.suggestedFilename()).toMatch(
    /^training-record-ai-literacy-essentials-for-clinical-staff-\d{4}-\d\d-\d\d\.csv$/,
  );
  const lines = readFileSync(await csv.path(), 'utf8')
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  const lesson = (l: (typeof aiLessons)[number], day: string) =>
    `${moduleTitle(l.data.module)}: ${l.data.title} (${day})`;
  const minutes = l1!.data.minutes + l2!.data.minutes + l3!.data.minutes;
  const q = (s: string) => (/[",]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  expect(lines).toEqual([
    'Learner,Path or assignment,Set by,Lessons completed,Lessons assigned,Lessons completed (date),Quizzes passed,Quizzes assigned,"Quizzes passed (best assessed score, date first passed)",Study time in minutes (reading time of lessons completed),Course edition,Law checked,Results saved',
    [
      'Amira Haddad',
      AI.title,
      'Ward educator',
      3,
      aiLessons.length,
      q([lesson(l1!, '2026-11-02'), lesson(l2!, '2026-11-03'), lesson(l3!, '2026-11-04')].join('; ')),
      1,
      aiQuizzes.length,
      q(`${q1!.data.title}: 90% (2026-11-05)`),
      minutes,
      ED.edition,
      ED.lawChecked,
      '2026-11-10T12:00:00Z',
    ].join(','),
    [
      'Bruno Costa',
      AI.title,
      'Ward educator',
      0,
      aiLessons.length,
      '',
      0,
      aiQuizzes.length,
      '',
      0,
      ED.edition,
      ED.lawChecked,
      '2026-11-11T12:00:00Z',
    ].join(','),
  ]);
  // Study time is the reading time of the three lessons completed in the path, no more.
  expect(minutes).toBeGreaterThan(0);

  // The printable page: one record per learner, nothing else on paper.
  const amiraRecord = record.getByRole('article', { name: 'Amira Haddad' });
  await expect(amiraRecord).toContainText(`${lesson(l1!, '2026-11-02').split(' (')[0]}, 2 November 2026`);
  await expect(amiraRecord).toContainText(`${q1!.data.title}: 90%, passed 5 November 2026`);
  await expect(amiraRecord).toContainText(`Study time ${minutes} min`);
  await page.emulateMedia({ media: 'print' });
  await expect(amiraRecord).toBeVisible();
  await expect(page.getByRole('table', { name: /Results by learner/ })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Cohort report' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await axe(page, 'cohort report with the training record');
});
