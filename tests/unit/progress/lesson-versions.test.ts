import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText, encodeText } from '../../../src/progress/codec';
import {
  completeLesson,
  completedAt,
  changedFrom,
  markLessonRead,
  openLesson,
  uncompleteLesson,
} from '../../../src/progress/lessons';
import { mergeProgress } from '../../../src/progress/merge';
import { emptyProgress, isLessonComplete } from '../../../src/progress/model';
import { codeToTextSync } from '../../../src/lms/suspend-code';
import { fullCourse } from '../../fixtures/progress/course-sample';

const T = Date.UTC(2026, 11, 1, 9);
const ID = 'basics/one';

describe('a lesson’s content version in progress', () => {
  it('completing records the version read; completing without one records none', () => {
    const p = completeLesson(openLesson(emptyProgress(), ID, T), ID, T + 60_000, 'k3x');
    expect(p.l[ID]).toEqual({ o: T / 1000, c: T / 1000 + 60, h: 'k3x' });
    expect(completeLesson(emptyProgress(), ID, T).l[ID]).toEqual({ o: T / 1000, c: T / 1000 });
    expect(decodeText(encodeText(p))).toEqual({ kind: 'ok', progress: p });
  });

  it('a completed lesson changed since only when its recorded version differs from the current one', () => {
    const done = completeLesson(emptyProgress(), ID, T, 'k3x');
    expect(changedFrom(done, ID, 'k3x')).toBeUndefined();
    expect(changedFrom(done, ID, 'zz9')).toBe('k3x');
    // Saved before versions existed: completed, version unknown, never changed.
    expect(changedFrom(completeLesson(emptyProgress(), ID, T), ID, 'zz9')).toBeUndefined();
    expect(changedFrom(openLesson(emptyProgress(), ID, T), ID, 'zz9')).toBeUndefined();
    expect(changedFrom(done, ID, undefined)).toBeUndefined();
  });

  it('"Mark as read" records the new version and keeps the completion and its date', () => {
    const done = completeLesson(emptyProgress(), ID, T, 'k3x');
    const read = markLessonRead(done, ID, 'zz9');
    expect(read.l[ID]).toEqual({ o: T / 1000, c: T / 1000, h: 'zz9' });
    expect(completedAt(read, ID)).toBe(T);
    expect(markLessonRead(read, ID, 'zz9')).toBe(read);
    expect(markLessonRead(done, ID, '')).toBe(done);
    // A lesson not completed has nothing to mark: no completion is made up.
    const opened = openLesson(emptyProgress(), ID, T);
    expect(markLessonRead(opened, ID, 'zz9')).toBe(opened);
  });

  it('undoing a completion drops its version; completing again records the current one', () => {
    const undone = uncompleteLesson(completeLesson(emptyProgress(), ID, T, 'k3x'), ID);
    expect(undone.l[ID]).toEqual({ o: T / 1000 });
    expect(completeLesson(undone, ID, T + 1000, 'zz9').l[ID]?.h).toBe('zz9');
  });

  it('marking read clears the change; undoing the completion leaves nothing to report', () => {
    const p = completeLesson(emptyProgress(), 'a/one', T, 'aaa');
    expect(changedFrom(markLessonRead(p, 'a/one', 'aa2'), 'a/one', 'aa2')).toBeUndefined();
    expect(changedFrom(uncompleteLesson(p, 'a/one'), 'a/one', 'aa2')).toBeUndefined();
  });

  it('merging keeps the version of the completion it keeps', () => {
    const here = completeLesson(emptyProgress(), ID, T, 'new');
    const there = completeLesson(emptyProgress(), ID, T - 1000, 'old');
    expect(mergeProgress(here, there).l[ID]).toEqual({ o: T / 1000 - 1, c: T / 1000 - 1, h: 'new' });
    expect(mergeProgress(openLesson(emptyProgress(), ID, T), there).l[ID]?.h).toBe('old');
    expect(mergeProgress(completeLesson(emptyProgress(), ID, T), there).l[ID]?.h).toBe('old');
  });

  it.each([['ABC'], ['abc-'], ['a'.repeat(81)], [''], [5], ['<b>']])('a stored version %j is refused', (h) => {
    const doc = { v: 1, pr: {}, l: { [ID]: { o: 1, c: 2, h } }, q: {}, as: [] };
    expect(decodeText(JSON.stringify(doc)).kind).toBe('corrupt');
  });
});

describe('progress saved before versions existed', () => {
  // An LMS package built on 6 December 2026, before versions: its whole-course suspend_data,
  // made with that day's encoder (tests/fixtures/progress/README.md).
  const saved = readFileSync(new URL('../../fixtures/progress/v1-suspend-data.txt', import.meta.url), 'utf8').trim();

  it('is read by this release: every lesson completed, version unknown, nothing reported as changed', () => {
    const decoded = decodeText(codeToTextSync(saved));
    if (decoded.kind !== 'ok') throw new Error(`not read: ${JSON.stringify(decoded)}`);
    const p = decoded.progress;
    const ids = Object.keys(p.l);
    expect(ids).toHaveLength(27);
    for (const id of ids) {
      expect(isLessonComplete(p, id)).toBe(true);
      expect(p.l[id]?.h).toBeUndefined();
      expect(changedFrom(p, id, 'zzz')).toBeUndefined();
    }
    expect(Object.keys(p.q)).toHaveLength(10);
    expect(p.n).toBe('Dr Maria Example-Longname');
  });

  it('is exactly what that day’s encoder wrote for the sample course (so the fixture is real)', () => {
    const withoutVersions = structuredClone(fullCourse());
    for (const rec of Object.values(withoutVersions.l)) delete rec.h;
    expect(codeToTextSync(saved)).toBe(encodeText(withoutVersions));
  });
});
