import { describe, expect, it } from 'vitest';
import { answer, createAttempt, finish } from '../../../src/quiz/attempt';
import { quizVersion } from '../../../src/quiz/content-version';
import { dueItems, fromAttempts, RECAP_INTERVALS, recordReview, type RecapState } from '../../../src/quiz/recap';
import type { Answer, Attempt } from '../../../src/quiz/types';
import { allQuestions, numeric, single, truefalse } from './questions';

/** Local time, so the tests hold in any time zone: day `d` of September 2025 at `h` o'clock. */
const at = (d: number, h = 10) => new Date(2025, 8, d, h).getTime();
const midnight = (d: number) => new Date(2025, 8, d).getTime();
const ref = { quiz: 'q', question: 'projects' };

describe('recordReview (Leitner boxes 1, 3, 7, 14, 30 days)', () => {
  it('a miss puts the question in box 1, due the next calendar day', () => {
    expect(recordReview([], ref, false, at(6, 23))).toEqual([{ ...ref, box: 1, due: midnight(7) }]);
  });

  it('a right answer to a question not in the recap changes nothing', () => {
    expect(recordReview([], ref, true, at(6))).toEqual([]);
  });

  it('right answers when due climb the boxes, then the question leaves the recap', () => {
    let state: RecapState = recordReview([], ref, false, at(1));
    let day = 2;
    for (const [i, days] of RECAP_INTERVALS.slice(1).entries()) {
      state = recordReview(state, ref, true, at(day));
      day += days;
      expect(state).toEqual([{ ...ref, box: i + 2, due: midnight(day) }]);
    }
    expect(state[0]?.box).toBe(5);
    state = recordReview(state, ref, true, at(day));
    expect(state).toEqual([]);
  });

  it('a right answer before it is due changes nothing', () => {
    const state = recordReview([], ref, false, at(6));
    expect(recordReview(state, ref, true, at(6, 18))).toBe(state);
  });

  it('a wrong answer sends it back to box 1 from any box', () => {
    const state: RecapState = [{ ...ref, box: 4, due: midnight(20) }];
    expect(recordReview(state, ref, false, at(10))).toEqual([{ ...ref, box: 1, due: midnight(11) }]);
  });

  it('keeps other questions as they are', () => {
    const other = { quiz: 'q', question: 'images', box: 2, due: midnight(9) };
    const state = recordReview([other], ref, false, at(6));
    expect(state).toContainEqual(other);
    expect(state).toHaveLength(2);
  });
});

describe('dueItems', () => {
  const state: RecapState = [
    { quiz: 'q', question: 'a', box: 2, due: midnight(8) },
    { quiz: 'q', question: 'b', box: 1, due: midnight(7) },
    { quiz: 'q', question: 'c', box: 1, due: midnight(9) },
  ];
  it('lists what is due today or overdue, most overdue first', () => {
    expect(dueItems(state, at(8, 0)).map((i) => i.question)).toEqual(['b', 'a']);
    expect(dueItems(state, at(6)).map((i) => i.question)).toEqual([]);
  });
});

describe('fromAttempts', () => {
  const quiz = { id: 'why', version: quizVersion({ questions: allQuestions }), questions: allQuestions };
  const bank = { why: allQuestions };

  const taken = (seed: number, day: number, answers: Record<string, Answer>, only?: string[]): Attempt => {
    let attempt = createAttempt(quiz, { seed, now: at(day, 9), only });
    for (const [id, value] of Object.entries(answers)) attempt = answer(attempt, id, value);
    return finish(attempt, allQuestions, 80, at(day, 9) + 60_000);
  };

  it('puts every question missed in a finished attempt in box 1, due the next day', () => {
    const first = taken(1, 6, { projects: 'ten', 'act-in-force': false }, ['projects', 'act-in-force', 'images']);
    const state = fromAttempts([first], bank);
    expect(state).toHaveLength(2);
    expect(state).toEqual(
      expect.arrayContaining([
        { quiz: 'why', question: 'act-in-force', box: 1, due: midnight(7) },
        { quiz: 'why', question: 'images', box: 1, due: midnight(7) },
      ]),
    );
    expect(dueItems(state, at(6, 20))).toEqual([]);
    expect(dueItems(state, at(7, 8))).toHaveLength(2);
  });

  it('replays attempts in the order they were finished, whatever order they are stored in', () => {
    const miss = taken(1, 6, { [truefalse.id]: false }, [truefalse.id]);
    const review = taken(2, 7, { [truefalse.id]: true }, [truefalse.id]);
    const expected = [{ quiz: 'why', question: truefalse.id, box: 2, due: midnight(10) }];
    expect(fromAttempts([miss, review], bank)).toEqual(expected);
    expect(fromAttempts([review, miss], bank)).toEqual(expected);
  });

  it('an immediate retry that gets it right does not count as a review', () => {
    const miss = taken(1, 6, { [single.id]: 'none' }, [single.id]);
    const retry = taken(2, 6, { [single.id]: 'ten' }, [single.id]);
    expect(fromAttempts([miss, retry], bank)).toEqual([{ quiz: 'why', question: single.id, box: 1, due: midnight(7) }]);
  });

  it('ignores attempts in progress, unknown quizzes and questions removed from the bank', () => {
    const open = createAttempt(quiz, { seed: 1, now: at(6), only: [numeric.id] });
    const gone: Attempt = { ...taken(3, 6, {}, [numeric.id]), questions: ['removed-question'] };
    const other: Attempt = { ...taken(4, 6, {}, [numeric.id]), quiz: 'unknown-quiz' };
    expect(fromAttempts([open, gone, other], bank)).toEqual([]);
  });
});
