import { describe, expect, it } from 'vitest';
import { lessonSchema } from '../../../src/schemas/lesson';
import { issuePaths } from './helpers';

const valid = {
  title: 'The triple win',
  description: 'Why the Commission expects three kinds of gain from digital health.',
  module: 'why-digital-health',
  order: 1,
  minutes: 6,
  objectives: ['Name the three gains of digital health.'],
  summary: ['Digital health can bring three gains at once.'],
  sources: [{ title: 'Overview', publisher: 'European Commission', date: '2025-06-09' }],
  updated: '2026-11-28',
};

describe('lesson frontmatter', () => {
  it('accepts a complete lesson and turns dates into Date objects', () => {
    const r = lessonSchema.parse(valid);
    expect(r.updated).toBeInstanceOf(Date);
    expect(r.sources[0]?.date).toBeInstanceOf(Date);
  });
  it.each([
    ['title', { title: undefined }, 'title'],
    ['description', { description: 'short' }, 'description'],
    ['module id', { module: 'Why Digital' }, 'module'],
    ['order', { order: 0 }, 'order'],
    ['minutes', { minutes: 'six' }, 'minutes'],
    ['objectives (none)', { objectives: [] }, 'objectives'],
    ['objectives (more than 6)', { objectives: Array(7).fill('An objective long enough.') }, 'objectives'],
    ['summary', { summary: [] }, 'summary'],
    ['sources (none)', { sources: [] }, 'sources'],
    ['source publisher', { sources: [{ title: 'x' }] }, 'sources.0.publisher'],
    ['source url', { sources: [{ title: 'x', publisher: 'y', url: 'javascript:alert(1)' }] }, 'sources.0.url'],
    ['updated', { updated: 'yesterday' }, 'updated'],
    ['an unknown field', { autor: 'me' }, ''],
  ])('rejects a bad %s and names the field', (_name, patch, path) => {
    expect(issuePaths(lessonSchema, { ...valid, ...patch })).toContain(path);
  });
});
