import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../../src/lib/csv';
import { resultsCsvRows, resultsFileName, resultsJson } from '../../../../src/lib/results/export';
import { attemptKey, reviewAttempt } from '../../../../src/lib/results/review';
import { attemptsFor } from '../../../../src/progress/model';
import { at, attempt, banks, emptyProgress, outline } from './fixture';

describe('reviewAttempt', () => {
  const p = attempt(emptyProgress(), 'one', { q1: true, q2: false }, at(3));
  const a = attemptsFor(p, 'one')[0]!;

  it('shows every question in the order seen, with the answer given, the right answer and the lesson link', () => {
    const review = reviewAttempt(a, banks['one']!, outline, a.version);
    expect(review.items.map((i) => i.question.id)).toEqual(a.questions);
    const q2 = review.items.find((i) => i.question.id === 'q2')!;
    expect(q2.result).toBe('wrong');
    expect(q2.given[0]).toMatch(/^[AB]\. The wrong one$/);
    expect(q2.right[0]).toMatch(/^[AB]\. The right one$/);
    // Letters follow the order the learner saw.
    const letter = String.fromCharCode(65 + q2.shown.findIndex((o) => o.id === 'wrong'));
    expect(q2.given[0]?.startsWith(letter)).toBe(true);
    expect(q2.lessonUrl).toBe('/modules/one/b/#key-points');
    expect(q2.lessonTitle).toBe('Lesson 1B');
    expect(review.items.find((i) => i.question.id === 'q1')?.result).toBe('right');
    expect(review.changed).toBe(false);
    expect(review.removed).toBe(0);
  });

  it('says when a question has left the quiz or the wording changed since', () => {
    const review = reviewAttempt(a, banks['one']!.slice(0, 1), outline, 'other');
    expect(review.items).toHaveLength(1);
    expect(review.removed).toBe(1);
    expect(review.changed).toBe(true);
  });

  it('marks an unanswered question as such', () => {
    const q = attempt(emptyProgress(), 'one', { q1: true }, at(3));
    const review = reviewAttempt(attemptsFor(q, 'one')[0]!, banks['one']!, outline);
    expect(review.items.find((i) => i.question.id === 'q2')).toMatchObject({ result: 'unanswered', given: [] });
  });

  it('keys an attempt by quiz and start time in seconds', () => {
    expect(attemptKey({ quiz: 'one', started: 1_700_000_000_999 })).toBe('one@1700000000');
  });
});

describe('results export', () => {
  let p = attempt(emptyProgress(), 'one', { q1: false, q2: false }, at(1));
  p = attempt(p, 'one', { q1: true, q2: false }, at(2));
  p = attempt(p, 'one', { q1: true }, at(3), ['q1']);
  p = attempt(p, 'final', { f1: true, f2: true }, at(4));

  it('CSV has a header and one row per attempt with the right scores', () => {
    const rows = resultsCsvRows(outline, p);
    expect(rows[0]).toContain('Percent');
    expect(rows).toHaveLength(5);
    const col = (name: string) => rows[0]!.indexOf(name);
    expect(
      rows
        .slice(1)
        .map((r) => [r[col('Quiz id')], r[col('Attempt')], r[col('Percent')], r[col('Passed')], r[col('Kind')]]),
    ).toEqual([
      ['one', 1, 0, 'no', 'Whole quiz'],
      ['one', 2, 50, 'yes', 'Whole quiz'],
      ['one', 3, 100, 'practice', 'Retry or recap'],
      ['final', 1, 100, 'yes', 'Whole quiz'],
    ]);
    expect(rows[1]![col('Submitted')]).toBe(new Date(at(1)).toISOString());
    expect(rows[1]![col('Time taken (seconds)')]).toBe(60);
    expect(toCsv(rows).split('\r\n')).toHaveLength(5);
  });

  it('an empty progress gives just the header', () => {
    expect(resultsCsvRows(outline, emptyProgress())).toHaveLength(1);
  });

  it('JSON lists every answer as given, with whether it was right', () => {
    const json = resultsJson(outline, p, banks, at(5));
    expect(json.attempts).toHaveLength(4);
    const first = json.attempts[0]!;
    expect(first.questions).toHaveLength(2);
    expect(first.questions.every((q) => q.answer === 'wrong' && !q.correct)).toBe(true);
    expect(json.attempts[2]?.wholeQuiz).toBe(false);
  });

  it('names files by local date', () => {
    expect(resultsFileName('csv', new Date(2026, 0, 5))).toBe('digital-health-skills-results-2026-01-05.csv');
  });
});
