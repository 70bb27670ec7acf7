import { describe, expect, it } from 'vitest';
import { judgeKept, parseKeptIndex, type KeptCohort } from '../../../../src/lib/assignments/kept-cohort';

const GOOD: KeptCohort = {
  v: 1,
  id: 'ai-literacy-k7m2',
  title: 'Ward 7',
  files: [{ name: 'anna.json', size: 2, text: '{}' }],
  saved: '2026-12-01T10:00:00.000Z',
};
const ENTRY = { title: 'Ward 7', files: 3, saved: '2026-12-01T10:00:00.000Z' };

describe('what the cohort report finds kept in the browser', () => {
  it('a readable cohort', () => {
    expect(judgeKept(GOOD, ENTRY)).toEqual({ kind: 'ok', cohort: GOOD });
  });
  it('nothing, and nothing was kept', () => {
    expect(judgeKept(undefined, undefined)).toEqual({ kind: 'none' });
  });
  it('nothing, but the index says files were kept: the browser cleared them, and says how many', () => {
    expect(judgeKept(undefined, ENTRY)).toEqual({ kind: 'evicted', entry: ENTRY });
  });
  it('written by a newer release', () => {
    expect(judgeKept({ ...GOOD, v: 2, files: 'new shape' }, ENTRY)).toEqual({ kind: 'newer' });
  });
  it.each([
    ['not an object', 'text'],
    ['files missing', { ...GOOD, files: undefined }],
    ['a file without text', { ...GOOD, files: [{ name: 'a', size: 1 }] }],
    ['a bad id', { ...GOOD, id: 'bad id!' }],
    ['an extra field', { ...GOOD, extra: 1 }],
    ['an old version', { ...GOOD, v: 0 }],
  ])('damaged: %s', (_what, raw) => {
    expect(judgeKept(raw, ENTRY)).toEqual({ kind: 'damaged' });
  });
});

describe('the index beside the store', () => {
  it('reads good entries and skips bad ones without throwing', () => {
    expect(parseKeptIndex(JSON.stringify({ a: ENTRY, 'bad id!': ENTRY, b: { title: 1 } }))).toEqual({ a: ENTRY });
    for (const bad of [null, '', 'not json', '[]', '42', 'null']) expect(parseKeptIndex(bad)).toEqual({});
  });
});
