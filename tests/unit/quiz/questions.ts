/** Real questions for the quiz-core tests, built through the content schema so the types line up. */
import { questionSchema, type Question } from '../../../src/schemas/question';

const common = {
  explanation: 'Because the source document says so in plain words.',
  lesson: 'why-digital-health/triple-win',
  anchor: 'key-figures',
};

export const single = questionSchema.parse({
  ...common,
  id: 'projects',
  type: 'single',
  prompt: 'How many of the AI factories focus on healthcare?',
  options: [
    { id: 'none', text: 'None of them' },
    { id: 'ten', text: 'Ten of them focus on healthcare' },
    { id: 'all', text: 'All of them' },
  ],
  answer: 'ten',
});

export const multiple = questionSchema.parse({
  ...common,
  id: 'pillars',
  type: 'multiple',
  prompt: 'Which of these are part of the European Health Data Space?',
  options: [
    { id: 'primary', text: 'Primary use of health data' },
    { id: 'secondary', text: 'Secondary use of health data' },
    { id: 'ads', text: 'Targeted advertising' },
    { id: 'sale', text: 'Sale of records' },
  ],
  answer: ['primary', 'secondary'],
});

export const partial = questionSchema.parse({
  ...multiple,
  id: 'pillars-partial',
  partialCredit: true,
});

export const truefalse = questionSchema.parse({
  ...common,
  id: 'act-in-force',
  type: 'truefalse',
  prompt: 'The AI Act applies to medical AI systems.',
  answer: true,
});

export const order = questionSchema.parse({
  ...common,
  id: 'value-chain',
  type: 'order',
  prompt: 'Put the AI value chain in order.',
  options: [
    { id: 'data', text: 'Data' },
    { id: 'compute', text: 'Computing power' },
    { id: 'models', text: 'Models' },
    { id: 'uptake', text: 'Uptake in hospitals' },
  ],
  answer: ['data', 'compute', 'models', 'uptake'],
});

export const order2 = questionSchema.parse({
  ...common,
  id: 'two-steps',
  type: 'order',
  prompt: 'Put these two steps in order.',
  options: [
    { id: 'first', text: 'First step' },
    { id: 'second', text: 'Second step' },
  ],
  answer: ['first', 'second'],
});

export const numeric = questionSchema.parse({
  ...common,
  id: 'images',
  type: 'numeric',
  prompt: 'How many images does the cancer imaging initiative hold?',
  answer: 60_000_000,
  unit: 'images',
});

export const scaledNumeric = questionSchema.parse({
  ...common,
  id: 'funding',
  type: 'numeric',
  prompt: 'How much funding, in millions of euros, was announced?',
  answer: 700,
  unit: 'million euros',
});

export const tolerant = questionSchema.parse({
  ...common,
  id: 'share',
  type: 'numeric',
  prompt: 'Roughly what percentage of hospitals reported an incident?',
  answer: 50,
  tolerance: 5,
  unit: '%',
});

export const allQuestions: Question[] = [single, multiple, partial, truefalse, order, order2, numeric, scaledNumeric, tolerant];
