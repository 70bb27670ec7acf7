import { describe, expect, it } from 'vitest';
import { summarize } from '../../../src/progress/merge';
import { emptyProgress } from '../../../src/progress/model';
import type { Progress } from '../../../src/schemas/progress';

const finished = (pct: number, passed: 0 | 1, practice = false) => ({
  v: 'abc',
  s: 1,
  t: 1_700_000_000,
  f: 1_700_000_300,
  r: [pct / 10, pct, passed] as [number, number, 0 | 1],
  ...(practice ? { x: 1 as const } : {}),
});

describe('the import preview summary ("What importing would change")', () => {
  it('counts a quiz as passed only when an assessed attempt reached the pass mark, never a practice run', () => {
    const p: Progress = {
      ...emptyProgress(),
      q: {
        // Assessed 70% (not passed), then a retry of the missed questions at 100%: practice.
        regulation: { h: [finished(70, 0), finished(100, 1, true)] },
        // Passed when assessed.
        'health-data': { h: [finished(90, 1)] },
      },
    };
    const s = summarize(p);
    expect(s.quizzesAttempted).toBe(2);
    expect(s.quizzesPassed).toBe(1);
  });
});
