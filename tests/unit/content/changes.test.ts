import { describe, expect, it } from 'vitest';
import { changes, EDITION } from '../../../src/data/changes';
import { EDITION as RECORD_EDITION } from '../../../src/data/edition';
import { loadContent } from '../../helpers/load-content';

/** "What changed" (/changes/ and its feed): every entry dated, explained, and pointing at real content. */
const { input } = loadContent();
const lessons = new Set(input.lessons.map((l) => l.id));
const questions = new Set(input.quizzes.flatMap((q) => q.data.questions.map((x) => `${q.id}:${x.id}`)));

describe('what changed', () => {
  it('has this edition and the last one, newest first, with unique ids', () => {
    expect(new Set(changes.map((c) => c.id)).size).toBe(changes.length);
    expect(changes.map((c) => c.date)).toEqual([...changes.map((c) => c.date)].sort().reverse());
    expect(changes.some((c) => c.edition === EDITION.number)).toBe(true);
    expect(changes.some((c) => c.edition === EDITION.number - 1)).toBe(true);
    // The record's edition (YYYY-MM) is the month the edition was published.
    expect(EDITION.date.slice(0, 7)).toBe(RECORD_EDITION);
  });

  it.each(changes.map((c) => [c.id, c] as const))(
    '%s: says what and why, and links only to content that exists',
    (_id, c) => {
      expect(c.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(c.date <= EDITION.date).toBe(true);
      expect(c.what.length).toBeGreaterThan(40);
      expect(c.why.length).toBeGreaterThan(10);
      for (const l of c.lessons) expect(lessons.has(l), `no lesson "${l}"`).toBe(true);
      for (const q of c.questions) expect(questions.has(q), `no question "${q}"`).toBe(true);
    },
  );
});
