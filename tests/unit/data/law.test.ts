import { describe, expect, it } from 'vitest';
import {
  factDates,
  factSentence,
  formatLegalDate,
  isPast,
  lawPhrase,
  nextTenseChange,
  nextTenseChangeNotice,
  lawTense,
  oldestCheck,
  renderLaw,
  resolveLawText,
  staleFacts,
  typedDates,
  validateFacts,
} from '../../../src/data/law';
import { legalFacts, type LegalFact } from '../../../src/data/legal-facts';

const TODAY = '2026-12-06';
const good: LegalFact = {
  id: 'test-fact',
  law: 'AI Act',
  statement: 'The test rules {when}.',
  date: '2027-12-02',
  status: 'applies-from',
  source: {
    act: 'Regulation (EU) 2024/1689',
    article: 'Art. 113',
    url: 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj',
  },
  certainty: 'primary',
  lastChecked: '2026-12-06',
};
const bad = (patch: Record<string, unknown>) => validateFacts([{ ...good, ...patch }], TODAY).join('\n');

describe('the legal facts file', () => {
  it('is valid as of the day it was checked, with unique ids', () => {
    expect(validateFacts(legalFacts, TODAY)).toEqual([]);
    expect(new Set(legalFacts.map((f) => f.id)).size).toBe(legalFacts.length);
  });

  it('holds the AI Act dates as amended in 2026 and the other dates the course teaches', () => {
    const date = (id: string) => legalFacts.find((f) => f.id === id)?.date;
    expect(date('ai-act-annex-iii')).toBe('2027-12-02');
    expect(date('ai-act-medical-devices')).toBe('2028-08-02');
    expect(date('ai-act-prohibitions')).toBe('2025-02-02');
    expect(date('ai-act-literacy')).toBe('2025-02-02');
    expect(date('ai-act-gpai')).toBe('2025-08-02');
    expect(date('ai-act-transparency')).toBe('2026-08-02');
    expect(date('ai-act-marking-grace')).toBe('2026-12-02');
    expect(date('ai-act-new-prohibition')).toBe('2026-12-02');
    expect(date('ai-act-fria')).toBe('2027-12-02');
    expect(date('ai-act-explanation')).toBe('2027-12-02');
    expect(date('ehds-in-force')).toBe('2025-03-26');
    expect(date('ehds-general-application')).toBe('2027-03-26');
    expect(date('ehds-2029')).toBe('2029-03-26');
    expect(date('ehds-2031')).toBe('2031-03-26');
    expect(date('nis2-transposition')).toBe('2024-10-17');
    expect(date('cra-reporting')).toBe('2026-09-11');
    expect(date('pld-transposition')).toBe('2026-12-09');
    expect(date('mdr-ivdr-revision-proposal')).toBe('2025-12-16');
    expect(date('nis2-amendment-proposal')).toBe('2026-01-20');
    expect(date('digital-omnibus-ai')).toBe('2026-07-27');
    expect(date('cybersecurity-action-plan')).toBe('2025-01-15');
    const status = (id: string) => legalFacts.find((f) => f.id === id)?.status;
    expect(status('ai-liability-withdrawn')).toBe('withdrawn');
    expect(status('mdr-ivdr-revision-proposal')).toBe('proposal');
    expect(status('nis2-amendment-proposal')).toBe('proposal');
    expect(legalFacts.find((f) => f.id === 'digital-omnibus-ai')?.certainty).toBe('reported');
  });

  it.each<[string, Record<string, unknown>, RegExp]>([
    [
      'an unknown status',
      { status: 'pending' },
      /legal-facts\.ts: facts\[0\] \(test-fact\)\.status: unknown status "pending"/,
    ],
    ['a missing source', { source: undefined }, /\(test-fact\)\.source: missing/],
    ['a source without an act', { source: { url: good.source.url } }, /\(test-fact\)\.source\.act: missing/],
    [
      'a source that is not EUR-Lex',
      { source: { act: 'X', url: 'https://example.org/law' } },
      /\.source\.url: .* not an EUR-Lex or ELI link/,
    ],
    [
      'a check date in the future',
      { lastChecked: '2026-12-07' },
      /\(test-fact\)\.lastChecked: 2026-12-07 is in the future/,
    ],
    ['a check date that is not a date', { lastChecked: '6 Dec 2026' }, /\.lastChecked: "6 Dec 2026" is not a date/],
    ['an impossible date', { date: '2027-02-30' }, /\(test-fact\)\.date: "2027-02-30" is not a date/],
    ['an unknown certainty', { certainty: 'rumour' }, /\.certainty: unknown certainty "rumour"/],
    [
      'a typed date in the statement',
      { statement: 'It applies from 2 December 2027.' },
      /\.statement: types the date "2 December 2027"/,
    ],
    ['a superseded date without its replacement', { status: 'superseded' }, /\.supersededBy: a superseded date names/],
    ['an id that is not kebab-case', { id: 'Annex III' }, /\.id: must be kebab-case/],
  ])('fails on %s, naming the file, the fact and the field', (_n, patch, message) => {
    expect(bad(patch)).toMatch(message);
  });

  it('fails on a repeated id', () => {
    expect(validateFacts([good, good], TODAY).join('\n')).toMatch(/facts\[1\] \(test-fact\)\.id: "test-fact" repeats/);
  });

  it('flags facts last checked six months or more ago', () => {
    expect(staleFacts([good], '2027-06-05')).toEqual([]);
    expect(staleFacts([good], '2027-06-06').map((f) => f.id)).toEqual(['test-fact']);
  });
});

describe('tense from the build date', () => {
  it('never writes a passed date in the future tense', () => {
    expect(lawPhrase({ fact: 'ai-act-transparency', form: 'verb' }, TODAY)).toBe('has applied since 2 August 2026');
    expect(lawPhrase({ fact: 'ai-act-annex-iii', form: 'verb' }, TODAY)).toBe('applies from 2 December 2027');
    expect(lawPhrase({ fact: 'ai-act-annex-iii', form: 'verb' }, '2027-12-03')).toBe(
      'has applied since 2 December 2027',
    );
    expect(lawPhrase({ fact: 'ai-act-annex-iii', form: 'from', cap: true }, TODAY)).toBe('From 2 December 2027');
    expect(lawPhrase({ fact: 'ai-act-annex-iii', form: 'verbs' }, TODAY)).toBe('apply from 2 December 2027');
    expect(lawPhrase({ fact: 'ai-act-transparency', form: 'verbs' }, TODAY)).toBe('have applied since 2 August 2026');
    expect(lawPhrase({ fact: 'ai-act-transparency', form: 'from', cap: true }, TODAY)).toBe('Since 2 August 2026');
    expect(lawPhrase({ fact: 'ai-act-new-prohibition', form: 'verb' }, TODAY)).toBe(
      'has applied since 2 December 2026',
    );
    expect(lawPhrase({ fact: 'ai-act-marking-grace', form: 'verb' }, TODAY)).toBe('ended on 2 December 2026');
    expect(lawPhrase({ fact: 'ai-act-marking-grace', form: 'verb' }, '2026-12-01')).toBe('ends on 2 December 2026');
    expect(lawPhrase({ fact: 'pld-transposition', form: 'verb' }, TODAY)).toBe(
      'must be written into national law by 9 December 2026',
    );
    expect(lawPhrase({ fact: 'pld-transposition', form: 'verb' }, '2026-12-10')).toBe(
      'had to be written into national law by 9 December 2026',
    );
    expect(lawPhrase({ fact: 'ehds-in-force', form: 'verb' }, TODAY)).toBe('has been in force since 26 March 2025');
    expect(lawPhrase({ fact: 'chips-act-in-force', form: 'verb' }, TODAY)).toBe(
      'has been in force since September 2023',
    );
    expect(lawPhrase({ fact: 'ai-liability-withdrawn', form: 'verb' }, TODAY)).toBe('was withdrawn in 2025');
    expect(lawPhrase({ fact: 'digital-omnibus-ai', date: 'proposed', form: 'verb' }, TODAY)).toBe(
      'was proposed on 19 November 2025',
    );
  });

  it('counts the day itself as passed', () => {
    expect(isPast('2026-12-02', '2026-12-02')).toBe(true);
    expect(isPast('2026-12-02', '2026-12-01')).toBe(false);
  });

  it('writes every dated fact in the past tense once its date has passed, whatever the fact', () => {
    for (const f of legalFacts.filter((x) => x.date)) {
      const after = lawPhrase({ fact: f.id, form: 'verb' }, '2099-01-01');
      expect(after, f.id).not.toMatch(/^(applies from|enters into force|is to be|will|must|ends on)/);
      expect(factSentence(f, '2099-01-01'), f.id).not.toMatch(/\bwill\b|applies from|\{/);
    }
  });

  it('names the next day a date passes, when the site must be built again', () => {
    expect(nextTenseChange(legalFacts, '2026-12-07')).toEqual({ date: '2026-12-09', ids: ['pld-transposition'] });
    // On the day itself the date has passed: the next one is later.
    expect(nextTenseChange(legalFacts, '2026-12-09')?.date).toBe('2027-03-26');
    // Named dates count, a month-only date passes on its first day, and facts sharing a day are all named.
    const facts: LegalFact[] = [
      { ...good, id: 'a', date: '2030-01-01' },
      { ...good, id: 'b', date: '2029-05' },
      { ...good, id: 'c', date: '2031-01-01', dates: { proposed: '2029-05-01' } },
      { ...good, id: 'd', date: '2020-01-01' },
    ];
    expect(nextTenseChange(facts, '2029-04-30')).toEqual({ date: '2029-05-01', ids: ['b', 'c'] });
    expect(nextTenseChange(facts, '2031-01-01')).toBeUndefined();
    expect(nextTenseChangeNotice(legalFacts, '2026-12-07')).toBe(
      'As of 7 December 2026, the next legal date to pass is 9 December 2026 (pld-transposition): build and publish the site again on that day, so the course reads in the right tense.',
    );
    expect(nextTenseChangeNotice(facts, '2031-01-01')).toBe('Every legal date has passed as of 1 January 2031.');
  });

  it('gives the LMS packages the build day and the laws whose date passes next, each law once', () => {
    expect(lawTense(legalFacts, '2026-12-07')).toEqual({
      builtOn: '2026-12-07',
      next: { date: '2026-12-09', laws: ['Product Liability Directive'] },
    });
    const facts: LegalFact[] = [
      { ...good, id: 'a', law: 'AI Act', date: '2030-01-01' },
      { ...good, id: 'b', law: 'AI Act', date: '2030-01-01' },
      { ...good, id: 'c', law: 'EHDS', date: '2030-01-01' },
    ];
    expect(lawTense(facts, '2029-12-31')).toEqual({
      builtOn: '2029-12-31',
      next: { date: '2030-01-01', laws: ['AI Act', 'EHDS'] },
    });
    expect(lawTense(facts, '2030-01-01')).toEqual({ builtOn: '2030-01-01' });
  });

  it('formats dates in the course style', () => {
    expect(formatLegalDate('2027-12-02')).toBe('2 December 2027');
    expect(formatLegalDate('2023-09')).toBe('September 2023');
    expect(formatLegalDate('2025')).toBe('2025');
    expect(typedDates('From 2 December 2027 and September 2023, not 2027.')).toEqual([
      '2 December 2027',
      'September 2023',
    ]);
  });

  it('throws on an unknown fact, form or date name', () => {
    expect(() => renderLaw({ fact: 'nope' }, TODAY)).toThrow(/no legal fact "nope"/);
    expect(() => renderLaw({ fact: 'ai-act-annex-iii', form: 'soon' as never }, TODAY)).toThrow(/unknown form "soon"/);
    expect(() => renderLaw({ fact: 'gdpr-breach-72h' }, TODAY)).toThrow(/has no date to show/);
  });
});

describe('{law:…} placeholders in YAML', () => {
  it('resolve to the date, the verb or since/from, and report the facts used', () => {
    const r = resolveLawText(
      '{Law:ai-act-transparency:from}, chatbots say so; the Annex III stage {law:ai-act-annex-iii:verb}; proposed {law:digital-omnibus-ai@proposed}.',
      TODAY,
    );
    expect(r.errors).toEqual([]);
    expect(r.text).toBe(
      'Since 2 August 2026, chatbots say so; the Annex III stage applies from 2 December 2027; proposed 19 November 2025.',
    );
    expect(r.facts).toEqual(['ai-act-transparency', 'ai-act-annex-iii', 'digital-omnibus-ai']);
  });

  it('report an unknown fact and a malformed placeholder, and leave no half-written text', () => {
    expect(resolveLawText('from {law:ai-act-annex-iv}', TODAY).errors).toEqual([
      '{law:ai-act-annex-iv}: no legal fact "ai-act-annex-iv" (see src/data/legal-facts.ts)',
    ]);
    expect(resolveLawText('from {law:Annex III}', TODAY).errors[0]).toMatch(/is not a legal-fact placeholder/);
    expect(resolveLawText('from {law:ai-act-annex-iii:will}', TODAY).errors[0]).toMatch(/unknown form "will"/);
  });

  it('leave text without placeholders alone', () => {
    expect(resolveLawText('No law here {not:this}.', TODAY)).toEqual({
      text: 'No law here {not:this}.',
      facts: [],
      errors: [],
    });
  });
});

describe('law checked', () => {
  it('is the oldest check among the facts used', () => {
    expect(oldestCheck(['ai-act-annex-iii', 'mdr-applies'])).toBe('2026-12-06');
    expect(oldestCheck([])).toBeUndefined();
  });

  it('knows every written date the facts hold', () => {
    const dates = factDates();
    expect(dates.get('2 December 2027')).toContain('ai-act-annex-iii');
    expect(dates.get('19 November 2025')).toEqual(['digital-omnibus-ai']);
    expect(dates.has('2025')).toBe(false);
  });
});

describe('placeholders in content files', () => {
  it('fail the schema with the field named: unknown fact, and <Law> used in YAML', async () => {
    const { glossarySchema } = await import('../../../src/schemas/glossary');
    const { lessonSchema } = await import('../../../src/schemas/lesson');
    const bad = glossarySchema.safeParse({
      term: 'Annex III',
      definition: 'High-risk uses; the rules apply {law:ai-act-annex-4:verb}.',
    });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]).toMatchObject({
      path: ['definition'],
      message: expect.stringMatching(/no legal fact "ai-act-annex-4"/),
    });
    const ok = glossarySchema.safeParse({
      term: 'Annex III',
      definition: 'High-risk uses; the rules {law:ai-act-annex-iii:verbs}.',
    });
    expect(ok.success && ok.data.definition).toMatch(/the rules (apply from|have applied since) 2 December 2027\.$/);
    const lesson = lessonSchema.safeParse({
      title: 'A lesson',
      description: 'A lesson that states the law in its summary.',
      module: 'regulation',
      order: 1,
      minutes: 5,
      objectives: ['State the date of the Annex III rules.'],
      summary: ['The Annex III rules <Law fact="ai-act-annex-iii" form="verbs" />.'],
      sources: [{ title: 'AI Act', publisher: 'EU' }],
      updated: '2026-12-06',
      facts: ['gdpr-breach-72h', 'no-such-fact'],
    });
    expect(lesson.success).toBe(false);
    const messages = lesson.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n');
    expect(messages).toMatch(/summary\.0: the <Law> component works only in a lesson body/);
    expect(messages).toMatch(/facts\.1: no legal fact "no-such-fact"/);
  });
});
