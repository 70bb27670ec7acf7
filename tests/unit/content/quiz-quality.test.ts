import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src/schemas/question';
import { loadContent } from '../../helpers/load-content';
import { normalisedWords } from './text';

/** Quizzes that test judgement, fairly (issue 12, point 3). */
const { input, raw: rawFiles } = loadContent();
const banks = input.quizzes.map((q) => [q.filePath ?? q.id, q] as const);

/** Character length of an option as the learner sees it. */
const len = (text: string) => text.trim().length;

/** Share of a bank's single-choice questions that one length rank may answer (issue 22, point 3). */
const LENGTH_CUE_SHARE = 0.4;

/**
 * Where the right option falls when a question's options are sorted by length: 0 when no option
 * is longer (the longest, ties included), 1 when exactly one is longer (the second longest)…
 */
function lengthRank(q: Extract<Question, { type: 'single' }>): number {
  const right = q.options.find((o) => o.id === q.answer);
  if (right === undefined) return -1;
  return q.options.filter((o) => len(o.text) > len(right.text)).length;
}

/** Number words, by value: for descriptions' counts and for prompts that spell a number out. */
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
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];
/** A count a description spells out ("Eleven questions", "no short cases"), or -1. */
const countOf = (word: string | undefined) =>
  word === undefined ? -1 : word.toLowerCase() === 'no' ? 0 : NUMBER_WORDS.indexOf(word.toLowerCase());

describe.each(banks)('%s', (file, quiz) => {
  const singles = quiz.data.questions.filter((q) => q.type === 'single');

  it.each([
    [0, 'longest'],
    [1, 'second-longest'],
  ])('no length cue: the %i-ranked (%s) option is right in at most 40% of single-choice questions', (rank, name) => {
    const cued = singles.filter((q) => lengthRank(q) === rank).map((q) => q.id);
    expect(
      cued.length,
      `the ${name} option is right in ${cued.length} of ${singles.length}: ${cued.join(', ')}`,
    ).toBeLessThanOrEqual(Math.floor(singles.length * LENGTH_CUE_SHARE));
  });

  it('its description matches its counts of questions and short cases', () => {
    const text = quiz.data.description ?? '';
    const questions = /\b([A-Za-z]+) questions\b/.exec(text)?.[1];
    if (questions !== undefined && countOf(questions) >= 0) {
      expect(countOf(questions), text).toBe(quiz.data.questions.length);
    }
    const scenarios = quiz.data.questions.filter((q) => q.kind === 'scenario').length;
    const cases = /\b([A-Za-z]+) short cases?\b/.exec(text)?.[1];
    if (cases === undefined) return;
    if (countOf(cases) >= 0) expect(countOf(cases), text).toBe(scenarios);
    else if (/^most$/i.test(cases) || /most of them short cases/i.test(text))
      expect(scenarios * 2, text).toBeGreaterThan(quiz.data.questions.length);
    else if (/many of them short cases/i.test(text))
      expect(scenarios * 3, text).toBeGreaterThanOrEqual(quiz.data.questions.length);
  });

  it('every numeric prompt says what form to type (a sentence starting "Answer", "Give" or "Type")', () => {
    const silent = quiz.data.questions
      .filter((q) => q.type === 'numeric' && !/(?:^|[.?!]\s+)(?:Answer|Give|Type)\b/.test(q.prompt))
      .map((q) => `${q.id}: ${q.prompt}`);
    expect(silent).toEqual([]);
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

describe('fair questions (issue 22)', () => {
  const all = input.quizzes.flatMap((quiz) => quiz.data.questions.map((q) => [quiz.data.module, q] as const));
  const shown = (q: Question) => [q.prompt, ...('options' in q ? q.options.map((o) => o.text) : [])].join(' ');

  it('emergency triage is tested at most three times across the course', () => {
    const triage = all
      .filter(([, q]) => /triag|emergency (?:department|care)|by urgency/i.test(shown(q)))
      .map(([m, q]) => `${m}:${q.id}`);
    expect(triage.length, triage.join(', ')).toBeLessThanOrEqual(3);
  });

  it('recall questions once dressed as cases are tagged as what they are', () => {
    const final = input.quizzes.find((q) => q.data.module === 'final')?.data.questions ?? [];
    const kind = (id: string) => final.find((q) => q.id === id)?.kind;
    for (const id of ['sme-supercomputing', 'ehds-ai', 'tef-testing', 'bedside-which-clock']) {
      expect(kind(id), id).toBeDefined();
      expect(kind(id), id).not.toBe('scenario');
    }
  });

  it('distractors are plausible misconceptions, not absurdities the issue named', () => {
    const absurd = [
      /the two are the same law/i,
      /without rules or safeguards/i,
      /nursing rota/i,
      /kept out of clinical decisions altogether/i,
      /pay ransoms quickly/i,
    ];
    const found = all.filter(([, q]) => absurd.some((re) => re.test(shown(q)))).map(([m, q]) => `${m}:${q.id}`);
    expect(found).toEqual([]);
  });

  it('the length-rank helper counts ties as the longest and reads the second longest', () => {
    const q = (answer: string): Extract<Question, { type: 'single' }> => ({
      id: 'x',
      type: 'single',
      prompt: 'Which one?',
      explanation: 'Because it is the one that the lesson teaches.',
      lesson: 'a/b',
      anchor: 'c',
      options: [
        { id: 'long', text: 'a much longer option' },
        { id: 'tie', text: 'a much longer option' },
        { id: 'mid', text: 'a middle one' },
        { id: 'short', text: 'short' },
      ],
      answer,
    });
    expect([lengthRank(q('long')), lengthRank(q('tie')), lengthRank(q('mid')), lengthRank(q('short'))]).toEqual([
      0, 0, 2, 3,
    ]);
  });
});

describe('the course', () => {
  it('has 9 modules, numbered 1 to 9', () => {
    expect(input.modules.map((m) => m.data.order).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('every module quiz has at least one scenario question', () => {
    const without = input.quizzes
      .filter((q) => q.data.module !== 'final' && !q.data.questions.some((x) => x.kind === 'scenario'))
      .map((q) => q.id);
    expect(without).toEqual([]);
  });
});

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
