import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { Question } from '../../../../src/schemas/question';
import type { Attempt } from '../../../../src/quiz/types';
import { emptyProgress, type Progress } from '../../../../src/progress/model';
import { completeLesson } from '../../../../src/progress/lessons';
import { acceptAssignment } from '../../../../src/progress/learner';
import { startAttempt } from '../../../../src/progress/attempts';
import { progressSchema } from '../../../../src/schemas/progress';
import { toStoredAssignment } from '../../../../src/lib/assignments/view';
import {
  buildResultFile,
  mailtoLink,
  resultFileName,
  resultSummaryText,
} from '../../../../src/lib/assignments/result-file-build';
import {
  MAX_RESULT_BYTES,
  RESULT_VERSION,
  keepLatest,
  learnerKey,
  parseResultFile,
  resultFileSchema,
  type ResultFile,
} from '../../../../src/lib/assignments/result-file';
import { OUTLINE, SPEC } from './fixtures';

const q = (id: string, answer: string): Question => ({
  id,
  type: 'single',
  kind: 'recall',
  prompt: '',
  explanation: '',
  lesson: 'basics/one',
  anchor: 'a',
  options: [
    { id: 'a', text: '' },
    { id: 'b', text: '' },
  ],
  answer,
});

const BANK = {
  basics: [q('q1', 'a'), q('q2', 'a'), q('q3', 'b')],
  rules: [q('r1', 'a'), q('r2', 'a')],
  final: [q('f1', 'a')],
};

const T0 = Date.UTC(2026, 2, 1, 9, 0, 0);
const attempt = (quiz: string, answers: Record<string, string>, percent: number, finished: number): Attempt => ({
  quiz,
  version: 'v1',
  seed: 1,
  questions: Object.keys(answers),
  answers,
  position: 0,
  started: finished - 60_000,
  finished,
  score: Math.round((percent / 100) * Object.keys(answers).length),
  percent,
  passed: percent >= 80,
});

function learnerProgress(): Progress {
  let p = acceptAssignment(emptyProgress(), toStoredAssignment(SPEC, T0));
  p = completeLesson(p, 'basics/one', T0 + 1000);
  p = completeLesson(p, 'other/not-assigned', T0 + 2000);
  // Best: 67 % (q1, q3 right), then a worse latest attempt.
  p = startAttempt(p, attempt('basics', { q1: 'a', q2: 'b', q3: 'b' }, 67, T0 + 3_600_000));
  p = startAttempt(p, attempt('basics', { q1: 'b', q2: 'b', q3: 'a' }, 0, T0 + 7_200_000));
  p = startAttempt(p, attempt('final', { f1: 'a' }, 100, T0 + 8_000_000));
  return p;
}

function build(name = 'Anna Smith', now = T0 + 9_000_000): ResultFile {
  const p = learnerProgress();
  expect(v.safeParse(progressSchema, p).success).toBe(true);
  return buildResultFile({ progress: p, assignment: p.as[0]!, outline: OUTLINE, bank: BANK, learner: name, now });
}

describe('buildResultFile', () => {
  it('holds the learner, assignment, assigned lessons with dates and each assigned quiz', () => {
    const f = build();
    expect(f).toMatchObject({
      format: 'dhs-result',
      version: RESULT_VERSION,
      learner: 'Anna Smith',
      content: 'abcd1234',
    });
    expect(f.assignment).toEqual({
      id: SPEC.id,
      title: SPEC.title,
      trainer: SPEC.trainer,
      due: SPEC.due,
      passMark: 75,
      items: SPEC.items,
    });
    expect(f.lessons).toEqual([{ id: 'basics/one', completed: '2026-03-01T09:00:01Z' }]);
    expect(f.quizzes.map((x) => x.id)).toEqual(['basics', 'final']);
    expect(v.safeParse(resultFileSchema, f).success).toBe(true);
  });

  it('reports best and latest score, attempt count and right/wrong per question on the best attempt', () => {
    const basics = build().quizzes[0]!;
    expect(basics.attempts).toBe(2);
    expect(basics.best?.percent).toBe(67);
    expect(basics.latest?.percent).toBe(0);
    expect(basics.right).toEqual(['q1', 'q3']);
    expect(basics.wrong).toEqual(['q2']);
    // 67 % is under the assignment's pass mark of 75 %.
    expect(basics.passedAt).toBeUndefined();
    expect(basics.passMark).toBe(75);
    const final = build().quizzes[1]!;
    expect(final.passedAt).toBe('2026-03-01T11:13:20Z');
  });

  it('round-trips through JSON and parse', () => {
    const f = build();
    expect(parseResultFile(JSON.stringify(f, null, 2))).toEqual({ ok: true, file: f });
  });

  it('names the file after the assignment and learner', () => {
    expect(resultFileName(build('Zoë O’Brien'))).toBe('results-icu-induction-march-zoe-o-brien-2026-03-01.json');
  });

  it('summarises in plain text for an email', () => {
    const text = resultSummaryText(build(), OUTLINE);
    expect(text).toContain('Learner: Anna Smith');
    expect(text).toContain('- One (1 March 2026)');
    expect(text).toContain('Basics quiz: best 67%, latest 0%, 2 attempts, not passed yet (pass mark 75%)');
    expect(text).toContain('Final assessment: best 100%, latest 100%, 1 attempt, passed');
    expect(text).toContain('The result file is attached.');
  });

  it('does not claim a file is attached to an email link that cannot carry one', () => {
    const text = resultSummaryText(build(), OUTLINE, { attached: false });
    expect(text).not.toContain('attached');
    expect(text).toContain('Results are self-reported from my browser.');
  });

  it('puts the summary in an email link, every character encoded and lines as CRLF', () => {
    const link = mailtoLink('Results: A & B?', 'Learner: Zoë\nScore: 80%\n#1');
    expect(link).toBe(
      'mailto:?subject=Results%3A%20A%20%26%20B%3F&body=Learner%3A%20Zo%C3%AB%0D%0AScore%3A%2080%25%0D%0A%231',
    );
    const url = new URL(link);
    expect(new URLSearchParams(url.search).get('body')).toBe('Learner: Zoë\r\nScore: 80%\r\n#1');
  });
});

describe('parseResultFile: refuses with a reason', () => {
  const good = () => JSON.parse(JSON.stringify(build())) as Record<string, unknown>;
  it.each<[string, () => string, RegExp]>([
    ['not JSON', () => 'hello, world', /not JSON/],
    ['JSON but not a result file', () => '{"name":"x"}', /not a result file/],
    ['an array', () => '[1,2]', /not a result file/],
    ['a progress backup', () => JSON.stringify(emptyProgress()), /progress backup/],
    ['a newer format', () => JSON.stringify({ ...good(), version: RESULT_VERSION + 1 }), /newer version/],
    ['over 1 MB', () => ' '.repeat(MAX_RESULT_BYTES + 1), /over 1 MB/],
    ['a missing learner', () => JSON.stringify({ ...good(), learner: undefined }), /edited or damaged.*\(learner\)/],
    [
      'a percent over 100',
      () =>
        JSON.stringify({
          ...good(),
          quizzes: [
            { id: 'basics', attempts: 1, passMark: 80, best: { percent: 150, score: 1, date: '2026-03-01T09:00:00Z' } },
          ],
        }),
      /quizzes\[0\]\.best\.percent/,
    ],
    ['a bad date', () => JSON.stringify({ ...good(), saved: 'yesterday' }), /saved/],
    [
      'a forbidden key',
      () => JSON.stringify(good()).replace('"learner"', '"__proto__":{"x":1},"learner"'),
      /key a result file never has/,
    ],
    ['truncated', () => JSON.stringify(good()).slice(0, 200), /not JSON/],
    [
      // A real file is saved after everything in it happened; a training record must not show a later day.
      'a lesson completed after the file was saved',
      () => JSON.stringify({ ...good(), lessons: [{ id: 'basics/one', completed: '2026-03-02T09:00:00.000Z' }] }),
      /edited or damaged: it records a lesson or quiz after the time it was saved \(lessons\[0\]\.completed\)/,
    ],
    [
      'a quiz passed after the file was saved',
      () =>
        JSON.stringify({
          ...good(),
          quizzes: [{ id: 'basics', attempts: 1, passMark: 80, passedAt: '2027-01-01T00:00:00.000Z' }],
        }),
      /after the time it was saved \(quizzes\[0\]\.passedAt\)/,
    ],
    [
      'a best attempt after the file was saved',
      () =>
        JSON.stringify({
          ...good(),
          quizzes: [
            { id: 'basics', attempts: 1, passMark: 80, best: { percent: 50, score: 1, date: '2026-03-01T12:00:00Z' } },
          ],
        }),
      /after the time it was saved \(quizzes\[0\]\.best\.date\)/,
    ],
    [
      'a latest attempt after the file was saved',
      () =>
        JSON.stringify({
          ...good(),
          quizzes: [
            {
              id: 'basics',
              attempts: 1,
              passMark: 80,
              latest: { percent: 50, score: 1, date: '2026-03-01T12:00:00Z' },
            },
          ],
        }),
      /after the time it was saved \(quizzes\[0\]\.latest\.date\)/,
    ],
    [
      // The same rules as the assignment the learner accepted (schemas/progress.ts): no markup.
      'markup in the assignment title',
      () => JSON.stringify({ ...good(), assignment: { ...(good()['assignment'] as object), title: '<b>Ward</b>' } }),
      /assignment\.title/,
    ],
  ])('%s', (_name, text, reason) => {
    const r = parseResultFile(text());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });

  it('allows a date a few minutes after the save time (a clock corrected in between), not more', () => {
    const file = build();
    const at = (ms: number) => new Date(Date.parse(file.saved) + ms).toISOString();
    const withLesson = (completed: string) =>
      parseResultFile(JSON.stringify({ ...file, lessons: [{ id: 'basics/one', completed }] }));
    expect(withLesson(at(4 * 60_000)).ok).toBe(true);
    expect(withLesson(at(6 * 60_000)).ok).toBe(false);
  });

  it('reads a file with a byte order mark', () => {
    expect(parseResultFile(`\uFEFF${JSON.stringify(build())}`).ok).toBe(true);
  });
});

describe('keepLatest', () => {
  it('keeps the most recently saved file per learner, whatever the case or spacing of the name', () => {
    const older = { file: build('Anna Smith', T0 + 1e7), source: 'a-old.json' };
    const newer = { file: build('anna  smith', T0 + 2e7), source: 'a-new.json' };
    const other = { file: build('Ben Jones'), source: 'b.json' };
    const { kept, duplicates } = keepLatest([newer, other, older]);
    expect(kept.map((k) => k.source)).toEqual(['a-new.json', 'b.json']);
    expect(duplicates).toHaveLength(1);
    expect(duplicates[0]?.kept.source).toBe('a-new.json');
    expect(duplicates[0]?.dropped.map((d) => d.source)).toEqual(['a-old.json']);
  });
  it('on equal save times keeps the one loaded last', () => {
    const a = { file: build('X'), source: '1.json' };
    const b = { file: build('X'), source: '2.json' };
    expect(keepLatest([a, b]).kept[0]?.source).toBe('2.json');
  });
  it('learnerKey ignores case and spacing', () => {
    expect(learnerKey('  Anna   SMITH ')).toBe(learnerKey('anna smith'));
  });
});
