import { describe, expect, it } from 'vitest';
import { changes, type ChangeEntry } from '../../../../src/data/changes';
import { lessonVersions, type LessonVersion } from '../../../../src/data/lesson-versions';
import { lawToday } from '../../../../src/data/law';
import { legalFacts } from '../../../../src/data/legal-facts';
import {
  ledgerErrors,
  ledgerWarnings,
  lessonUpdates,
  lessonVersion,
  lessonVersionInput,
  type LessonText,
} from '../../../../src/lib/course/lesson-version';
import { SLUG } from '../../../../src/schemas/patterns';
import { loadContent } from '../../../helpers/load-content';

// Read once while the file loads, as the content tests do: reading every lesson inside a test
// could outlast the test's time limit on a busy machine.
const { input } = loadContent();

const lesson: LessonText = {
  title: 'Triple win',
  description: 'Why digital health matters.',
  objectives: ['Name the three wins'],
  summary: ['Three wins'],
  body: 'Digital health is a triple win.\n',
};
const version = (l: LessonText, facts = legalFacts.slice(0, 0)) => lessonVersion(lessonVersionInput(l, facts));

describe('a lesson’s content version', () => {
  it('is 3 base-36 characters, the same for the same text, and progress accepts it', () => {
    expect(version(lesson)).toMatch(/^[0-9a-z]{3}$/);
    expect(version({ ...lesson })).toBe(version(lesson));
    expect(SLUG.test(version(lesson))).toBe(true);
  });

  it.each<[string, LessonText]>([
    ['the body', { ...lesson, body: 'Digital health is a double win.\n' }],
    ['the title', { ...lesson, title: 'A triple win' }],
    ['an objective', { ...lesson, objectives: ['Name the wins'] }],
    ['the summary', { ...lesson, summary: ['Three wins, and a fourth'] }],
  ])('changes when %s changes', (_what, changed) => {
    expect(version(changed)).not.toBe(version(lesson));
  });

  it('changes when a legal fact it states is amended, not when the fact is checked again', () => {
    const fact = legalFacts.find((f) => f.date)!;
    const base = version(lesson, [fact]);
    expect(version(lesson, [{ ...fact, lastChecked: '2027-01-01' }])).toBe(base);
    expect(version(lesson, [{ ...fact, date: '2030-01-01' }])).not.toBe(base);
  });
});

const change: ChangeEntry = {
  id: 'dates-moved',
  date: '2026-12-01',
  edition: 3,
  title: 'AI Act dates as amended',
  what: '',
  why: '',
  lessons: ['m/one'],
  questions: [],
};
const history: LessonVersion[] = [
  { version: 'aaa', date: '2026-11-01' },
  { version: 'bbb', date: '2026-11-20', note: 'The NIS2 example now names the deadline.' },
  { version: 'ccc', date: '2026-12-01', change: 'dates-moved' },
];

describe('what a returning learner is told', () => {
  it('gives the current version’s date and every note since the version they read', () => {
    const u = lessonUpdates('ccc', history, [change]);
    expect(u.version).toBe('ccc');
    expect(u.messages).toEqual({
      aaa: 'Updated on 1 December 2026 since you completed it: The NIS2 example now names the deadline; AI Act dates as amended.',
      bbb: 'Updated on 1 December 2026 since you completed it: AI Act dates as amended.',
    });
    // A version the ledger does not list: the latest change only.
    expect(u.fallback).toBe('Updated on 1 December 2026 since you completed it: AI Act dates as amended.');
  });

  it('says only "updated" when no note was written, and gives no date for a version the ledger lacks', () => {
    expect(lessonUpdates('bbb', [history[0]!, { version: 'bbb', date: '2026-11-20' }], []).messages).toEqual({
      aaa: 'Updated on 20 November 2026 since you completed it.',
    });
    const unlisted = lessonUpdates('zzz', history.slice(0, 2), []);
    expect(unlisted.fallback).toBe('This lesson was updated since you completed it.');
    expect(unlisted.messages['aaa']).toBe('This lesson was updated since you completed it.');
  });
});

describe('the ledger (src/data/lesson-versions.ts)', () => {
  const ids = new Set(['m/one']);

  it('the build warns when a lesson’s text changed with no change note', () => {
    const ledger = { 'm/one': history };
    expect(ledgerWarnings(new Map([['m/one', 'ccc']]), ledger)).toEqual([]);
    expect(ledgerWarnings(new Map([['m/one', 'aaa']]), ledger)).toEqual([]);
    const [unlisted] = ledgerWarnings(new Map([['m/one', 'ddd']]), ledger);
    expect(unlisted).toContain('m/one: its text changed (version ddd)');
    expect(unlisted).toContain("{ version: 'ddd', date, note }");
    const [noNote] = ledgerWarnings(new Map([['m/one', 'bbb']]), {
      'm/one': [history[0]!, { version: 'bbb', date: '2026-11-20' }],
    });
    expect(noNote).toContain('has no note');
  });

  it('names the lesson and the field of every mistake', () => {
    const bad: Record<string, LessonVersion[]> = {
      'm/one': [
        { version: 'AB', date: '2026-11-01' },
        { version: 'bbb', date: '2099-01-01' },
        { version: 'ccc', date: '2026-11-02', change: 'nope' },
      ],
      'm/gone': [{ version: 'aaa', date: '2026-11-01' }],
    };
    expect(ledgerErrors(bad, ids, [change], '2026-12-06')).toEqual([
      'src/data/lesson-versions.ts: m/one[0].version: "AB" is not 3 base-36 characters',
      'src/data/lesson-versions.ts: m/one[1].date: "2099-01-01" is not a day on or before 2026-12-06',
      'src/data/lesson-versions.ts: m/one[2].date: versions must be listed oldest first',
      'src/data/lesson-versions.ts: m/one[2].change: no entry "nope" in src/data/changes.ts',
      'src/data/lesson-versions.ts: "m/gone" is not a lesson',
    ]);
    const other = { ...change, lessons: ['m/two'] };
    expect(ledgerErrors({ 'm/one': history }, ids, [other], '2026-12-06')).toEqual([
      'src/data/lesson-versions.ts: m/one[2].change: "dates-moved" does not name m/one',
    ]);
  });

  // A lesson missing from the ledger is a build warning, not a failure (the test lesson change relies on it).
  it('the real ledger is sound', () => {
    const lessons = new Set(input.lessons.map((l) => l.id));
    expect(ledgerErrors(lessonVersions, lessons, changes, lawToday())).toEqual([]);
    expect(Object.keys(lessonVersions).length).toBeGreaterThan(0);
  });
});
