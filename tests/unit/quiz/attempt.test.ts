import { describe, expect, it } from 'vitest';
import {
  answer,
  clearAnswer,
  createAttempt,
  currentQuestionId,
  finish,
  formatDuration,
  goTo,
  isoDuration,
  missedQuestions,
  optionOrder,
  questionOrder,
  timeTaken,
  unanswered,
} from '../../../src/quiz/attempt';
import { quizVersion } from '../../../src/quiz/content-version';
import { isAnswered } from '../../../src/quiz/score';
import type { Attempt } from '../../../src/quiz/types';
import type { Question } from '../../../src/schemas/question';
import { allQuestions, multiple, numeric, order, order2, partial, single, truefalse } from './questions';

const quiz = { id: 'why-digital-health', version: quizVersion({ questions: allQuestions }), questions: allQuestions };
const ids = allQuestions.map((q) => q.id);
const T0 = Date.UTC(2025, 8, 6, 9, 0, 0);

const start = (seed = 1, only?: string[]) => createAttempt(quiz, { seed, now: T0, only });

describe('createAttempt', () => {
  it('starts an attempt with every question in a seeded order, no answers, at question 1', () => {
    const attempt = start(5);
    expect(attempt).toMatchObject({ quiz: 'why-digital-health', seed: 5, answers: {}, position: 0, started: T0 });
    expect(attempt.finished).toBeUndefined();
    expect([...attempt.questions].sort()).toEqual([...ids].sort());
    expect(attempt.version).toBe(quizVersion(quiz));
  });

  it('gives the same order for the same seed and a different order for another seed', () => {
    expect(start(5).questions).toEqual(start(5).questions);
    const orders = new Set([1, 2, 3, 4, 5].map((s) => start(s).questions.join()));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('a whole-quiz attempt, or a retry naming every question, is not practice', () => {
    expect(start(1).practice).toBeUndefined();
    expect(
      start(
        1,
        quiz.questions.map((q) => q.id),
      ).practice,
    ).toBeUndefined();
  });

  it('uses a given version', () => {
    expect(createAttempt({ ...quiz, version: 'abc12345' }, { seed: 1, now: T0 }).version).toBe('abc12345');
  });

  it('retries only the given questions, shuffled, ignoring ids not in the quiz', () => {
    const subset = ['images', 'projects', 'value-chain', 'act-in-force'];
    const orders = new Set(
      [1, 2, 3, 4, 5, 6].map((seed) => {
        const attempt = start(seed, [...subset, 'no-such-question']);
        expect(attempt.practice).toBe(true);
        expect([...attempt.questions].sort()).toEqual([...subset].sort());
        return attempt.questions.join();
      }),
    );
    expect(orders.size).toBeGreaterThan(1);
  });

  it('an empty retry list gives an attempt with no questions', () => {
    expect(start(1, []).questions).toEqual([]);
  });
});

describe('questionOrder', () => {
  it('returns the questions in the order shown, skipping ids no longer in the bank', () => {
    const attempt = { questions: ['images', 'gone', 'projects'] };
    expect(questionOrder(attempt, allQuestions).map((q) => q.id)).toEqual(['images', 'projects']);
  });
});

describe('optionOrder', () => {
  it('is the same for the same seed and keeps every option', () => {
    expect(optionOrder(multiple, 9)).toEqual(optionOrder(multiple, 9));
    expect(
      optionOrder(multiple, 9)
        .map((o) => o.id)
        .sort(),
    ).toEqual(multiple.options.map((o) => o.id).sort());
  });

  it('varies with the seed', () => {
    const orders = new Set(
      Array.from({ length: 30 }, (_, s) =>
        optionOrder(multiple, s)
          .map((o) => o.id)
          .join(),
      ),
    );
    expect(orders.size).toBeGreaterThan(5);
  });

  it('shuffles each question differently under one attempt seed', () => {
    const twin = { ...multiple, id: 'pillars-twin' } as Question;
    const differ = Array.from(
      { length: 20 },
      (_, s) =>
        optionOrder(multiple, s)
          .map((o) => o.id)
          .join() !==
        optionOrder(twin, s)
          .map((o) => o.id)
          .join(),
    );
    expect(differ.some(Boolean)).toBe(true);
  });

  it('never starts an order question in its correct order', () => {
    for (let seed = 0; seed < 500; seed++) {
      expect(optionOrder(order, seed).map((o) => o.id)).not.toEqual(order.answer);
      expect(optionOrder(order2, seed).map((o) => o.id)).toEqual(['second', 'first']);
    }
  });

  it('has no options for true/false and numeric questions', () => {
    expect(optionOrder(truefalse, 1)).toEqual([]);
    expect(optionOrder(numeric, 1)).toEqual([]);
  });
});

describe('answer, clearAnswer and goTo', () => {
  it('records an answer and lets the learner change it, without touching the old attempt', () => {
    const a0 = start();
    const a1 = answer(a0, 'projects', 'none');
    const a2 = answer(a1, 'projects', 'ten');
    expect(a0.answers).toEqual({});
    expect(a1.answers).toEqual({ projects: 'none' });
    expect(a2.answers).toEqual({ projects: 'ten' });
  });

  it('keeps answers in the order the questions are shown, whatever order they were given in', () => {
    let attempt = start(3);
    for (const id of [...attempt.questions].reverse()) attempt = answer(attempt, id, 'x');
    expect(Object.keys(attempt.answers)).toEqual(attempt.questions);
  });

  it('copies a selection so later changes to the caller’s array do not leak in', () => {
    const picks = ['primary'];
    const attempt = answer(start(), 'pillars', picks);
    picks.push('ads');
    expect(attempt.answers['pillars']).toEqual(['primary']);
  });

  it('ignores an unknown question id and a finished attempt', () => {
    const a0 = start();
    expect(answer(a0, 'no-such-question', 'x')).toBe(a0);
    const done = finish(a0, allQuestions, 80, T0 + 1000);
    expect(answer(done, 'projects', 'ten')).toBe(done);
    expect(clearAnswer(done, 'projects')).toBe(done);
  });

  it('clears an answer', () => {
    const attempt = clearAnswer(answer(start(), 'images', '60'), 'images');
    expect(attempt.answers).toEqual({});
  });

  it.each([
    [3, 3],
    [-1, 0],
    [99, ids.length - 1],
    [2.7, 2],
    [Number.NaN, 0],
  ])('goTo(%d) moves to %d', (to, expected) => {
    const attempt = goTo(start(), to);
    expect(attempt.position).toBe(expected);
    expect(currentQuestionId(attempt)).toBe(attempt.questions[expected]);
  });

  it('goTo on an empty attempt stays at 0', () => {
    expect(goTo(start(1, []), 5).position).toBe(0);
  });
});

describe('isAnswered', () => {
  it.each<[string, Question | undefined, Parameters<typeof isAnswered>[1], boolean]>([
    ['numeric text', numeric, '60 million', true],
    ['numeric text that is wrong but given', numeric, 'sixty', true],
    ['empty numeric text', numeric, '', false],
    ['blank numeric text', numeric, '   ', false],
    ['a single choice', single, 'ten', true],
    ['an empty multiple selection', multiple, [], false],
    ['a multiple selection', partial, ['ads'], true],
    ['false for true/false', truefalse, false, true],
    ['no value', truefalse, undefined, false],
    ['text for true/false (wrong kind)', truefalse, 'true', false],
    ['a boolean for a single question (wrong kind)', single, true, false],
    ['text for a multiple question (wrong kind)', multiple, 'primary', false],
    ['an order', order, ['data', 'compute', 'models', 'uptake'], true],
    ['any value, question unknown', undefined, false, true],
    ['an empty list, question unknown', undefined, [], false],
  ])('%s → %s', (_label, question, value, expected) => {
    expect(isAnswered(question, value)).toBe(expected);
  });
});

describe('unanswered', () => {
  it('lists questions without a usable answer, in the order shown', () => {
    let attempt = start(2);
    attempt = answer(attempt, 'projects', 'ten');
    attempt = answer(attempt, 'images', ' ');
    attempt = answer(attempt, 'pillars', []);
    attempt = answer(attempt, 'act-in-force', false);
    const expected = attempt.questions.filter((id) => !['projects', 'act-in-force'].includes(id));
    expect(unanswered(attempt, allQuestions)).toEqual(expected);
    expect(unanswered(attempt)).toEqual(expected);
  });
});

describe('finish', () => {
  it('records the finish time, score, percentage and pass', () => {
    let attempt = start(4, ['projects', 'act-in-force', 'images', 'value-chain']);
    attempt = answer(attempt, 'projects', 'ten');
    attempt = answer(attempt, 'act-in-force', true);
    attempt = answer(attempt, 'images', '60,000,000');
    attempt = answer(attempt, 'value-chain', ['compute', 'data', 'models', 'uptake']);
    const done = finish(attempt, allQuestions, 75, T0 + 245_000);
    expect(done).toMatchObject({ finished: T0 + 245_000, score: 3, percent: 75, passed: true });
    expect(finish(attempt, allQuestions, 80, T0 + 245_000)).toMatchObject({ percent: 75, passed: false });
    expect(timeTaken(done)).toBe(245_000);
    expect(formatDuration(timeTaken(done))).toBe('4 min 05 s');
    expect(missedQuestions(done, allQuestions)).toEqual(['value-chain']);
  });

  it('does not score a finished attempt twice', () => {
    const done = finish(start(), allQuestions, 80, T0 + 10);
    expect(finish(done, allQuestions, 80, T0 + 99_999)).toBe(done);
  });

  it('a retry of the missed questions can pass on its own', () => {
    const first = finish(answer(start(7), 'projects', 'ten'), allQuestions, 80, T0 + 60_000);
    const missed = missedQuestions(first, allQuestions);
    expect(missed).toHaveLength(ids.length - 1);
    expect(missed).not.toContain('projects');
    const retry = createAttempt(quiz, { seed: 8, now: T0 + 120_000, only: ['act-in-force'] });
    const done = finish(answer(retry, 'act-in-force', true), allQuestions, 80, T0 + 130_000);
    expect(done).toMatchObject({ questions: ['act-in-force'], score: 1, percent: 100, passed: true });
  });
});

describe('timeTaken', () => {
  const attempt: Pick<Attempt, 'started' | 'finished'> = { started: T0 };
  it('measures an attempt in progress up to now', () => {
    expect(timeTaken(attempt, T0 + 5000)).toBe(5000);
  });
  it('is 0 without an end, and never negative (clock set back)', () => {
    expect(timeTaken(attempt)).toBe(0);
    expect(timeTaken({ started: T0, finished: T0 - 50 })).toBe(0);
  });
});

describe('formatDuration and isoDuration', () => {
  it.each([
    [0, '0 s', 'PT0S'],
    [-5, '0 s', 'PT0S'],
    [Number.NaN, '0 s', 'PT0S'],
    [400, '0 s', 'PT0S'],
    [45_000, '45 s', 'PT45S'],
    [60_000, '1 min 00 s', 'PT1M'],
    [245_000, '4 min 05 s', 'PT4M5S'],
    [3_599_400, '59 min 59 s', 'PT59M59S'],
    [3_725_000, '1 h 02 min', 'PT1H2M5S'],
    [7_200_000, '2 h 00 min', 'PT2H'],
  ])('%d ms → %j / %j', (ms, text, iso) => {
    expect(formatDuration(ms)).toBe(text);
    expect(isoDuration(ms)).toBe(iso);
  });
});
