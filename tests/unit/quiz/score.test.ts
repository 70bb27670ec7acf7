import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src/schemas/question';
import type { Answer } from '../../../src/quiz/types';
import { scoreQuestion } from '../../../src/quiz/score';
import { scoreAttempt } from '../../../src/quiz/score-attempt';
import {
  hoursNumeric,
  multiple,
  numeric,
  order,
  partial,
  scaledNumeric,
  single,
  tolerant,
  truefalse,
  yearNumeric,
} from './questions';

type Row = [label: string, question: Question, answer: Answer | undefined, correct: boolean, points: number];

/** Values that are never a valid answer of any type, as stored data might hold them. */
const junk = (question: Question): Row[] => [
  ['no answer', question, undefined, false, 0],
  ['null', question, null as unknown as Answer, false, 0],
  ['a number instead of text', question, 42 as unknown as Answer, false, 0],
  ['NaN', question, Number.NaN as unknown as Answer, false, 0],
  ['an object', question, { id: 'x' } as unknown as Answer, false, 0],
];

describe.each<[string, Row[]]>([
  [
    'single',
    [
      ['the right option', single, 'ten', true, 1],
      ['a wrong option', single, 'none', false, 0],
      ['an unknown option id', single, 'eleven', false, 0],
      ['an empty string', single, '', false, 0],
      ['a list holding the right id', single, ['ten'], false, 0],
      ['a boolean', single, true, false, 0],
      ...junk(single),
    ],
  ],
  [
    'multiple (all or nothing)',
    [
      ['exactly the right options', multiple, ['primary', 'secondary'], true, 1],
      ['the right options in another order', multiple, ['secondary', 'primary'], true, 1],
      ['one right option missing', multiple, ['primary'], false, 0],
      ['the right options plus a wrong one', multiple, ['primary', 'secondary', 'ads'], false, 0],
      ['only wrong options', multiple, ['ads', 'sale'], false, 0],
      ['an empty selection', multiple, [], false, 0],
      ['an unknown option id', multiple, ['primary', 'secondary', 'nope'], false, 0],
      ['a repeated id', multiple, ['primary', 'primary', 'secondary'], false, 0],
      ['a single id as text', multiple, 'primary', false, 0],
      ['a list with a non-text item', multiple, ['primary', 7 as unknown as string], false, 0],
      ...junk(multiple),
    ],
  ],
  [
    'multiple with partial credit',
    [
      ['exactly the right options', partial, ['primary', 'secondary'], true, 1],
      ['one of two right', partial, ['primary'], false, 0.5],
      ['both right plus one wrong', partial, ['primary', 'secondary', 'ads'], false, 0.5],
      ['one right, one wrong (floored at 0)', partial, ['primary', 'ads'], false, 0],
      ['only wrong options (floored at 0)', partial, ['ads', 'sale'], false, 0],
      ['an empty selection', partial, [], false, 0],
      ['an unknown option id alongside a right one', partial, ['primary', 'nope'], false, 0],
      ['a repeated right id', partial, ['primary', 'primary'], false, 0],
      ...junk(partial),
    ],
  ],
  [
    'truefalse',
    [
      ['true (right)', truefalse, true, true, 1],
      ['false (wrong)', truefalse, false, false, 0],
      ['the text "true"', truefalse, 'true', false, 0],
      ['a list', truefalse, [], false, 0],
      ...junk(truefalse),
    ],
  ],
  [
    'order',
    [
      ['the right order', order, ['data', 'compute', 'models', 'uptake'], true, 1],
      ['two swapped', order, ['compute', 'data', 'models', 'uptake'], false, 0],
      ['reversed', order, ['uptake', 'models', 'compute', 'data'], false, 0],
      ['one option missing', order, ['data', 'compute', 'models'], false, 0],
      ['a repeated id', order, ['data', 'data', 'compute', 'models', 'uptake'], false, 0],
      ['an unknown id', order, ['data', 'compute', 'models', 'cloud'], false, 0],
      ['an empty list', order, [], false, 0],
      ['text', order, 'data,compute,models,uptake', false, 0],
      ...junk(order),
    ],
  ],
  [
    'numeric (exact, unit "images")',
    [
      ['60 million', numeric, '60 million', true, 1],
      ['60,000,000', numeric, '60,000,000', true, 1],
      ['60000000', numeric, '60000000', true, 1],
      ['60 000 000', numeric, '60 000 000', true, 1],
      ['60m', numeric, '60m', true, 1],
      ['60 million images', numeric, '60 million images', true, 1],
      ['padded with spaces', numeric, '  60 million  ', true, 1],
      ['61 million', numeric, '61 million', false, 0],
      // The lesson prints "60 million cancer images": a learner who types 60 means 60 million.
      ['60 (the lesson says "60 million")', numeric, '60', true, 1],
      ['60 images (the lesson says "60 million")', numeric, '60 images', true, 1],
      ['about 60', numeric, 'about 60', true, 1],
      ['0.06 billion', numeric, '0.06 billion', true, 1],
      ['60 thousand', numeric, '60 thousand', false, 0],
      ['6 (a bare number in the wrong scale)', numeric, '6', false, 0],
      ['60,000 (thousands are never implied)', numeric, '60,000', false, 0],
      ['a number in words', numeric, 'sixty million', true, 1],
      ['"60 mln"', numeric, '60 mln', true, 1],
      ['a wrong number in words', numeric, 'sixteen million', false, 0],
      ['a date (a number of the wrong kind)', numeric, '2 August 2028', false, 0],
      ['empty text', numeric, '', false, 0],
      ['blank text', numeric, '   ', false, 0],
      ['garbage', numeric, 'lots!', false, 0],
      ['a list', numeric, ['60000000'], false, 0],
      ['a boolean', numeric, true, false, 0],
      ...junk(numeric),
    ],
  ],
  [
    'numeric with a scaled unit ("million euros")',
    [
      ['700', scaledNumeric, '700', true, 1],
      ['700 million', scaledNumeric, '700 million', true, 1],
      ['€700M', scaledNumeric, '€700M', true, 1],
      ['EUR 700 million', scaledNumeric, 'EUR 700 million', true, 1],
      ['700,000,000', scaledNumeric, '700,000,000', true, 1],
      ['0.7 billion', scaledNumeric, '0.7 billion', true, 1],
      ['over 700 (a "more than" figure)', scaledNumeric, 'over 700', true, 1],
      ['more than €700M', scaledNumeric, 'more than €700M', true, 1],
      ['700+', scaledNumeric, '700+', true, 1],
      ['under 700', scaledNumeric, 'under 700', false, 0],
      ['70', scaledNumeric, '70', false, 0],
      ['700 thousand', scaledNumeric, '700 thousand', false, 0],
      ['7 billion', scaledNumeric, '7 billion', false, 0],
      ['seven hundred (in words)', scaledNumeric, 'seven hundred', true, 1],
      ['seven hundred million (in words)', scaledNumeric, 'seven hundred million', true, 1],
      ['700 mln', scaledNumeric, '700 mln', true, 1],
      ['seventy (in words, wrong)', scaledNumeric, 'seventy', false, 0],
    ],
  ],
  [
    'numeric deadline in hours',
    [
      ['24', hoursNumeric, '24', true, 1],
      ['within 24 hours', hoursNumeric, 'within 24 hours', true, 1],
      ['24h', hoursNumeric, '24h', true, 1],
      ['twenty-four', hoursNumeric, 'twenty-four', true, 1],
      ['within twenty-four hours', hoursNumeric, 'within twenty-four hours', true, 1],
      ['72 hours (a wrong number)', hoursNumeric, '72 hours', false, 0],
      ['within 72 hours', hoursNumeric, 'within 72 hours', false, 0],
      ['seventy-two (a wrong number in words)', hoursNumeric, 'seventy-two', false, 0],
      ['one day (a unit the question did not ask for)', hoursNumeric, 'one day', false, 0],
      ['24 or 72', hoursNumeric, '24 or 72', false, 0],
    ],
  ],
  [
    'numeric year',
    [
      ['2028', yearNumeric, '2028', true, 1],
      ['in 2028', yearNumeric, 'in 2028', true, 1],
      ['by 2028', yearNumeric, 'by 2028', true, 1],
      ['from 2028', yearNumeric, 'from 2028', true, 1],
      ['2 August 2028', yearNumeric, '2 August 2028', true, 1],
      ['August 2028', yearNumeric, 'August 2028', true, 1],
      ['2028-08-02', yearNumeric, '2028-08-02', true, 1],
      ['2.8.2028', yearNumeric, '2.8.2028', true, 1],
      ['two thousand and twenty-eight', yearNumeric, 'two thousand and twenty-eight', true, 1],
      ['2 August 2027 (a wrong year)', yearNumeric, '2 August 2027', false, 0],
      ['by 2027', yearNumeric, 'by 2027', false, 0],
      ['2 December 2027', yearNumeric, '2 December 2027', false, 0],
      ['2027 or 2028', yearNumeric, '2027 or 2028', false, 0],
    ],
  ],
  [
    'numeric within a tolerance (50 ± 5)',
    [
      ['50', tolerant, '50', true, 1],
      ['55 (edge)', tolerant, '55', true, 1],
      ['45 (edge)', tolerant, '45', true, 1],
      ['52,5 (decimal comma)', tolerant, '52,5', true, 1],
      ['50%', tolerant, '50%', true, 1],
      ['55.01', tolerant, '55.01', false, 0],
      ['44', tolerant, '44', false, 0],
      ['fifty (in words)', tolerant, 'fifty', true, 1],
      ['fifty-three (in words, within the tolerance)', tolerant, 'fifty-three', true, 1],
      ['sixty (in words, outside it)', tolerant, 'sixty', false, 0],
    ],
  ],
])('scoreQuestion: %s', (_type, rows) => {
  it.each(rows)('%s', (_label, question, answer, correct, points) => {
    expect(scoreQuestion(question, answer)).toEqual({ correct, points });
  });
});

describe('scoreQuestion tolerates floating-point arithmetic but nothing more', () => {
  const q = { ...tolerant, answer: 0.3, tolerance: 0 } as Question;
  it('0.30000000000000004 ≈ 0.3', () => {
    expect(scoreQuestion(q, String(0.1 + 0.2)).correct).toBe(true);
  });
  it('0.3001 ≠ 0.3', () => {
    expect(scoreQuestion(q, '0.3001').correct).toBe(false);
  });
});

describe('scoreAttempt', () => {
  const bank = [single, multiple, partial, truefalse, order, numeric];
  const all = bank.map((q) => q.id);

  it('counts points, rounds the percentage and lists right and missed questions in the order shown', () => {
    const result = scoreAttempt(
      bank,
      {
        questions: all,
        answers: {
          projects: 'ten',
          pillars: ['primary'],
          'pillars-partial': ['primary'],
          'act-in-force': true,
          // value-chain unanswered
          images: '60 million',
        },
      },
      50,
    );
    expect(result).toEqual({
      score: 3.5,
      max: 6,
      percent: 58,
      passed: true,
      correctIds: ['projects', 'act-in-force', 'images'],
      missedIds: ['pillars', 'pillars-partial', 'value-chain'],
    });
  });

  it('passes exactly at the pass mark and fails just below it', () => {
    const four = [single, truefalse, numeric, order];
    const ids = four.map((q) => q.id);
    const answers = { projects: 'ten', 'act-in-force': true, images: '60m', 'value-chain': [] };
    expect(scoreAttempt(four, { questions: ids, answers }, 75)).toMatchObject({ percent: 75, passed: true });
    expect(scoreAttempt(four, { questions: ids, answers }, 76)).toMatchObject({ percent: 75, passed: false });
  });

  it('scores only the questions in the attempt (a retry of missed ones)', () => {
    const result = scoreAttempt(bank, { questions: ['pillars'], answers: { pillars: ['primary', 'secondary'] } }, 80);
    expect(result).toMatchObject({ score: 1, max: 1, percent: 100, passed: true, missedIds: [] });
  });

  it('leaves out questions removed from the bank since, and counts a repeated id once', () => {
    const result = scoreAttempt(
      bank,
      { questions: ['gone', 'projects', 'projects'], answers: { projects: 'ten', gone: 'x' } },
      80,
    );
    expect(result).toMatchObject({ score: 1, max: 1, correctIds: ['projects'], missedIds: [] });
  });

  it('an attempt with no scorable question scores 0% and does not pass', () => {
    expect(scoreAttempt(bank, { questions: [], answers: {} }, 1)).toMatchObject({ max: 0, percent: 0, passed: false });
  });

  it('ignores inherited properties: a question id like "constructor" is unanswered, not answered by Object', () => {
    const q = { ...single, id: 'constructor' } as Question;
    expect(scoreAttempt([q], { questions: ['constructor'], answers: {} }, 50).missedIds).toEqual(['constructor']);
  });

  it('rounds fractional scores to two decimals', () => {
    const third = {
      ...partial,
      options: [...partial.options, { id: 'third', text: 'Third pillar' }],
      answer: ['primary', 'secondary', 'third'],
    } as Question;
    const result = scoreAttempt([third], { questions: [third.id], answers: { [third.id]: ['primary'] } }, 50);
    expect(result).toMatchObject({ score: 0.33, percent: 33, passed: false });
  });
});
