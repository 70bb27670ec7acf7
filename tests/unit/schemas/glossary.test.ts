import { describe, expect, it } from 'vitest';
import { glossarySchema } from '../../../src/schemas/glossary';
import { issuePaths } from './helpers';

const valid = {
  term: 'European Health Data Space',
  abbreviation: 'EHDS',
  definition: 'An EU framework for using health data safely, for care and for research.',
  lessons: ['health-data/ehds'],
};

describe('glossary term', () => {
  it('accepts a complete term, and defaults lessons to none', () => {
    expect(glossarySchema.parse(valid)).toEqual(valid);
    const { lessons: _l, ...rest } = valid;
    expect(glossarySchema.parse(rest).lessons).toEqual([]);
  });
  it.each([
    ['term', { term: '' }, 'term'],
    ['definition', { definition: 'short' }, 'definition'],
    ['lesson reference', { lessons: ['ehds'] }, 'lessons.0'],
  ])('rejects a bad %s and names the field', (_n, patch, path) => {
    expect(issuePaths(glossarySchema, { ...valid, ...patch })).toContain(path);
  });
});
