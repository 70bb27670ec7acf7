import { readFileSync } from 'node:fs';
import { cleanStores } from 'nanostores';
import { afterEach, describe, expect, it } from 'vitest';
import {
  STORAGE_KEY,
  attemptsFor,
  currentAttempt,
  progress,
  storageStatus,
  update,
} from '../../../src/stores/progress';
import { completeLesson } from '../../../src/progress/lessons';
import { lessonState } from '../../../src/progress/checks';
import { decodeText } from '../../../src/progress/codec';
import { PROGRESS_VERSION } from '../../../src/schemas/progress';
import { useBrowserStorage, useTestStorage } from '../../../src/stores/testing';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/progress/${name}`, import.meta.url), 'utf8');

afterEach(() => {
  cleanStores(progress, storageStatus);
  useBrowserStorage();
});

describe('every past version is read', () => {
  it.each(Array.from({ length: PROGRESS_VERSION + 1 }, (_, v) => `v${v}.json`))(
    '%s has a fixture that loads as ok',
    (name) => {
      const decoded = decodeText(fixture(name));
      expect(decoded.kind).toBe('ok');
    },
  );
});

describe('v0 (pre-release) is migrated forward', () => {
  it('keeps lessons, attempts (finished and in progress) and the name', () => {
    const raw = fixture('v0.json');
    const storage = useTestStorage({ [STORAGE_KEY]: raw });
    progress.listen(() => {});
    expect(storageStatus.get().kind).toBe('ok');
    const p = progress.get();
    expect(p.v).toBe(1);
    expect(p.n).toBe('Dr Ada Example');
    expect(lessonState(p, 'why-digital-health/triple-win')).toMatchObject({
      status: 'completed',
      opened: 1790000000000,
      completed: 1790000900000,
    });
    expect(lessonState(p, 'why-digital-health/strategic-sector').status).toBe('opened');
    const [done] = attemptsFor(p, 'why-digital-health');
    expect(done).toEqual({
      quiz: 'why-digital-health',
      version: 'a1b2c3d4',
      seed: 12345,
      questions: ['triple-win-parts', 'triple-win-count', 'triple-win-diffusion'],
      answers: { 'triple-win-parts': 'fewer-staff', 'triple-win-count': '3', 'triple-win-diffusion': true },
      position: 2,
      started: 1790002000000,
      finished: 1790002300000,
      score: 3,
      percent: 100,
      passed: true,
    });
    expect(currentAttempt(p, 'why-digital-health')).toMatchObject({
      questions: ['triple-win-count', 'triple-win-parts'],
      answers: { 'triple-win-count': '4' },
      position: 1,
    });
    // Reading alone never rewrites; the first change saves in the new shape.
    expect(storage.data.get(STORAGE_KEY)).toBe(raw);
    update((q) => completeLesson(q, 'ai-infrastructure/chips', Date.UTC(2026, 10, 28)));
    expect(JSON.parse(storage.data.get(STORAGE_KEY) ?? '')).toMatchObject({ v: 1 });
  });

  it('a v0 document that does not hold together is reported as corrupt, not thrown', () => {
    expect(decodeText('{"version":0,"lessons":{"a/b":null}}').kind).toBe('corrupt');
    expect(decodeText('{"version":0,"attempts":"nope"}').kind).toBe('corrupt');
  });
});

describe('v1', () => {
  it('round-trips the fixture unchanged', () => {
    const raw = fixture('v1.json');
    const decoded = decodeText(raw);
    expect(decoded.kind === 'ok' && decoded.progress).toEqual(JSON.parse(raw));
  });
});
