import { describe, expect, it } from 'vitest';
import { formatLegalDate, legalDates } from '../../../src/data/legal-dates';
import { loadContent } from '../../helpers/load-content';

/**
 * src/data/legal-dates.ts is the one list of legal dates; the timeline figure draws it. Each
 * date must also be stated in the lessons, in the course's date style ("2 December 2027"), so
 * the figure and the text cannot drift apart.
 */
const { input } = loadContent();

/** Lesson text as read: no components, comments or emphasis marks. */
const prose = (s: string) =>
  s
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/\*\*|__|\*/g, '')
    .replace(/\s+/g, ' ');
const course = input.lessons
  .map((l) =>
    prose([l.body ?? '', l.data.title, l.data.description, ...l.data.objectives, ...l.data.summary].join('\n')),
  )
  .join('\n');

describe('src/data/legal-dates.ts', () => {
  it('has well-formed entries in date order, each with a primary citation', () => {
    for (const e of legalDates) {
      expect(e.date).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
      expect(Number.isNaN(new Date(e.date).getTime())).toBe(false);
      expect(e.event.length).toBeGreaterThan(5);
      expect(e.citation).toMatch(/^(Regulation|Directive) \(EU\) \d{4}\/\d+, Art\. \d+/);
    }
    const sorted = [...legalDates].sort((a, b) => a.date.localeCompare(b.date));
    expect(legalDates).toEqual(sorted);
  });

  it('holds the AI Act dates as amended in 2026', () => {
    const ai = (re: RegExp) => legalDates.find((e) => e.law === 'AI Act' && re.test(e.event))?.date;
    expect(ai(/Annex III/)).toBe('2027-12-02');
    expect(ai(/MDR and IVDR/)).toBe('2028-08-02');
    expect(ai(/Prohibitions and AI literacy/)).toBe('2025-02-02');
    expect(ai(/general-purpose/)).toBe('2025-08-02');
    expect(ai(/Transparency/)).toBe('2026-08-02');
  });

  it('formats dates the way the lessons write them', () => {
    expect(formatLegalDate('2027-12-02')).toBe('2 December 2027');
    expect(formatLegalDate('2025-03')).toBe('March 2025');
  });

  it.each(legalDates.map((e) => [formatLegalDate(e.date), e.law, e.event] as const))(
    '%s (%s: %s) is stated in the lessons',
    (date) => {
      expect(course.includes(date), `no lesson states "${date}"`).toBe(true);
    },
  );
});
