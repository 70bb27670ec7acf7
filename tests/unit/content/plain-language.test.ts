import { describe, expect, it } from 'vitest';
import { oldestCheck } from '../../../src/data/law';
import { lessonFacts } from '../../../src/lib/course/validate-course';
import { loadContent } from '../../helpers/load-content';
import { blocks, prose, sentences, wordCount } from './text';

/** Plain language for busy clinicians (issue 12, point 4) and dated law (point 1). */
const { input } = loadContent();
const MAX_WORDS = 35;

/**
 * Objectives a learner can be seen to meet. Verbs such as "Understand", "Know", "Appreciate",
 * "Anticipate", "Judge", "Place" or "Relate" name a state of mind, not something to check.
 */
const OBSERVABLE = new Set([
  'Apply',
  'Ask',
  'Calculate',
  'Check',
  'Choose',
  'Classify',
  'Compare',
  'Decide',
  'Describe',
  'Distinguish',
  'Explain',
  'Give',
  'Identify',
  'List',
  'Match',
  'Name',
  'Outline',
  'Plan',
  'Put',
  'Report',
  'Spot',
  'State',
  'Summarise',
  'Tell',
  'Use',
  'Write',
]);

/** EU laws with dates a learner may act on; a lesson that dates them must say when its law was checked. */
const LAWS =
  /\b(?:AI Act|Artificial Intelligence Act|2024\/1689|MDR|IVDR|2017\/74[56]|Medical Devices? Regulations?|EHDS|European Health Data Space|2025\/327|NIS2|2022\/2555|Chips Act|2023\/1781|GDPR|2016\/679|Product Liability Directive|2024\/2853)\b/;
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const DATE = new RegExp(String.raw`\b(?:\d{1,2} )?(?:${MONTHS}) 20\d\d\b`);
/** Legal statements checked after the 2026 amendments (the Digital Omnibus on AI) were adopted. */
const CHECKED_SINCE = new Date('2026-11-01');

const lessons = input.lessons.map((l) => [l.filePath ?? l.id, l] as const);

/**
 * Objectives that ask a learner to do something with what they learned (issue 22, point 4):
 * decide, choose, calculate, plan, check, classify, ask or use.
 */
const APPLICATION = new Set(['Apply', 'Ask', 'Calculate', 'Check', 'Choose', 'Classify', 'Decide', 'Plan', 'Use']);

/** Sentences longer than the limit, with their word count, for a readable failure. */
const tooLong = (texts: string[]) =>
  texts
    .flatMap(sentences)
    .filter((s) => wordCount(s) > MAX_WORDS)
    .map((s) => `(${wordCount(s)} words) ${s}`);

describe('sentences of at most 35 words', () => {
  it.each(lessons)('%s: body, objectives and summary', (_file, l) => {
    const texts = [...blocks(l.body ?? ''), ...l.data.objectives.map(prose), ...l.data.summary.map(prose)];
    const long = texts
      .flatMap(sentences)
      .filter((s) => wordCount(s) > MAX_WORDS)
      .map((s) => `(${wordCount(s)} words) ${s}`);
    expect(long).toEqual([]);
  });

  it.each(input.modules.map((m) => [m.filePath ?? m.id, m] as const))('%s: summary and objectives', (_file, m) => {
    const long = [m.data.summary, ...m.data.objectives]
      .flatMap(sentences)
      .filter((s) => wordCount(s) > MAX_WORDS)
      .map((s) => `(${wordCount(s)} words) ${s}`);
    expect(long).toEqual([]);
  });

  it.each(input.glossary.map((g) => [g.filePath ?? g.id, g] as const))('%s: definition', (_file, g) => {
    expect(tooLong(blocks(g.data.definition))).toEqual([]);
  });

  it.each(input.quizzes.map((q) => [q.filePath ?? q.id, q] as const))(
    '%s: prompts, options and explanations',
    (_file, quiz) => {
      const long = quiz.data.questions.flatMap((q) =>
        tooLong([...blocks(q.explanation), q.prompt, ...('options' in q ? q.options.map((o) => o.text) : [])]).map(
          (s) => `${q.id}: ${s}`,
        ),
      );
      expect(long).toEqual([]);
    },
  );

  it('the sentence splitter keeps legal references together and splits real sentences', () => {
    expect(sentences('Since 2 February 2025, Art. 4 applies. It covers staff.')).toEqual([
      'Since 2 February 2025, Art. 4 applies.',
      'It covers staff.',
    ]);
    expect(wordCount('Regulation (EU) 2024/1689 – the AI Act.')).toBe(6);
  });
});

describe('objectives start with an observable verb', () => {
  const all = [
    ...input.lessons.flatMap((l) => l.data.objectives.map((o) => [l.filePath ?? l.id, o] as const)),
    ...input.modules.flatMap((m) => m.data.objectives.map((o) => [m.filePath ?? m.id, o] as const)),
  ];
  it('every lesson and module objective', () => {
    const vague = all
      .filter(([, o]) => !OBSERVABLE.has(/^[A-Za-z]+/.exec(o)?.[0] ?? ''))
      .map(([file, o]) => `${file}: ${o}`);
    expect(vague).toEqual([]);
  });
});

describe('objectives ask for application', () => {
  it.each(lessons)('%s: at least one objective asks the learner to do something', (_file, l) => {
    const verbs = l.data.objectives.map((o) => /^[A-Za-z]+/.exec(o)?.[0] ?? '');
    expect(
      verbs.filter((v) => APPLICATION.has(v)),
      verbs.join(', '),
    ).not.toEqual([]);
  });

  it('no objective or summary asks learners to "recognise"', () => {
    const vague = [
      ...input.lessons.flatMap((l) => [...l.data.objectives, ...l.data.summary]),
      ...input.modules.flatMap((m) => m.data.objectives),
    ].filter((o) => /^Recogni[sz]e\b/.test(o));
    expect(vague).toEqual([]);
  });
});

describe('plain words for legal and policy names', () => {
  const bodies = input.lessons.map((l) => [l.filePath ?? l.id, blocks(l.body ?? '')] as const);

  it('"horizontal law" is never used without saying what it means', () => {
    const bare = [...bodies, ...input.glossary.map((g) => [g.filePath ?? g.id, [g.data.definition]] as const)].flatMap(
      ([file, bs]) =>
        bs.filter((b) => /horizontal/i.test(b) && !/across every sector/i.test(b)).map((b) => `${file}: ${b}`),
    );
    expect(bare).toEqual([]);
  });

  it('the Letta and Draghi reports are said to be about the single market and competitiveness', () => {
    const said = bodies.flatMap(([, bs]) => bs).filter((b) => /Letta/.test(b) && /Draghi/.test(b));
    expect(
      said.some((b) => /single market/.test(b) && /competitiveness/.test(b)),
      said.join('\n'),
    ).toBe(true);
  });

  it.each(['conformity-assessment', 'intended-purpose', 'vigilance'])('the glossary explains "%s"', (id) => {
    const entry = input.glossary.find((g) => g.id === id);
    expect(entry, id).toBeDefined();
    expect(entry!.data.lessons.length, `${id} is linked from a lesson`).toBeGreaterThan(0);
  });
});

describe('dated law says when it was checked', () => {
  it.each(lessons)(
    '%s: "Law checked" (facts from the facts file) when a sentence dates the AI Act, MDR/IVDR, EHDS, NIS2, GDPR or Chips Act',
    (_file, l) => {
      const dated = [...blocks(l.body ?? ''), ...l.data.summary, ...l.data.objectives]
        .flatMap(sentences)
        .filter((sentence) => LAWS.test(sentence) && DATE.test(sentence));
      if (dated.length === 0) return;
      const checked = oldestCheck(lessonFacts(l));
      expect(checked, `states a legal date but uses no legal fact: "${dated[0]}"`).toBeDefined();
      expect(new Date(checked!).getTime()).toBeGreaterThanOrEqual(CHECKED_SINCE.getTime());
    },
  );
});
