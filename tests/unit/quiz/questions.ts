/** Real questions for the quiz-core tests, built through the content schema so the types line up. */
import { questionSchema, type Question, type QuestionType } from '../../../src/schemas/question';

/** Parses through the real schema and keeps the narrow type, so tests can read `options` etc. */
function make<T extends QuestionType>(input: { type: T } & Record<string, unknown>): Extract<Question, { type: T }> {
  return questionSchema.parse(input) as Extract<Question, { type: T }>;
}

const common = {
  explanation: 'Because the source document says so in plain words.',
  lesson: 'why-digital-health/triple-win',
  anchor: 'key-figures',
};

export const single = make({
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

export const multiple = make({
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

export const partial = make({
  ...multiple,
  id: 'pillars-partial',
  partialCredit: true,
});

export const truefalse = make({
  ...common,
  id: 'act-in-force',
  type: 'truefalse',
  prompt: 'The AI Act applies to medical AI systems.',
  answer: true,
});

export const order = make({
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

export const order2 = make({
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

export const numeric = make({
  ...common,
  id: 'images',
  type: 'numeric',
  prompt: 'How many images does the cancer imaging initiative hold?',
  answer: 60_000_000,
  unit: 'images',
});

export const scaledNumeric = make({
  ...common,
  id: 'funding',
  type: 'numeric',
  prompt: 'How much funding, in millions of euros, was announced?',
  answer: 700,
  unit: 'million euros',
});

export const tolerant = make({
  ...common,
  id: 'share',
  type: 'numeric',
  prompt: 'Roughly what percentage of hospitals reported an incident?',
  answer: 50,
  tolerance: 5,
  unit: '%',
});

/** A deadline in hours, as NIS2's early warning: "24", "within 24 hours", "twenty-four". */
export const hoursNumeric = make({
  ...common,
  id: 'early-warning',
  type: 'numeric',
  prompt: 'Within how many hours is the early warning due? Answer in hours.',
  answer: 24,
  unit: 'hours',
});

/** A year, as the AI Act's dates: "2028", "by 2028", "2 August 2028". */
export const yearNumeric = make({
  ...common,
  id: 'device-year',
  type: 'numeric',
  prompt: 'From which year do the rules apply? Answer with the year.',
  answer: 2028,
  unit: 'year',
});

export const allQuestions: Question[] = [
  single,
  multiple,
  partial,
  truefalse,
  order,
  order2,
  numeric,
  scaledNumeric,
  tolerant,
];
