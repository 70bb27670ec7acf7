import { describe, expect, it } from 'vitest';
import { termRefs, validateCourse } from '../../../src/lib/course/validate-course';
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

describe('the glossary', () => {
  it('lists, for every term, exactly the lessons that link to it', () => {
    const usedBy = new Map<string, string[]>();
    for (const l of input.lessons) {
      for (const id of new Set(termRefs(l.body ?? ''))) usedBy.set(id, [...(usedBy.get(id) ?? []), l.id]);
    }
    const mismatches = input.glossary
      .map((g) => ({ term: g.id, listed: [...g.data.lessons].sort(), linked: (usedBy.get(g.id) ?? []).sort() }))
      .filter((x) => JSON.stringify(x.listed) !== JSON.stringify(x.linked));
    expect(mismatches).toEqual([]);
  });
  it('has at least 30 terms', () => {
    expect(input.glossary.length).toBeGreaterThanOrEqual(30);
  });
});
