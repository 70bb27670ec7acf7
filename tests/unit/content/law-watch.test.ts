import { describe, expect, it } from 'vitest';
import { formatLegalDate } from '../../../src/data/law';
import { legalDates } from '../../../src/data/legal-dates';
import { lessonFacts } from '../../../src/lib/course/validate-course';
import { loadContent } from '../../helpers/load-content';

/**
 * Legal dates live in src/data/legal-facts.ts (docs/law-watch.md). The timeline figure draws
 * the facts that carry a `timeline` label; each of them must also be taught in a lesson.
 */
const { input, errors } = loadContent();

describe('legal facts in the course', () => {
  it('every reference resolves (no unknown fact id in lessons, quizzes or glossary)', () => {
    expect(errors.filter((e) => /legal fact|placeholder/.test(e))).toEqual([]);
  });

  it.each(legalDates.map((e) => [formatLegalDate(e.date), e.law, e.event, e.fact] as const))(
    '%s (%s: %s) on the timeline is taught in a lesson',
    (date, _law, _event, fact) => {
      const taught = input.lessons.some((l) => lessonFacts(l).includes(fact) || (l.body ?? '').includes(date));
      expect(taught, `no lesson states ${fact} (${date})`).toBe(true);
    },
  );
});
