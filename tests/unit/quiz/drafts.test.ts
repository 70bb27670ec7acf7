import { describe, expect, it } from 'vitest';
import { answerKey, canSubmit, hintFor, initialDraft, moveItem } from '../../../src/quiz/drafts';
import type { Question } from '../../../src/schemas/question';

const base = {
  explanation: 'Because the lesson says so, in plain words.',
  lesson: 'm/l',
  anchor: 'a',
  prompt: 'Which one is it?',
  kind: 'recall' as const,
};
const options = [
  { id: 'a', text: 'A' },
  { id: 'b', text: 'B' },
  { id: 'c', text: 'C' },
];
const single: Question = { ...base, id: 's', type: 'single', options, answer: 'a' };
const multiple: Question = { ...base, id: 'm', type: 'multiple', options, answer: ['a', 'b'], partialCredit: false };
const order: Question = { ...base, id: 'o', type: 'order', options, answer: ['a', 'b', 'c'] };
const numeric: Question = { ...base, id: 'n', type: 'numeric', answer: 60, tolerance: 0, unit: 'million images' };
const truefalse: Question = { ...base, id: 't', type: 'truefalse', answer: true };
const shown = [options[2], options[0], options[1]] as typeof options;

describe('initialDraft', () => {
  it.each([
    ['single', single, undefined],
    ['multiple', multiple, []],
    ['truefalse', truefalse, undefined],
    ['numeric', numeric, ''],
    ['order', order, ['c', 'a', 'b']],
  ] as const)('starts a %s question with nothing chosen (an order question in the order shown)', (_, q, want) => {
    expect(initialDraft(q, undefined, shown)).toEqual(want);
  });

  it('starts from a saved answer', () => {
    expect(initialDraft(single, 'b', shown)).toBe('b');
    expect(initialDraft(truefalse, false, shown)).toBe(false);
    expect(initialDraft(numeric, '60 million', shown)).toBe('60 million');
  });

  it('ignores a saved answer of the wrong kind', () => {
    expect(initialDraft(single, ['a'], shown)).toBeUndefined();
    expect(initialDraft(multiple, 'a', shown)).toEqual([]);
  });

  it('repairs a saved order that lost or repeated items', () => {
    expect(initialDraft(order, ['b', 'b', 'zzz'], shown)).toEqual(['b', 'c', 'a']);
  });
});

describe('canSubmit', () => {
  it.each([
    [single, undefined, false],
    [single, 'a', true],
    [multiple, [], false],
    [numeric, '  ', false],
    [numeric, '60', true],
    [truefalse, false, true],
  ] as const)('%#', (q, draft, want) => {
    expect(canSubmit(q, draft as never)).toBe(want);
  });
});

describe('moveItem', () => {
  it('moves an item and clamps the target', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 9)).toEqual(['b', 'c', 'a']);
    expect(moveItem(['a', 'b', 'c'], 5, 0)).toEqual(['a', 'b', 'c']);
  });
});

it('hints name the unit of a numeric question and how to order', () => {
  expect(hintFor(numeric)).toContain('million images');
  expect(hintFor({ ...numeric, answer: 2027, unit: 'year' })).toBe('Type a number (year).');
  expect(hintFor(order)).toContain('Move up');
  expect(answerKey(undefined)).toBe('');
  expect(answerKey(['a'])).toBe('["a"]');
});
