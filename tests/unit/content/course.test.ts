import { describe, expect, it } from 'vitest';
import { validateCourse } from '../../../src/lib/validate-course';
import { loadContent } from '../../helpers/load-content';

const { input, errors } = loadContent();

describe('the course content', () => {
  it('every file matches its schema', () => {
    expect(errors).toEqual([]);
  });
  it('every reference between files resolves (lessons, modules, quizzes, anchors, terms)', () => {
    expect(validateCourse(input)).toEqual([]);
  });
});
