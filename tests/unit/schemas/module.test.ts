import { describe, expect, it } from 'vitest';
import { moduleSchema } from '../../../src/schemas/module';
import { issuePaths } from './helpers';

const valid = {
  title: 'Why digital health matters',
  summary: 'What Europe expects digital health to bring, and why it is a strategic sector.',
  order: 1,
  objectives: ['Explain the triple win of digital health.'],
  quiz: 'why-digital-health',
};

describe('module metadata', () => {
  it('accepts a complete module', () => {
    expect(moduleSchema.parse(valid)).toEqual(valid);
  });
  it.each([
    ['title', { title: '' }, 'title'],
    ['summary', { summary: 'too short' }, 'summary'],
    ['order', { order: 1.5 }, 'order'],
    ['objectives', { objectives: [] }, 'objectives'],
    ['quiz', { quiz: 'Not A Slug' }, 'quiz'],
  ])('rejects a bad %s and names the field', (_n, patch, path) => {
    expect(issuePaths(moduleSchema, { ...valid, ...patch })).toContain(path);
  });
});
