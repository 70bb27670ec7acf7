import { describe, expect, it } from 'vitest';
import { quizVersion } from '../../../src/quiz/content-version';
import type { Question } from '../../../src/schemas/question';
import { multiple, numeric, single, truefalse } from './questions';

const bank: Question[] = [single, multiple, truefalse, numeric];

describe('quizVersion', () => {
  it('is 8 hex digits and the same for the same content', () => {
    expect(quizVersion({ questions: bank })).toMatch(/^[0-9a-f]{8}$/);
    expect(quizVersion({ questions: structuredClone(bank) })).toBe(quizVersion({ questions: bank }));
  });

  it('ignores the quiz id', () => {
    expect(quizVersion({ id: 'a', questions: bank })).toBe(quizVersion({ id: 'b', questions: bank }));
  });

  it.each<[string, Question[]]>([
    ['an answer changes', [{ ...single, answer: 'all' }, multiple, truefalse, numeric]],
    [
      'an option is reworded',
      [
        { ...single, options: single.options.map((o, i) => (i ? o : { ...o, text: 'Nine' })) },
        multiple,
        truefalse,
        numeric,
      ],
    ],
    ['options are reordered', [{ ...single, options: [...single.options].reverse() }, multiple, truefalse, numeric]],
    ['a question is added', [...bank, { ...truefalse, id: 'another' }]],
    ['a question is removed', bank.slice(1)],
    ['questions are reordered', [multiple, single, truefalse, numeric]],
    ['a tolerance changes', [single, multiple, truefalse, { ...numeric, tolerance: 1 }]],
    ['partial credit is switched on', [single, { ...multiple, partialCredit: true }, truefalse, numeric]],
    ['a prompt changes', [single, multiple, { ...truefalse, prompt: 'The AI Act does not apply.' }, numeric]],
  ])('changes when %s', (_label, changed) => {
    expect(quizVersion({ questions: changed })).not.toBe(quizVersion({ questions: bank }));
  });

  it.each<[string, Question[]]>([
    [
      'an explanation is improved',
      [{ ...single, explanation: 'A clearer explanation of why ten is right.' }, multiple, truefalse, numeric],
    ],
    ['a lesson link moves', [single, multiple, { ...truefalse, anchor: 'elsewhere' }, numeric]],
  ])('stays the same when %s', (_label, changed) => {
    expect(quizVersion({ questions: changed })).toBe(quizVersion({ questions: bank }));
  });
});
