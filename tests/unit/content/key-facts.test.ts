import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src/schemas/question';
import { knowledgeCheckRefs } from '../../../src/lib/course/validate-course';
import { loadContent } from '../../helpers/load-content';
import { blocks, coursePassages, sentences } from './text';

/**
 * The source's key figures (Commission overview page, 6/9/2025) and where the course teaches
 * them. A lesson must keep stating its figure, and no lesson may state a different number for
 * the same fact. Text in a "Since then" note (a section whose heading starts "Since then", or a
 * paragraph or list item that starts "Since then") is left out: that is where a later figure
 * from a cited later source may appear, e.g. 19 AI Factories selected by October 2025.
 */
const { input } = loadContent();

interface Ask {
  /** Every pattern must match the question's prompt. */
  topic: RegExp[];
  /** Must match the correct answer (numeric value, or the text of the correct options). */
  answer: RegExp;
}
interface KeyFact {
  fact: string;
  figure: string;
  /** The lesson file that teaches the fact. */
  file: string;
  /** Finds the statement of the fact in that lesson's body. */
  statement: RegExp;
  /** Each regex captures (group 1) the number stated for this fact anywhere in the course; it must equal the value. */
  same: [RegExp, string][];
  /** How a quiz question asks for the figure; each entry must be met by at least one question. */
  asked: Ask[];
}

const keyFacts: KeyFact[] = [
  {
    fact: 'AI Factories launched by the EuroHPC Joint Undertaking',
    figure: '13',
    file: 'lessons/02-ai-infrastructure/01-supercomputing.mdx',
    statement: /\b13 AI Factories\b/,
    same: [[/\b(\d+) AI Factories\b/g, '13']],
    asked: [{ topic: [/AI Factor/i], answer: /^13$/ }],
  },
  {
    fact: 'AI Factories focusing on healthcare, among other areas',
    figure: '10',
    file: 'lessons/02-ai-infrastructure/01-supercomputing.mdx',
    statement: /\b10 of them focus\w* on healthcare\b/,
    same: [[/\b(\d+) (?:of them|of these|AI Factories) focus\w* on health/g, '10']],
    asked: [{ topic: [/AI Factor/i, /health/i], answer: /^10$/ }],
  },
  {
    fact: 'Cancer images in Cancer Image Europe',
    figure: '60 million',
    file: 'lessons/03-health-data/02-cancer-and-genomics.mdx',
    statement: /\b60 million cancer images\b/,
    same: [[/\b(\d+) million (?:cancer )?images\b/g, '60']],
    asked: [{ topic: [/cancer image/i], answer: /^(?:60000000|60 million)$/ }],
  },
  {
    fact: 'Deadline for access to the Cancer Image Europe images',
    figure: 'end of 2026',
    file: 'lessons/03-health-data/02-cancer-and-genomics.mdx',
    statement: /\bcancer images by the end of 2026\b/,
    same: [[/\bimages by the end of (\d{4})\b/g, '2026']],
    asked: [{ topic: [/Cancer Image Europe|cancer images/i], answer: /\bend of 2026\b/i }],
  },
  {
    fact: 'Member States building the Genomic Data Infrastructure',
    figure: '26',
    file: 'lessons/03-health-data/02-cancer-and-genomics.mdx',
    statement: /\b26 Member States (?:are |were )?building\b/,
    same: [[/\b(\d+) Member States (?:are |were )?building\b/g, '26']],
    asked: [{ topic: [/Genomic Data Infrastructure/i, /building/i], answer: /^26$/ }],
  },
  {
    fact: 'Member States with an operational genomic infrastructure by 2026',
    figure: '15 by 2026',
    file: 'lessons/03-health-data/02-cancer-and-genomics.mdx',
    statement:
      /\bby 2026, 15 Member States\b|\b15 (?:Member States )?(?:are |were )?expected to have (?:it|an) operational\b[^.]*\bby 2026\b/,
    same: [
      [/\b(\d+) (?:Member States )?(?:are |were )?expected to have (?:it|an) operational\b/g, '15'],
      [/\bby (\d{4}), \d+ Member States\b/g, '2026'],
    ],
    asked: [{ topic: [/Genomic Data Infrastructure/i, /operational/i], answer: /^15$/ }],
  },
  {
    fact: 'Clinical use cases of the ICU data infrastructure',
    figure: 'six',
    file: 'lessons/03-health-data/03-icu-and-virtual-twins.mdx',
    statement: /\bsix clinical use cases\b/,
    same: [
      [/\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:ICU )?clinical use cases\b/gi, 'six'],
    ],
    asked: [{ topic: [/\bICU\b|intensive care/i], answer: /^(?:6|six)$/i }],
  },
  {
    fact: 'Organisations that signed the Virtual Human Twins Manifesto',
    figure: 'over 100',
    file: 'lessons/06-ecosystem-and-skills/02-partners-and-hubs.mdx',
    statement: /\bover 100 organisations\b/,
    same: [[/\b(\d+) organi[sz]ations\b/g, '100']],
    asked: [{ topic: [/Manifesto/i], answer: /^100$/ }],
  },
  {
    fact: 'Funding committed to GenAI4EU under Horizon Europe and DIGITAL',
    figure: 'over EUR 700 million',
    file: 'lessons/05-ai-in-practice/02-genai4eu.mdx',
    statement: /\bover EUR 700 million\b/,
    same: [[/\bEUR (\d+) ?(?:million|M)\b/g, '700']],
    asked: [{ topic: [/GenAI4EU/i], answer: /^700(?:000000)?$/ }],
  },
  {
    fact: 'European Digital Innovation Hubs funded under DIGITAL',
    figure: '163',
    file: 'lessons/06-ecosystem-and-skills/02-partners-and-hubs.mdx',
    statement: /\b163 (?:EDIHs|European Digital Innovation Hubs)\b/,
    same: [[/\b(\d+) (?:funded )?(?:EDIHs|European Digital Innovation Hubs|innovation hubs)\b/g, '163']],
    asked: [{ topic: [/Digital Innovation Hubs|EDIH/i], answer: /^163$/ }],
  },
  {
    fact: 'EDIHs that cover healthcare',
    figure: '82',
    file: 'lessons/06-ecosystem-and-skills/02-partners-and-hubs.mdx',
    statement: /\b82 cover healthcare\b/,
    same: [[/\b(\d+) (?:of them |of these |EDIHs |hubs )?cover(?:s|ing)? healthcare\b/g, '82']],
    asked: [{ topic: [/Digital Innovation Hubs|EDIH/i, /healthcare/i], answer: /^82$/ }],
  },
  {
    fact: 'Digital Decade target: EU citizens with online access to their electronic health records',
    figure: '100% by 2030',
    file: 'lessons/06-ecosystem-and-skills/01-records-online.mdx',
    statement: /\b100% of EU citizens\b[^.]*\bby 2030\b/,
    same: [
      [/\b(\d+) ?% of (?:all )?(?:EU )?citizens\b/g, '100'],
      [/% of (?:all )?(?:EU )?citizens\b[^.]*?\bby (\d{4})\b/g, '2030'],
    ],
    asked: [
      { topic: [/electronic health record/i], answer: /^100$/ },
      { topic: [/electronic health record/i], answer: /^2030$/ },
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// helpers

/** Lesson or frontmatter text as a reader sees it: no components, comments or emphasis marks. */
function prose(text: string): string {
  return text
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/\*\*|__|\*/g, '')
    .replace(/[ \t]+/g, ' ');
}

const SINCE_THEN = /^\s*(?:[-*+]|\d+\.)?\s*since then\b/i;

/** A lesson body with every "Since then" note removed, as paragraphs and list items. */
function taughtText(body: string): string {
  const kept: string[] = [];
  let skipBelow = 0; // heading level of the "Since then" section being skipped; 0 = none
  for (const line of body.split('\n')) {
    const h = /^(#{2,6})\s+(.*)$/.exec(line);
    if (h) {
      const level = h[1]!.length;
      if (skipBelow && level > skipBelow) continue;
      skipBelow = SINCE_THEN.test(prose(h[2]!)) ? level : 0;
      if (skipBelow) continue;
    } else if (skipBelow) continue;
    kept.push(line);
  }
  return kept
    .join('\n')
    .split(/\n\s*\n|\n(?=\s*(?:[-*+]|\d+\.)\s)/)
    .map(prose)
    .filter((p) => !SINCE_THEN.test(p))
    .join('\n\n');
}

/** Everything a lesson states: its body and its frontmatter text, without "Since then" notes. */
function statedText(l: (typeof input.lessons)[number]): string {
  const d = l.data;
  const front = [d.title, d.description, ...d.objectives, ...d.summary].map(prose).filter((s) => !SINCE_THEN.test(s));
  return [taughtText(l.body ?? ''), ...front].join('\n\n');
}

function answerText(q: Question): string {
  switch (q.type) {
    case 'numeric':
      return String(q.answer);
    case 'truefalse':
      return q.answer ? q.prompt : '';
    case 'single':
      return q.options.find((o) => o.id === q.answer)?.text ?? '';
    case 'multiple':
    case 'order':
      return q.answer.map((a) => q.options.find((o) => o.id === a)?.text ?? '').join('\n');
  }
}

function words(body: string): number {
  return prose(body)
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

const lessonByFile = new Map(input.lessons.map((l) => [l.filePath, l]));
const questions = input.quizzes.flatMap((q) => q.data.questions.map((question) => ({ quiz: q.id, question })));

// ---------------------------------------------------------------------------------------------

describe.each(keyFacts)('key fact: $fact ($figure)', ({ file, statement, same, asked }) => {
  it(`is stated in ${file}`, () => {
    const lesson = lessonByFile.get(file);
    expect(lesson, `${file} is missing`).toBeDefined();
    expect(taughtText(lesson?.body ?? '')).toMatch(statement);
  });

  it('is stated with the same figure everywhere in the course (outside "Since then" notes)', () => {
    const wrong: string[] = [];
    for (const l of input.lessons) {
      const text = statedText(l);
      for (const [re, value] of same) {
        for (const m of text.matchAll(re)) if (m[1]?.toLowerCase() !== value) wrong.push(`${l.filePath}: "${m[0]}"`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('is asked in at least one quiz question', () => {
    for (const a of asked) {
      const hits = questions.filter(
        ({ question }) => a.topic.every((t) => t.test(question.prompt)) && a.answer.test(answerText(question).trim()),
      );
      expect(
        hits.map((h) => `${h.quiz}:${h.question.id}`),
        `no question asks ${a.answer} about ${a.topic.join(' + ')}`,
      ).not.toEqual([]);
    }
  });
});

describe('quiz banks', () => {
  it.each(['single', 'multiple', 'truefalse', 'order', 'numeric'])('the %s type is used at least 3 times', (type) => {
    expect(questions.filter(({ question }) => question.type === type).length).toBeGreaterThanOrEqual(3);
  });

  it.each([1, 2, 3, 4, 5])('source Q&A pair %i is covered by a module quiz and by the final assessment', (n) => {
    const built = questions.filter(({ question }) => question.sourceQA === n).map(({ quiz }) => quiz);
    expect(built.filter((q) => q !== 'final').length, 'module quizzes').toBeGreaterThanOrEqual(1);
    expect(built.filter((q) => q === 'final').length, 'final assessment').toBeGreaterThanOrEqual(1);
  });

  it('every module has a quiz of at least 8 questions', () => {
    expect(input.modules.length).toBe(9);
    for (const m of input.modules) {
      const quiz = input.quizzes.find((q) => q.id === m.data.quiz);
      expect(quiz?.data.questions.length ?? 0, `quiz of module ${m.id}`).toBeGreaterThanOrEqual(8);
    }
  });

  it('the final assessment has at least 20 questions, covers every module, and is an assessment with pass mark 80', () => {
    const final = input.quizzes.find((q) => q.data.module === 'final');
    expect(final?.id).toBe('final');
    expect(final?.data.mode).toBe('assessment');
    expect(final?.data.passMark).toBe(80);
    expect(final?.data.questions.length ?? 0).toBeGreaterThanOrEqual(20);
    const covered = new Set(final?.data.questions.map((q) => q.lesson.split('/')[0]));
    expect([...input.modules.map((m) => m.id)].filter((m) => !covered.has(m))).toEqual([]);
  });
});

describe('lesson reading times', () => {
  it.each(input.lessons.map((l) => [l.filePath ?? l.id, l] as const))('%s: minutes fit the text', (_file, l) => {
    const body = l.body ?? '';
    const expected = Math.round(words(body) / 200) + knowledgeCheckRefs(body).length;
    expect(l.data.minutes).toBeGreaterThanOrEqual(5);
    expect(l.data.minutes).toBeLessThanOrEqual(12);
    expect(
      Math.abs(l.data.minutes - expected),
      `minutes ${l.data.minutes}, expected about ${expected}`,
    ).toBeLessThanOrEqual(1);
  });
});

// ---------------------------------------------------------------------------------------------
// The law as it stands in late 2026 (checked 6 December 2026 against EUR-Lex's consolidated
// text of Regulation (EU) 2024/1689, Art. 113). The Digital Omnibus on AI,
// adopted in June 2026, moved the AI Act's high-risk dates; the other dates did not move.

interface LegalDate {
  what: string;
  date: string;
  /** The lesson that teaches the date; it must state it in a sentence that matches `about`. */
  file: string;
  about: RegExp;
  /** How a quiz asks for it: every topic pattern matches the prompt, `answer` the right answer. */
  asked?: Ask;
}

const REGULATION_DATES = 'lessons/04-regulation/02-dates-and-choosing-tools.mdx';
const legalDates: LegalDate[] = [
  { what: 'AI Act in force', date: '1 August 2024', file: REGULATION_DATES, about: /in(?:to)? force/i },
  {
    what: 'AI Act prohibitions and AI literacy',
    date: '2 February 2025',
    file: REGULATION_DATES,
    about: /prohibit/i,
  },
  { what: 'AI Act general-purpose AI', date: '2 August 2025', file: REGULATION_DATES, about: /general-purpose/i },
  {
    what: 'AI Act Art. 50 transparency duties (unchanged by the Omnibus)',
    date: '2 August 2026',
    file: REGULATION_DATES,
    about: /transparen|Art(?:icle|\.) 50/i,
  },
  {
    what: 'AI Act Annex III high-risk rules, as amended in 2026',
    date: '2 December 2027',
    file: REGULATION_DATES,
    about: /Annex III/,
  },
  {
    what: 'AI Act high-risk AI in MDR/IVDR products (Annex I, Art. 6(1)), as amended in 2026',
    date: '2 August 2028',
    file: REGULATION_DATES,
    about: /Art(?:icle|\.) 6\(1\)|Annex I\b|MDR|IVDR|medical device/i,
    asked: { topic: [/MDR|IVDR|medical device/i, /high-risk/i], answer: /^2028$/ },
  },
  { what: 'MDR applies', date: '26 May 2021', file: REGULATION_DATES, about: /MDR/ },
  { what: 'IVDR applies', date: '26 May 2022', file: REGULATION_DATES, about: /IVDR/ },
  {
    what: 'EHDS general application',
    date: '26 March 2027',
    file: 'lessons/03-health-data/01-data-and-the-ehds.mdx',
    about: /general/i,
  },
];

/** Every sentence of the course: lesson bodies by block, and every other text as it is. */
const allSentences = [
  ...input.lessons.flatMap((l) =>
    blocks(l.body ?? '').flatMap((b) => sentences(b).map((s) => ({ where: l.filePath ?? l.id, s }))),
  ),
  ...coursePassages(input)
    .filter((p) => !p.where.endsWith('(body)'))
    .flatMap((p) => sentences(p.text).map((s) => ({ where: p.where, s }))),
];

describe.each(legalDates)('legal date: $what ($date)', ({ date, file, about, asked }) => {
  it(`is stated in ${file}`, () => {
    const lesson = lessonByFile.get(file);
    expect(lesson, `${file} is missing`).toBeDefined();
    const stated = blocks(lesson?.body ?? '')
      .flatMap(sentences)
      .filter((s) => s.includes(date) && about.test(s));
    expect(stated, `no sentence with ${date} and ${about}`).not.toEqual([]);
  });

  if (asked) {
    it('is asked in at least one quiz question', () => {
      const hits = questions.filter(
        ({ question }) =>
          asked.topic.every((t) => t.test(question.prompt)) && asked.answer.test(answerText(question).trim()),
      );
      expect(hits.map((h) => `${h.quiz}:${h.question.id}`)).not.toEqual([]);
    });
  }
});

/**
 * Wrong answers state misconceptions on purpose: the options that are not right, and the
 * statement of a true/false question whose answer is "false". The checks below skip them.
 */
const misconceptions = new Set(
  questions.flatMap(({ question: q }) => {
    if (q.type === 'truefalse') return q.answer ? [] : sentences(q.prompt);
    if (q.type === 'single' || q.type === 'multiple') {
      const right = new Set<string>(Array.isArray(q.answer) ? q.answer : [q.answer]);
      return q.options.filter((o) => !right.has(o.id)).flatMap((o) => sentences(o.text));
    }
    return [];
  }),
);
/** What the course teaches as true: every sentence except the deliberate misconceptions. */
const taught = allSentences.filter(({ s }) => !misconceptions.has(s));

describe('no outdated legal statement', () => {
  /** Words that mark a date as the one the law first set, before the 2026 amendment. */
  const AS_FIRST_SET =
    /\b(?:previously|moved|instead of|was set|were set|had been|original(?:ly)?|first (?:set|published)|as published in 2024|before (?:the|its) (?:2026 )?amendment|not (?:from )?2 August 202[67])\b/i;

  it('no text gives the pre-2026 high-risk dates (2 August 2026 or 2027) as the dates that apply', () => {
    // Clause by clause, so that a list of dates ("transparency from 2 August 2026; high-risk from …") passes.
    const stale = taught
      .flatMap(({ where, s }) => s.split(/;\s*/).map((clause) => ({ where, s: clause })))
      .filter(
        ({ s }) =>
          /high-risk|Annex III|Art(?:icle|\.) 6\(1\)|deployer/i.test(s) &&
          /\b2 August 202[67]\b/.test(s) &&
          !AS_FIRST_SET.test(s),
      )
      .map(({ where, s }) => `${where}: ${s}`);
    expect(stale).toEqual([]);
  });

  it('no text counts the NIS2 72 hours from the early warning (they run from becoming aware)', () => {
    const wrong = taught
      .filter(
        ({ s }) =>
          /\bhours?\b/i.test(s) &&
          /(?:after|from|following|of) (?:the |an |its |sending (?:the |an )?)?(?:24-hour )?early warning/i.test(s),
      )
      .map(({ where, s }) => `${where}: ${s}`);
    expect(wrong).toEqual([]);
  });

  it("no text gives the 2024 wording of the AI-literacy duty (Art. 4) as today's: the 2026 amendment softened it", () => {
    const old = taught
      .filter(
        ({ s }) =>
          /AI literacy/i.test(s) && /\b(?:must|requires?|required|obliges?)\b[^.]*\bmeasures to ensure\b/i.test(s),
      )
      .filter(
        ({ s }) => !/\b(?:as first adopted|originally|in its 2024 wording|before the (?:2026 )?amendment)\b/i.test(s),
      )
      .map(({ where, s }) => `${where}: ${s}`);
    expect(old).toEqual([]);
  });

  it('a question asking for the NIS2 72 hours says they run from becoming aware of the incident', () => {
    const unclear = questions
      .filter(({ question: q }) => q.type === 'numeric' && q.answer === 72 && /NIS2|notification/i.test(q.prompt))
      .filter(({ question: q }) => !/becom\w* aware/i.test(q.prompt))
      .map(({ quiz, question }) => `${quiz}:${question.id}: ${question.prompt}`);
    expect(unclear).toEqual([]);
  });

  it('a quiz asking for a high-risk year expects the year as amended in 2026', () => {
    // Annex III uses (such as emergency triage): 2 December 2027. AI in MDR/IVDR products: 2 August 2028.
    const expected = (prompt: string) =>
      /Annex III|triage/i.test(prompt)
        ? 2027
        : /MDR|IVDR|medical device|Art(?:icle|\.) 6\(1\)|Annex I\b/i.test(prompt)
          ? 2028
          : undefined;
    const asked = questions.filter(
      ({ question: q }) => q.type === 'numeric' && /high-risk/i.test(q.prompt) && q.answer >= 2024 && q.answer <= 2030,
    );
    const wrong = asked
      .filter(({ question: q }) => q.type === 'numeric' && q.answer !== expected(q.prompt))
      .map(({ quiz, question: q }) => `${quiz}:${q.id} expects ${q.type === 'numeric' ? q.answer : ''}`);
    expect(asked.length, 'no quiz asks for a high-risk year').toBeGreaterThan(0);
    expect(wrong).toEqual([]);
  });

  it('proposals are never taught as law: the 2025 MDR/IVDR revision and the Cloud and AI Development Act', () => {
    const asLaw = taught
      .filter(
        ({ s }) =>
          /Cloud and AI Development Act|MDR\/IVDR revision|revis\w+ (?:of )?the MDR/i.test(s) &&
          /\b(?:applies|applied|in force|requires|must comply|was adopted|has been adopted)\b/i.test(s) &&
          !/\b(?:propos\w*|plan\w*|would|not (?:yet )?law|not EU law|is not|was not|if adopted)\b/i.test(s),
      )
      .map(({ where, s }) => `${where}: ${s}`);
    expect(asLaw).toEqual([]);
  });
});

/**
 * The law as of 6 December 2026 (issue 22, point 2), checked against the legal texts on EUR-Lex:
 * AI Act Arts 4, 27, 73(10), 86 as amended in 2026; MDR Art. 52(7); IVDR Art. 48; CRA Art. 2(2);
 * PLD Art. 8; EHDS Art. 71; NIS2 transposition. Each check reads what a learner reads.
 */
describe('the law as of December 2026', () => {
  const body = (file: string) => {
    const lesson = lessonByFile.get(file);
    expect(lesson, `${file} is missing`).toBeDefined();
    return blocks(lesson?.body ?? '').join('\n');
  };
  const withSummary = (file: string) => {
    const lesson = lessonByFile.get(file);
    return [body(file), ...(lesson?.data.summary ?? []), ...(lesson?.data.objectives ?? [])].join('\n');
  };
  const BEDSIDE = 'lessons/08-ai-at-the-bedside';
  const reporting = `${BEDSIDE}/02-deployer-duties-and-reporting.mdx`;
  const patients = `${BEDSIDE}/03-talking-with-patients.mdx`;
  const wrong = `${BEDSIDE}/01-when-the-ai-is-wrong.mdx`;

  it('harm from an AI medical device goes through MDR vigilance; the AI Act report covers fundamental rights only', () => {
    const text = body(reporting);
    expect(text).toMatch(/Harm to a patient[^.]*reported through MDR vigilance/);
    expect(text).toMatch(
      /AI Act report for such a device covers only breaches of EU law that protects fundamental rights/,
    );
    expect(text).toMatch(/start only when the AI Act's high-risk rules apply/);
  });

  it('module 8 teaches the fundamental-rights impact assessment and the right to an explanation (Arts 27 and 86)', () => {
    expect(body(reporting)).toMatch(/impact on people's fundamental rights before first using it/);
    expect(body(patients)).toMatch(/right to an explanation/);
    expect(body(patients)).toMatch(/clear explanation of the system's role/);
  });

  it('the AI Liability Directive was withdrawn, and the PLD names more liable parties than the manufacturer', () => {
    const all = taught.map(({ s }) => s).join('\n');
    expect(all).not.toMatch(/AI Liability Directive[^.]*(?:is being withdrawn|will be withdrawn)/);
    const text = body(patients);
    expect(text).toMatch(/withdrawn in 2025/);
    for (const party of [
      /importer/,
      /authorised representative/,
      /fulfilment service providers/,
      /distributors/,
      /substantially modifies/,
    ]) {
      expect(text).toMatch(party);
    }
    expect(text).toMatch(/national laws may lag/i);
  });

  it('MyHealth@EU already runs; the EHDS makes it an obligation, and the opt-out has a public-interest limit', () => {
    const text = body('lessons/03-health-data/01-data-and-the-ehds.mdx');
    expect(text).toMatch(/since 2019 it has exchanged ePrescriptions and patient summaries/);
    expect(text).toMatch(/makes taking part an obligation/);
    expect(text).toMatch(/public-interest purposes/);
  });

  it('every question about the EHDS opt-out says it applies once the secondary-use rules apply (2029)', () => {
    const optOut = questions.filter(({ question: q }) => /opt(?:s|ing)? out/i.test(q.prompt) || /opt-out/i.test(q.id));
    expect(optOut.length).toBeGreaterThan(0);
    const silent = optOut
      .filter(({ question: q }) => !/2029/.test(q.prompt))
      .map(({ quiz, question: q }) => `${quiz}:${q.id}`);
    expect(silent).toEqual([]);
  });

  it('the end-2026 targets of the source carry a dated status note', () => {
    const text = body('lessons/03-health-data/02-cancer-and-genomics.mdx');
    const notes = text.split('\n').filter((b) => /^Status, December 2026:/.test(b));
    expect(notes.length).toBe(2);
    expect(notes.some((n) => /60 million/.test(n))).toBe(true);
    expect(notes.some((n) => /operational/.test(n))).toBe(true);
  });

  it('cybersecurity: the CRA excludes MDR/IVDR devices, and NIS2 transposition is incomplete (check national law)', () => {
    const text = withSummary('lessons/07-cybersecurity/01-threats-and-nis2.mdx');
    expect(text).toMatch(/Cyber Resilience Act/);
    expect(text).toMatch(/does not cover products regulated by the MDR or IVDR/);
    expect(text).toMatch(/Hospitals do not report under it/);
    expect(text).toMatch(/still incomplete in several Member States/);
    expect(text).toMatch(/check (?:it|your national law)/);
  });

  it('notified bodies: MDR classes Is, Im, Ir and IVDR classes B to D need one too', () => {
    const text = body('lessons/04-regulation/01-ai-act-and-medical-devices.mdx');
    for (const cls of ['class Is', 'class Im', 'class Ir']) expect(text).toContain(cls);
    expect(text).toMatch(/Under the IVDR, classes B, C and D need a notified body/);
  });

  it('Art. 4 is taught in its amended wording (reported): measures to support AI literacy, no guaranteed level', () => {
    for (const file of [
      'lessons/04-regulation/02-dates-and-choosing-tools.mdx',
      'lessons/06-ecosystem-and-skills/03-digital-skills.mdx',
    ]) {
      const text = withSummary(file);
      expect(text, file).toMatch(/take measures to support/);
      expect(text, file).toMatch(/guarantee/);
      expect(text, file).toMatch(/report/i);
      expect(text, file).not.toMatch(/softened/);
    }
  });

  it('the Digital Omnibus on AI is in force, named only with the "reported" caution', () => {
    const text = body('lessons/04-regulation/02-dates-and-choosing-tools.mdx');
    expect(text).not.toMatch(/enters into force three days/);
    expect(text).toMatch(/entered into force/);
    const named = taught.filter(({ s }) => /2026\/1744/.test(s));
    expect(named.filter(({ s }) => !/reported/i.test(s)).map(({ where, s }) => `${where}: ${s}`)).toEqual([]);
  });

  it('module 8: the ED near miss goes through the vigilance process, and a correct alert dismissed is taught', () => {
    const text = body(wrong);
    expect(text).toMatch(/vigilance lead/);
    expect(text).toMatch(/suspected serious incident to report to the national competent authority/);
    expect(text).toMatch(/under-reliance/);
    expect(input.lessons.find((l) => l.filePath === wrong)?.body).toMatch(
      /<Scenario title="On a ward: a sepsis alert that was right">/,
    );
    expect(knowledgeCheckRefs(input.lessons.find((l) => l.filePath === wrong)?.body ?? '')).toContain(
      'ai-at-the-bedside:correct-alert-dismissed',
    );
  });

  it('"do not speculate about blame" comes with the open-disclosure (duty of candour) policy', () => {
    const text = body(patients);
    expect(text).toMatch(/do not speculate/);
    expect(text).toMatch(/open-disclosure policy, often called the duty of candour/);
  });

  it('scenarios carry one label: no lesson types "illustration" before the Scenario component adds it', () => {
    const typed = input.lessons
      .filter((l) => /\billustration, not a real case\b/i.test(l.body ?? ''))
      .map((l) => l.filePath);
    expect(typed).toEqual([]);
  });

  it('module 8 keeps article numbers for its sources and key facts, with few in running text', () => {
    for (const l of input.lessons.filter((x) => x.filePath?.startsWith(BEDSIDE))) {
      const running = (l.body ?? '').replace(/<KeyFacts[\s\S]*?<\/KeyFacts>/g, '');
      const refs = running.match(/\b(?:Art\.|Arts|Article)\s+\d+/g) ?? [];
      expect(refs.length, `${l.filePath}: ${refs.join(', ')}`).toBeLessThanOrEqual(3);
    }
  });
});
