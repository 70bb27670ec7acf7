import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src/schemas/question';
import { loadContent } from '../../helpers/load-content';
import { normalisedWords } from './text';

/** Quizzes that test judgement, fairly (issue 12, point 3). */
const { input, raw: rawFiles } = loadContent();
const banks = input.quizzes.map((q) => [q.filePath ?? q.id, q] as const);

/** Character length of an option as the learner sees it. */
const len = (text: string) => text.trim().length;

describe.each(banks)('%s', (file, quiz) => {
  const singles = quiz.data.questions.filter((q) => q.type === 'single');

  it('the right single-choice option is the longest in at most a third of its single-choice questions', () => {
    const longest = singles
      .filter((q) => {
        const right = q.options.find((o) => o.id === q.answer);
        return right !== undefined && q.options.every((o) => o === right || len(o.text) < len(right.text));
      })
      .map((q) => q.id);
    expect(
      longest.length,
      `right option is the longest in ${longest.length} of ${singles.length}: ${longest.join(', ')}`,
    ).toBeLessThanOrEqual(Math.floor(singles.length / 3));
  });

  it('says, for every question, whether it is a scenario, recall or understanding question', () => {
    const raw = rawFiles.get(file) as {
      questions: { id: string; kind?: unknown }[];
    };
    expect(raw.questions.filter((q) => q.kind === undefined).map((q) => q.id)).toEqual([]);
  });

  it('no numeric prompt gives its answer away (as digits or as a word such as "six" or "triple")', () => {
    const leaks = quiz.data.questions
      .filter((q): q is Extract<Question, { type: 'numeric' }> => q.type === 'numeric')
      .filter((q) => {
        const words = new Set(normalisedWords(q.prompt));
        return answerWords(q.answer).some((w) => words.has(w));
      })
      .map((q) => `${q.id}: ${q.prompt}`);
    expect(leaks).toEqual([]);
  });

  it('every numeric question says what to type: a unit, and "million" where the answer is in millions', () => {
    const unclear = quiz.data.questions
      .filter((q): q is Extract<Question, { type: 'numeric' }> => q.type === 'numeric')
      .filter((q) => q.unit === undefined || (q.answer >= 1e6 && !/million|billion/i.test(`${q.prompt} ${q.unit}`)))
      .map((q) => q.id);
    expect(unclear).toEqual([]);
  });

  it('no option of a choice question is printed in its prompt', () => {
    const leaks = quiz.data.questions.flatMap((q) => {
      if (!('options' in q)) return [];
      const prompt = ` ${normalisedWords(q.prompt).join(' ')} `;
      return q.options
        .filter((o) => normalisedWords(o.text).length >= 2 && prompt.includes(` ${normalisedWords(o.text).join(' ')} `))
        .map((o) => `${q.id}: "${o.text}"`);
    });
    expect(leaks).toEqual([]);
  });

  it('no two questions ask for the same answer, in the same way, from the same heading', () => {
    const seen = new Map<string, string>();
    const twins: string[] = [];
    for (const q of quiz.data.questions) {
      const key = `${q.type}|${q.lesson}#${q.anchor}|${answerKey(q)}`;
      const other = seen.get(key);
      if (other !== undefined) twins.push(`${other} and ${q.id}`);
      else seen.set(key, q.id);
    }
    expect(twins).toEqual([]);
  });
});

describe('the final assessment', () => {
  const final = input.quizzes.find((q) => q.data.module === 'final');
  const kinds = (kind: string) => final?.data.questions.filter((q) => q.kind === kind).map((q) => q.id) ?? [];

  it('tests judgement: at least 8 scenario questions', () => {
    expect(kinds('scenario').length).toBeGreaterThanOrEqual(8);
  });

  it('asks for at most 4 pure recall questions', () => {
    expect(kinds('recall').length, kinds('recall').join(', ')).toBeLessThanOrEqual(4);
  });

  it('covers module 8, AI at the bedside', () => {
    const eighth = input.modules.find((m) => m.data.order === 8);
    expect(eighth, 'no module with order 8').toBeDefined();
    const fromIt = final?.data.questions.filter((q) => q.lesson.split('/')[0] === eighth?.id) ?? [];
    expect(fromIt.length).toBeGreaterThanOrEqual(3);
  });
});

describe('the course', () => {
  it('has 8 modules, numbered 1 to 8', () => {
    expect(input.modules.map((m) => m.data.order).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('every module quiz has at least one scenario question', () => {
    const without = input.quizzes
      .filter((q) => q.data.module !== 'final' && !q.data.questions.some((x) => x.kind === 'scenario'))
      .map((q) => q.id);
    expect(without).toEqual([]);
  });
});

const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];
const MULTIPLES = ['', 'single', 'double', 'triple', 'quadruple', 'quintuple'];

/** The ways a prompt could spell out a number: "3", "three", "triple", "60" for 60 million. */
function answerWords(n: number): string[] {
  const out = [String(n)];
  if (Number.isInteger(n) && n >= 0 && n < NUMBER_WORDS.length) out.push(NUMBER_WORDS[n]!);
  if (Number.isInteger(n) && n > 0 && n < MULTIPLES.length) out.push(MULTIPLES[n]!);
  for (const scale of [1e3, 1e6, 1e9]) if (n >= scale && n % scale === 0) out.push(String(n / scale));
  return out;
}

function answerKey(q: Question): string {
  if (q.type === 'numeric') return String(q.answer);
  // Two true/false questions from one heading may both be false; only the same statement twice is a twin.
  if (q.type === 'truefalse') return normalisedWords(q.prompt).join(' ');
  const text = (id: string) => q.options.find((o) => o.id === id)?.text ?? id;
  const ids = Array.isArray(q.answer) ? q.answer : [q.answer];
  const texts = ids.map((id) => normalisedWords(text(id)).join(' '));
  return (q.type === 'order' ? texts : texts.sort()).join('|');
}
