import { describe, expect, it } from 'vitest';
import { checkOutcome } from '../../../src/quiz/check-outcome';
import { creditText, multipleCredit, optionLetter, pointsText } from '../../../src/quiz/feedback';
import { multiple, numeric, order, partial, scaledNumeric, single, truefalse } from './questions';

describe('partial credit is visible', () => {
  it.each([
    [partial, ['primary'], { right: 1, of: 2, wrong: 0, points: 0.5 }, '1 of 2 right: 0.5 of 1 point'],
    [partial, ['primary', 'ads'], { right: 1, of: 2, wrong: 1, points: 0 }, '1 of 2 right, 1 wrong choice: no points'],
    [
      multiple,
      ['primary'],
      { right: 1, of: 2, wrong: 0, points: 0 },
      '1 of 2 right: no points (this question needs every right answer and no wrong one)',
    ],
    [partial, ['primary', 'secondary'], { right: 2, of: 2, wrong: 0, points: 1 }, undefined],
  ] as const)('%#: %j', (question, answer, credit, text) => {
    expect(multipleCredit(question, [...answer])).toEqual(credit);
    expect(creditText(question, [...answer])).toBe(text);
  });

  it('says nothing for other types or no answer', () => {
    expect(creditText(single, 'none')).toBeUndefined();
    expect(creditText(partial, undefined)).toBeUndefined();
    expect(creditText(partial, [])).toBeUndefined();
  });

  it('writes points plainly', () => {
    expect([pointsText(1), pointsText(0), pointsText(2 / 3), pointsText(0.5)]).toEqual([
      '1 point',
      'no points',
      '0.67 of 1 point',
      '0.5 of 1 point',
    ]);
  });

  it('letters options in the order shown', () => {
    expect([0, 1, 5].map(optionLetter)).toEqual(['A', 'B', 'F']);
  });
});

describe('a knowledge check: a first wrong try says what is wrong, the second reveals', () => {
  it('a right answer is right on any try', () => {
    expect(checkOutcome(single, 'ten', 0).stage).toBe('right');
    expect(checkOutcome(single, 'ten', 3).stage).toBe('right');
  });

  it('single: names the wrong choice by the letter shown, never the answer', () => {
    const shown = [single.options[2]!, single.options[0]!, single.options[1]!];
    const o = checkOutcome(single, 'none', 0, shown);
    expect(o).toEqual({
      stage: 'try-again',
      hint: 'B (“None of them”) is not the answer. Try again.',
      wrongChoices: ['none'],
    });
    expect(o.hint).not.toContain('Ten');
  });

  it('multiple: names wrong picks and how many right ones are missing', () => {
    const o = checkOutcome(multiple, ['primary', 'ads'], 0);
    expect(o.stage).toBe('try-again');
    expect(o.wrongChoices).toEqual(['ads']);
    expect(o.hint).toBe(
      'C (“Targeted advertising”) is not right. You have 1 of the 2 right answers; one is missing. Try again.',
    );
    expect(o.hint).not.toContain('Secondary');
  });

  it('order: says how many items are in place', () => {
    expect(checkOutcome(order, ['data', 'models', 'compute', 'uptake'], 0).hint).toBe(
      '2 of 4 items are in the right place. Try again.',
    );
  });

  it('numeric: says higher or lower, reading "60 million" as the scoring does', () => {
    expect(checkOutcome(numeric, '50 million', 0).hint).toBe('Not quite: the answer is higher. Try again.');
    expect(checkOutcome(scaledNumeric, '800 million', 0).hint).toBe('Not quite: the answer is lower. Try again.');
    expect(checkOutcome(scaledNumeric, '600', 0).hint).toBe('Not quite: the answer is higher. Try again.');
  });

  it('true/false: a hint, since naming the wrong choice would give the answer', () => {
    const o = checkOutcome(truefalse, false, 0);
    expect(o.stage).toBe('try-again');
    expect(o.hint).not.toMatch(/true|false/i);
  });

  it('the second wrong try reveals', () => {
    expect(checkOutcome(single, 'all', 1)).toEqual({ stage: 'revealed', wrongChoices: ['all'] });
    expect(checkOutcome(truefalse, false, 1).stage).toBe('revealed');
  });
});
