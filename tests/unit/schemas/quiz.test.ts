import { describe, expect, it } from 'vitest';
import { questionSchema } from '../../../src/schemas/question';
import { quizSchema } from '../../../src/schemas/quiz';
import { issuePaths } from './helpers';

const base = {
  prompt: 'How many AI Factories had been launched by mid-2025?',
  explanation: 'The source says the EuroHPC Joint Undertaking launched 13 AI Factories.',
  lesson: 'ai-infrastructure/supercomputing',
  anchor: 'ai-factories',
};
const opts = [
  { id: 'a', text: 'Thirteen' },
  { id: 'b', text: 'Ten' },
  { id: 'c', text: 'Three' },
];
const valid = {
  single: { ...base, id: 's', type: 'single', options: opts, answer: 'a' },
  multiple: { ...base, id: 'm', type: 'multiple', options: opts, answer: ['a', 'b'] },
  truefalse: { ...base, id: 't', type: 'truefalse', answer: true },
  order: { ...base, id: 'o', type: 'order', options: opts, answer: ['c', 'b', 'a'] },
  numeric: { ...base, id: 'n', type: 'numeric', answer: 13, unit: 'AI Factories' },
};

describe('questions', () => {
  it.each(Object.entries(valid))('accepts a valid %s question', (_t, q) => {
    expect(questionSchema.safeParse(q).success).toBe(true);
  });
  it('accepts a question that shows a course figure', () => {
    expect(questionSchema.parse({ ...valid.single, figure: 'risk-tiers' })).toMatchObject({ figure: 'risk-tiers' });
  });
  it('fills defaults: numeric tolerance 0, multiple all-or-nothing', () => {
    expect(questionSchema.parse(valid.numeric)).toMatchObject({ tolerance: 0 });
    expect(questionSchema.parse(valid.multiple)).toMatchObject({ partialCredit: false });
  });
  it.each([
    ['an unknown type', { ...valid.single, type: 'essay' }, 'type'],
    ['a missing explanation', { ...valid.single, explanation: undefined }, 'explanation'],
    ['a missing lesson', { ...valid.single, lesson: undefined }, 'lesson'],
    ['a bad anchor', { ...valid.single, anchor: '#AI Factories' }, 'anchor'],
    ['one option', { ...valid.single, options: [opts[0]] }, 'options'],
    [
      'seven options',
      { ...valid.single, options: Array.from({ length: 7 }, (_, i) => ({ id: `o${i}`, text: 'x' })) },
      'options',
    ],
    ['a repeated option id', { ...valid.single, options: [opts[0], { id: 'a', text: 'again' }] }, 'options.1.id'],
    ['a single answer that is not an option', { ...valid.single, answer: 'z' }, 'answer'],
    ['a single question with two answers', { ...valid.single, answer: ['a', 'b'] }, 'answer'],
    ['a single question with no answer', { ...valid.single, answer: undefined }, 'answer'],
    ['a multiple answer that is not an option', { ...valid.multiple, answer: ['a', 'z'] }, 'answer'],
    ['a multiple question with no correct option', { ...valid.multiple, answer: [] }, 'answer'],
    ['a true/false answer that is not a boolean', { ...valid.truefalse, answer: 'yes' }, 'answer'],
    ['an order answer that is not a permutation (missing)', { ...valid.order, answer: ['a', 'b'] }, 'answer'],
    ['an order answer that is not a permutation (repeat)', { ...valid.order, answer: ['a', 'a', 'b'] }, 'answer'],
    ['a numeric answer that is text', { ...valid.numeric, answer: '13' }, 'answer'],
    ['a negative tolerance', { ...valid.numeric, tolerance: -1 }, 'tolerance'],
    ['a source Q&A number out of range', { ...valid.single, sourceQA: 6 }, 'sourceQA'],
    ['a figure that does not exist', { ...valid.single, figure: 'pie-chart' }, 'figure'],
  ])('rejects %s and names the field', (_n, q, path) => {
    expect(issuePaths(questionSchema, q)).toContain(path);
  });
});

describe('quizzes', () => {
  const quiz = { title: 'Module quiz', module: 'ai-infrastructure', questions: [valid.single, valid.numeric] };
  it('accepts a quiz and defaults pass mark 80 and practice mode', () => {
    expect(quizSchema.parse(quiz)).toMatchObject({ passMark: 80, mode: 'practice' });
  });
  it.each([
    ['no questions', { ...quiz, questions: [] }, 'questions'],
    ['a repeated question id', { ...quiz, questions: [valid.single, valid.single] }, 'questions.1.id'],
    ['a pass mark over 100', { ...quiz, passMark: 120 }, 'passMark'],
    ['an unknown mode', { ...quiz, mode: 'exam' }, 'mode'],
    [
      'a bad answer inside a question',
      { ...quiz, questions: [{ ...valid.single, answer: 'z' }] },
      'questions.0.answer',
    ],
  ])('rejects %s and names the field', (_n, q, path) => {
    expect(issuePaths(quizSchema, q)).toContain(path);
  });
});
