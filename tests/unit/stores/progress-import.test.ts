import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { cleanStores } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { textToCode } from '../../../src/progress/code';
import { STORAGE_KEY, attemptsFor, emptyProgress, progress, storageStatus, update } from '../../../src/stores/progress';
import { completeLesson } from '../../../src/progress/lessons';
import { lessonState } from '../../../src/progress/checks';
import { setName } from '../../../src/progress/learner';
import {
  applyImport,
  exportCode,
  exportFileName,
  exportJson,
  parseImport,
} from '../../../src/stores/progress-transfer';
import { useBrowserStorage, useTestStorage, type TestStorage } from '../../../src/stores/testing';
import { fullCourse } from '../../fixtures/progress/course-sample';

const T = Date.UTC(2026, 10, 28, 9, 0, 0);
const HERE = 'why-digital-health/triple-win';
let storage: TestStorage;

beforeEach(() => {
  storage = useTestStorage();
  progress.listen(() => {});
  update((p) => setName(completeLesson(p, HERE, T), 'Dr Here'));
});

afterEach(() => {
  cleanStores(progress, storageStatus);
  useBrowserStorage();
});

const valid = () => JSON.stringify(completeLesson(emptyProgress(), 'ai-infrastructure/chips', T));

async function rejected(text: string): Promise<string> {
  const before = progress.get();
  const saved = storage.data.get(STORAGE_KEY);
  const result = await parseImport(text);
  expect(result.ok).toBe(false);
  expect(progress.get()).toBe(before);
  expect(storage.data.get(STORAGE_KEY)).toBe(saved);
  return result.ok ? '' : result.error;
}

describe('export', () => {
  it('names the file after the course and the date', () => {
    expect(exportFileName(new Date(2026, 10, 28, 23, 59))).toBe('digital-health-skills-progress-2026-11-28.json');
  });

  it('a JSON file and a code both import back to the same progress', async () => {
    const p = fullCourse();
    for (const text of [exportJson(p), await exportCode(p)]) {
      const r = await parseImport(text);
      expect(r.ok && r.progress).toEqual(p);
    }
  });

  it('the code is URL-safe and survives the line breaks pasting adds', async () => {
    const code = await exportCode(fullCourse());
    expect(code).toMatch(/^dhs1\.[A-Za-z0-9_-]+$/);
    const broken = code.replace(/(.{60})/g, '$1\n  ');
    expect((await parseImport(broken)).ok).toBe(true);
  });
});

describe('import is refused, leaving progress untouched', () => {
  it.each([
    ['not JSON', 'hello there'],
    ['empty', '   '],
    ['JSON that is not progress', '[1,2]'],
    ['the wrong schema', '{"v":1}'],
    ['an unknown key', JSON.stringify({ ...JSON.parse(valid()), extra: 1 })],
    ['an unknown nested key', valid().replace('"c":', '"x":1,"c":')],
    ['a newer version', '{"v":99}'],
    ['a mistyped code', 'dhs1.@@@'],
    ['a truncated code', 'dhs1.q1Yq'],
  ])('%s', async (_name, text) => {
    expect(await rejected(text)).toMatch(/\w/);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('a "%s" key anywhere', async (key) => {
    const text = valid().replace('"c":', `"k":{"${key}":{"polluted":true}},"c":`);
    const error = await rejected(text);
    expect(error).toContain(key);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('a file over 1 MB', async () => {
    const big = valid().replace('{', `{"pad":"${'x'.repeat(1_000_001)}",`);
    expect(await rejected(big)).toMatch(/1 MB/);
  });

  it('a code that unpacks to more than 1 MB', async () => {
    const bomb = await textToCode(`{"v":1,"n":"${' '.repeat(3_000_000)}"}`);
    expect(bomb.length).toBeLessThan(10_000);
    expect(await rejected(bomb)).toMatch(/1 MB/);
  });

  it.each([
    ['a name', (p: Record<string, unknown>) => (p['n'] = '<script>alert(1)</script>')],
    [
      'an assignment title',
      (p: Record<string, unknown>) =>
        (p['as'] = [
          { id: 'x', title: '<img src=x onerror=alert(1)>', trainer: 'T', items: ['quiz:final'], accepted: 1 },
        ]),
    ],
  ])('markup in %s', async (_n, poison) => {
    const doc = JSON.parse(valid()) as Record<string, unknown>;
    poison(doc);
    expect(await rejected(JSON.stringify(doc))).toMatch(/</);
  });
});

describe('a valid import', () => {
  it('previews the change, then replaces', async () => {
    const r = await parseImport(valid());
    if (!r.ok) throw new Error(r.error);
    expect(r.preview.current).toMatchObject({ lessonsCompleted: 1, name: 'Dr Here' });
    expect(r.preview.incoming).toMatchObject({ lessonsCompleted: 1 });
    expect(r.preview.merged).toMatchObject({ lessonsCompleted: 2, name: 'Dr Here' });
    expect(lessonState(progress.get(), 'ai-infrastructure/chips').status).toBe('not-started');
    applyImport('replace', r.progress);
    expect(lessonState(progress.get(), HERE).status).toBe('not-started');
    expect(JSON.parse(storage.data.get(STORAGE_KEY) ?? '')).toEqual(r.progress);
  });

  it('merges', async () => {
    const r = await parseImport(exportJson(fullCourse()));
    if (!r.ok) throw new Error(r.error);
    applyImport('merge', r.progress);
    expect(lessonState(progress.get(), HERE).status).toBe('completed');
    expect(attemptsFor(progress.get(), 'final')).toHaveLength(1);
    expect(progress.get().n).toBe('Dr Here');
  });

  it('from an earlier version is updated and says so', async () => {
    const v0 = readFileSync(new URL('../../fixtures/progress/v0.json', import.meta.url), 'utf8');
    const r = await parseImport(v0);
    expect(r.ok && r.preview.migrated).toBe(true);
  });
});

describe('random input (property)', () => {
  const protoKeyed = fc
    .tuple(fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.jsonValue())
    .map(([k, v]) => `{"v":1,"pr":{},"l":{},"q":{},"as":[],"${k}":${JSON.stringify(v) ?? 'null'}}`);
  const nested = fc
    .jsonValue()
    .map((v) => `{"v":1,"l":{"a/b":{"o":1,"k":{"__proto__":${JSON.stringify(v) ?? 'null'}}}}}`);
  const input = fc.oneof(
    fc.jsonValue().map((v) => JSON.stringify(v) ?? 'null'),
    fc.jsonValue().map((v) => JSON.stringify({ v: 1, ...(typeof v === 'object' && v ? v : { x: v }) })),
    protoKeyed,
    nested,
    fc.string(),
  );

  it('never throws, never pollutes prototypes, never changes progress on rejection', async () => {
    await fc.assert(
      fc.asyncProperty(input, async (text) => {
        const before = progress.get();
        const saved = storage.data.get(STORAGE_KEY);
        const r = await parseImport(text);
        expect(Object.prototype).not.toHaveProperty('polluted');
        expect(Object.keys(Object.prototype)).toEqual([]);
        expect(progress.get()).toBe(before);
        expect(storage.data.get(STORAGE_KEY)).toBe(saved);
        if (r.ok) expect(r.progress.v).toBe(1);
      }),
      { numRuns: 400 },
    );
  });
});
