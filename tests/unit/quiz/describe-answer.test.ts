import { describe, expect, it } from 'vitest';
import { optionOrder } from '../../../src/quiz/attempt';
import {
  answerLines,
  correctAnswerLines,
  describeAnswer,
  describeCorrectAnswer,
  NO_ANSWER,
  UNREADABLE_ANSWER,
} from '../../../src/quiz/describe-answer';
import type { Answer } from '../../../src/quiz/types';
import type { Question } from '../../../src/schemas/question';
import { multiple, numeric, order, scaledNumeric, single, tolerant, truefalse } from './questions';

describe('describeAnswer', () => {
  it.each<[string, Question, Answer | undefined, string]>([
    ['a single choice, lettered in file order', single, 'ten', 'B. Ten of them focus on healthcare'],
    ['true', truefalse, true, 'True'],
    ['false', truefalse, false, 'False'],
    [
      'multiple picks, in the order listed',
      multiple,
      ['secondary', 'primary'],
      'A. Primary use of health data; B. Secondary use of health data',
    ],
    [
      'an order, numbered as given',
      order,
      ['compute', 'data', 'models', 'uptake'],
      '1. Computing power; 2. Data; 3. Models; 4. Uptake in hospitals',
    ],
    ['numeric text as typed', numeric, '60 million', '60 million'],
    ['bare numeric text with the unit', numeric, ' 60000000 ', '60000000 images'],
    ['numeric text with a scaled unit', scaledNumeric, '700', '700 million euros'],
    ['no answer', single, undefined, NO_ANSWER],
    ['an empty selection', multiple, [], NO_ANSWER],
    ['blank numeric text', numeric, '  ', NO_ANSWER],
    ['an unknown option', single, 'gone', 'An option no longer in this question'],
    ['a wrong kind of value', truefalse, 'yes', UNREADABLE_ANSWER],
    ['a boolean for a choice', single, true, UNREADABLE_ANSWER],
    ['text for a multiple question', multiple, 'primary', UNREADABLE_ANSWER],
  ])('%s', (_label, question, answer, expected) => {
    expect(describeAnswer(question, answer)).toBe(expected);
  });

  it('letters options in the order the learner saw them', () => {
    const shown = optionOrder(single, 3);
    const letter = String.fromCharCode(65 + shown.findIndex((o) => o.id === 'ten'));
    expect(describeAnswer(single, 'ten', shown)).toBe(`${letter}. Ten of them focus on healthcare`);
    expect(describeCorrectAnswer(single, shown)).toBe(`${letter}. Ten of them focus on healthcare`);
  });

  it('gives one line per choice for a list on a results screen', () => {
    expect(answerLines(multiple, ['primary', 'ads'])).toEqual([
      'A. Primary use of health data',
      'C. Targeted advertising',
    ]);
    expect(answerLines(multiple, [])).toEqual([]);
  });

  it('returns plain text, never markup', () => {
    const tricky = { ...single, options: single.options.map((o) => ({ ...o, text: `<b>${o.text}</b>` })) } as Question;
    expect(describeAnswer(tricky, 'ten')).toBe('B. <b>Ten of them focus on healthcare</b>');
  });
});

describe('describeCorrectAnswer', () => {
  it.each<[string, Question, string]>([
    ['single', single, 'B. Ten of them focus on healthcare'],
    ['true/false', truefalse, 'True'],
    ['multiple', multiple, 'A. Primary use of health data; B. Secondary use of health data'],
    ['order', order, '1. Data; 2. Computing power; 3. Models; 4. Uptake in hospitals'],
    ['numeric with a unit', numeric, '60 million images'],
    ['numeric with a scaled unit', scaledNumeric, '700 million euros'],
    ['numeric with a tolerance', tolerant, '50% (± 5)'],
    ['numeric without a unit', { ...numeric, unit: undefined, answer: 1_500_000_000 }, '1.5 billion'],
    ['a number that does not round to a scale word', { ...numeric, unit: undefined, answer: 60_123_456 }, '60,123,456'],
    ['a small decimal', { ...numeric, unit: undefined, answer: 2.5 }, '2.5'],
    ['thousands', { ...numeric, unit: 'hospitals', answer: 60_000 }, '60,000 hospitals'],
    ['a year, without a thousands separator', { ...numeric, unit: 'year', answer: 2027 }, '2027'],
  ])('%s', (_label, question, expected) => {
    expect(describeCorrectAnswer(question)).toBe(expected);
  });

  it('gives one line per right option', () => {
    expect(correctAnswerLines(order)).toHaveLength(4);
  });
});
