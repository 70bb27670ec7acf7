import { describe, expect, it } from 'vitest';
import { COMMIT_BUDGET } from '../../helpers/lms-rules';
import { measureWholeCourse } from '../../helpers/lms-commit-bench';
import { packageQuizzes } from './fixtures';

describe('a whole-course learner in an LMS that re-sends every element on every commit (Moodle)', () => {
  const questions = packageQuizzes.reduce((n, q) => n + q.questions.length, 0);
  for (const edition of ['scorm12', 'scorm2004'] as const) {
    it(`${edition}: no value refused under the strict rules, and every commit under 900 fields and 60 KB`, () => {
      const m = measureWholeCourse(edition);
      // The figures in BENCHMARKS.md ("LMS packages in Moodle").
      console.log(
        `${edition}, whole-course learner: largest commit ${m.fields} fields, ${m.bytes.toLocaleString('en')} bytes as a form; ${m.interactions} interactions, ${m.commits} commits, ${m.setValues} SetValue calls, ${m.refused.length} refused; suspend_data ${m.suspendLength.toLocaleString('en')} characters`,
      );
      expect(m.refused).toEqual([]);
      expect(m.interactions).toBe(questions);
      expect(m.fields).toBeLessThan(COMMIT_BUDGET.fields);
      expect(m.bytes).toBeLessThan(COMMIT_BUDGET.bytes);
      expect(m.commits).toBeGreaterThan(packageQuizzes.length);
    });
  }
});
