import { describe, expect, it } from 'vitest';
import { encodeResultCode, RESULT_CODE_PREFIX } from '../../../../src/lib/assignments/result-code-format';
import { CODE_PROBLEMS, readResultCode, splitCodes } from '../../../../src/lib/assignments/result-code';
import { parseResultFile, type ResultFile } from '../../../../src/lib/assignments/result-file';
import { mailtoLink } from '../../../../src/lib/assignments/result-file-build';
import { textToCode } from '../../../../src/progress/code';
import { SPEC } from './fixtures';

const COURSE = 'Digital Health Skills';
const FILE: ResultFile = {
  format: 'dhs-result',
  version: 1,
  learner: 'Zoë O’Brien',
  saved: '2026-12-01T09:30:00Z',
  content: 'abcd1234',
  assignment: {
    id: SPEC.id,
    title: SPEC.title,
    trainer: SPEC.trainer,
    items: Array.from({ length: 12 }, (_, i) => `lesson:regulation/lesson-${i}`),
  },
  lessons: Array.from({ length: 12 }, (_, i) => ({ id: `regulation/lesson-${i}`, completed: '2026-11-30T10:00:00Z' })),
  quizzes: ['regulation', 'ai-at-the-bedside', 'final'].map((id) => ({
    id,
    attempts: 2,
    passMark: 80,
    best: { percent: 90, score: 9, date: '2026-11-30T11:00:00Z' },
    latest: { percent: 90, score: 9, date: '2026-11-30T11:00:00Z' },
    passedAt: '2026-11-30T11:00:00Z',
    right: Array.from({ length: 9 }, (_, i) => `${id}-question-${i}`),
    wrong: [`${id}-question-9`],
  })),
};

describe('result codes', () => {
  it('round-trip to exactly the result file', async () => {
    const code = await encodeResultCode(FILE, COURSE);
    expect(code.startsWith(RESULT_CODE_PREFIX)).toBe(true);
    const r = await readResultCode(code, COURSE);
    expect(r.ok).toBe(true);
    if (r.ok) expect(parseResultFile(r.text)).toEqual({ ok: true, file: FILE });
  });

  it('stay short enough for an email body or a chat message', async () => {
    const code = await encodeResultCode(FILE, COURSE);
    // 12 lessons and 3 quizzes with per-question results.
    expect(code.length).toBeLessThan(1200);
  });

  it('survive the line breaks and spaces an email adds when it wraps', async () => {
    const code = await encodeResultCode(FILE, COURSE);
    const wrapped = code.replace(/(.{60})/g, '$1\r\n ');
    expect(splitCodes(`Hello,\n\nResult code:\n${wrapped}`)).toEqual([code]);
    expect((await readResultCode(wrapped, COURSE)).ok).toBe(true);
  });

  it('several codes pasted at once come apart', async () => {
    const a = await encodeResultCode(FILE, COURSE);
    const b = await encodeResultCode({ ...FILE, learner: 'Ben' }, COURSE);
    expect(splitCodes(`${a}\n\n${b}`)).toEqual([a, b]);
    expect(splitCodes('no codes here')).toEqual([]);
  });

  it('truncated at any length: refused with a clear message', async () => {
    const code = await encodeResultCode(FILE, COURSE);
    for (let n = RESULT_CODE_PREFIX.length; n < code.length; n += 7) {
      expect(await readResultCode(code.slice(0, n), COURSE), `cut to ${n}`).toEqual({
        ok: false,
        reason: CODE_PROBLEMS.incomplete,
      });
    }
  });

  it('altered anywhere: refused', async () => {
    const code = await encodeResultCode(FILE, COURSE);
    for (let i = RESULT_CODE_PREFIX.length + 4; i < code.length - 1; i += 5) {
      const swapped = code[i] === 'A' ? 'B' : 'A';
      const r = await readResultCode(code.slice(0, i) + swapped + code.slice(i + 1), COURSE);
      expect(r.ok, `position ${i}`).toBe(false);
    }
  });

  it('from another course: refused by name', async () => {
    const code = await encodeResultCode(FILE, 'Another Course');
    expect(await readResultCode(code, COURSE)).toEqual({ ok: false, reason: CODE_PROBLEMS.otherCourse });
  });

  it('a progress code or other text: says what it is', async () => {
    expect(await readResultCode(await textToCode('{"v":1}'), COURSE)).toEqual({
      ok: false,
      reason: CODE_PROBLEMS.progress,
    });
    expect(await readResultCode('hello', COURSE)).toEqual({ ok: false, reason: CODE_PROBLEMS.notCode });
    expect(await readResultCode('dhsr1.', COURSE)).toEqual({ ok: false, reason: CODE_PROBLEMS.incomplete });
    expect(await readResultCode('dhsr1.A', COURSE)).toEqual({ ok: false, reason: CODE_PROBLEMS.incomplete });
    expect(await readResultCode('dhsr1.!!!!', COURSE)).toEqual({ ok: false, reason: CODE_PROBLEMS.incomplete });
  });
});

describe('mailtoLink', () => {
  it('fills the trainer’s address in as the recipient, keeping "@"', () => {
    expect(mailtoLink('Results: A&B', 'Line 1\nLine 2', 'jane.doe+ward@hospital.example')).toBe(
      'mailto:jane.doe%2Bward@hospital.example?subject=Results%3A%20A%26B&body=Line%201%0D%0ALine%202',
    );
  });
  it('leaves the recipient empty without one', () => {
    expect(mailtoLink('S', 'B')).toBe('mailto:?subject=S&body=B');
  });
});
