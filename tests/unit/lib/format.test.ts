import { describe, expect, it } from 'vitest';
import { formatDate, formatMinutes, plural } from '../../../src/lib/format';
import { mulberry32 } from '../../../src/quiz/random';

// formatDate writes the date by hand so that a page never waits for the browser's locale
// data (src/lib/format.ts). These tests hold it to the text the browser would have written.
const dayOptions = { day: 'numeric', month: 'long', year: 'numeric' } as const;
const timeOptions = { hour: '2-digit', minute: '2-digit' } as const;

describe('formatDate', () => {
  it('writes a calendar date the same in every time zone', () => {
    expect(formatDate('2026-11-28')).toBe('28 November 2026');
    expect(formatDate('2026-01-01')).toBe('1 January 2026');
    expect(formatDate(new Date('2027-08-02T00:00:00Z'))).toBe('2 August 2027');
  });

  it('adds the time, on a 24-hour clock, when asked', () => {
    expect(formatDate('2026-11-28T14:05:00Z', true)).toBe('28 November 2026, 14:05');
    expect(formatDate('2026-11-28T00:00:59Z', true)).toBe('28 November 2026, 00:00');
  });

  it('reads as toLocaleDateString("en-GB") would, for dates across four centuries', () => {
    const next = mulberry32(20261207);
    for (let i = 0; i < 2000; i++) {
      const ms = Date.UTC(1900, 0, 1) + Math.floor(next() * 400 * 365.25 * 86_400_000);
      const d = new Date(ms);
      const utc = { ...dayOptions, timeZone: 'UTC' } as const;
      // A Date or an ISO string is a calendar date, read in UTC.
      expect(formatDate(d)).toBe(d.toLocaleDateString('en-GB', utc));
      expect(formatDate(d.toISOString(), true)).toBe(
        `${d.toLocaleDateString('en-GB', utc)}, ${d.toLocaleTimeString('en-GB', { ...timeOptions, timeZone: 'UTC' })}`,
      );
    }
  });

  it("shows a moment (epoch milliseconds) in the learner's own time zone", () => {
    const before = process.env.TZ;
    const next = mulberry32(7);
    try {
      // Node reads TZ again when it changes; St John's is half an hour off the hour.
      for (const zone of ['Europe/Lisbon', 'Europe/Berlin', 'America/St_Johns', 'Asia/Kolkata']) {
        process.env.TZ = zone;
        expect(new Date(Date.UTC(2026, 6, 1, 12)).getHours()).not.toBe(12);
        for (let i = 0; i < 500; i++) {
          const ms = Date.UTC(2000, 0, 1) + Math.floor(next() * 60 * 365.25 * 86_400_000);
          const d = new Date(ms);
          expect(formatDate(ms, true)).toBe(
            `${d.toLocaleDateString('en-GB', dayOptions)}, ${d.toLocaleTimeString('en-GB', timeOptions)}`,
          );
        }
      }
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });

  it('says so, as the browser would, when the date cannot be read', () => {
    expect(formatDate('not a date')).toBe(new Date(Number.NaN).toLocaleDateString('en-GB', dayOptions));
  });
});

describe('formatMinutes and plural', () => {
  it('writes durations and counts', () => {
    expect(formatMinutes(45)).toBe('45 min');
    expect(formatMinutes(60)).toBe('1 h');
    expect(formatMinutes(125)).toBe('2 h 05 min');
    expect(plural(1, 'lesson')).toBe('1 lesson');
    expect(plural(3, 'lesson')).toBe('3 lessons');
    expect(plural(2, 'quiz', 'quizzes')).toBe('2 quizzes');
  });
});
