import { describe, expect, it } from 'vitest';
import {
  hardestFirst,
  trainingRecordCsvRows,
  trainingRecords,
  cohortCsvRows,
  cohortRows,
  filterRows,
  itemAnalysis,
  itemVerdict,
  loadCohort,
  sortRows,
  type InputFile,
  type ItemRow,
} from '../../../../src/lib/assignments/cohort';
import { toCsv } from '../../../../src/lib/csv';
import type { ResultFile } from '../../../../src/lib/assignments/result-file';
import { OUTLINE, SPEC } from './fixtures';

function file(learner: string, over: Partial<ResultFile> = {}): ResultFile {
  return {
    format: 'dhs-result',
    version: 1,
    learner,
    saved: '2026-03-21T10:00:00Z',
    content: 'abcd1234',
    assignment: {
      id: SPEC.id,
      title: SPEC.title,
      trainer: SPEC.trainer,
      due: '2026-03-31',
      passMark: 75,
      items: SPEC.items,
    },
    lessons: [],
    quizzes: [],
    ...over,
  };
}

const input = (name: string, f: unknown): InputFile => {
  const text = typeof f === 'string' ? f : JSON.stringify(f);
  return { name, size: text.length, text };
};

const best = (percent: number) => ({ percent, score: 1, date: '2026-03-05T10:00:00Z' });

// Anna finished everything by 20 March; Ben did one lesson and failed the basics quiz.
const ANNA = file('Anna, "Nurse" Smith', {
  lessons: ['basics/one', 'basics/two', 'rules/ai-act'].map((id) => ({ id, completed: '2026-03-02T10:00:00Z' })),
  quizzes: [
    {
      id: 'basics',
      attempts: 2,
      passMark: 75,
      best: best(100),
      latest: best(100),
      passedAt: '2026-03-20T10:00:00Z',
      right: ['q1', 'q2', 'q3'],
      wrong: [],
    },
    {
      id: 'final',
      attempts: 1,
      passMark: 75,
      best: best(80),
      latest: best(80),
      passedAt: '2026-03-05T10:00:00Z',
      right: ['f1'],
      wrong: [],
    },
  ],
});
const BEN = file('Ben Jones', {
  lessons: [
    { id: 'basics/one', completed: '2026-03-03T10:00:00Z' },
    { id: 'gone/lesson', completed: '2026-03-03T10:00:00Z' },
  ],
  quizzes: [
    { id: 'basics', attempts: 1, passMark: 75, best: best(33), latest: best(33), right: ['q1'], wrong: ['q2', 'q3'] },
  ],
});

describe('loadCohort', () => {
  it('keeps good files and lists every bad one with its reason', () => {
    const cohort = loadCohort(
      [
        input('anna.json', ANNA),
        input('ben.json', BEN),
        input('notes.txt', 'Dear trainer'),
        input('other.json', file('Cara', { assignment: { ...ANNA.assignment, id: 'another', title: 'Other course' } })),
        input('future.json', { ...file('Dan'), version: 2 }),
        { name: 'huge.json', size: 2_000_000 },
        input('ben-old.json', { ...BEN, saved: '2026-03-06T10:00:00Z' }),
      ],
      OUTLINE,
    );
    expect(cohort.kept.map((k) => k.source)).toEqual(['anna.json', 'ben.json']);
    expect(cohort.problems.map((p) => p.source)).toEqual(['notes.txt', 'other.json', 'future.json', 'huge.json']);
    expect(cohort.problems[1]?.reason).toMatch(/another assignment \("Other course"/);
    expect(cohort.problems[2]?.reason).toMatch(/newer version/);
    expect(cohort.problems[3]?.reason).toMatch(/over 1 MB/);
    expect(cohort.duplicates[0]?.dropped[0]?.source).toBe('ben-old.json');
  });

  it('uses the assignment from the link when given, so the first file cannot choose', () => {
    const cohort = loadCohort(
      [
        input('other.json', file('Cara', { assignment: { ...ANNA.assignment, id: 'another' } })),
        input('anna.json', ANNA),
      ],
      OUTLINE,
      SPEC,
    );
    expect(cohort.kept.map((k) => k.source)).toEqual(['anna.json']);
    expect(cohort.problems.map((p) => p.source)).toEqual(['other.json']);
  });

  it('with no files has no rows', () => {
    expect(cohortRows(loadCohort([], OUTLINE))).toEqual([]);
  });
});

describe('rows, sorting and filter', () => {
  const cohort = loadCohort([input('ben.json', BEN), input('anna.json', ANNA)], OUTLINE);
  const rows = cohortRows(cohort);

  it('counts assigned lessons done, quiz results and on-time status', () => {
    const anna = rows.find((r) => r.learner.startsWith('Anna'))!;
    const ben = rows.find((r) => r.learner === 'Ben Jones')!;
    expect(anna).toMatchObject({
      lessonsDone: 3,
      lessonsTotal: 3,
      finished: true,
      finishedOn: '2026-03-20',
      onTime: 'on-time',
    });
    expect(anna.quizzes).toEqual({
      basics: { attempts: 2, best: 100, passed: true },
      final: { attempts: 1, best: 80, passed: true },
    });
    expect(ben).toMatchObject({ lessonsDone: 1, lessonsTotal: 3, finished: false, onTime: 'not-finished' });
    expect(anna.notDone).toEqual([]);
    // Which assigned lessons are missing, by title; a lesson from outside the assignment does not count.
    expect(ben.notDone).toEqual(['Two', 'AI Act']);
    expect(ben.quizzes['final']).toEqual({ attempts: 0, passed: false });
  });

  it('says late when finished after the due date', () => {
    const late = file('Late', {
      ...ANNA,
      learner: 'Late',
      saved: '2026-04-03T10:00:00Z',
      quizzes: ANNA.quizzes.map((q) => ({ ...q, passedAt: '2026-04-02T10:00:00Z' })),
    });
    const [row] = cohortRows(loadCohort([input('late.json', late)], OUTLINE));
    expect(row?.onTime).toBe('late');
  });

  it.each([
    ['learner', 'ascending', ['Anna', 'Ben']],
    ['learner', 'descending', ['Ben', 'Anna']],
    ['lessons', 'ascending', ['Ben', 'Anna']],
    ['quiz:basics', 'descending', ['Anna', 'Ben']],
    ['quiz:final', 'ascending', ['Ben', 'Anna']],
    ['status', 'ascending', ['Ben', 'Anna']],
  ] as const)('sorts by %s %s', (key, dir, order) => {
    expect(sortRows(rows, key, dir).map((r) => r.learner.split(/[ ,]/)[0])).toEqual(order);
  });

  it('filters to learners not finished', () => {
    expect(filterRows(rows, true).map((r) => r.learner)).toEqual(['Ben Jones']);
    expect(filterRows(rows, false)).toHaveLength(2);
  });

  it('item analysis counts right answers on best attempts per question', () => {
    const prompts = {
      basics: [
        { id: 'q1', prompt: 'One?' },
        { id: 'q2', prompt: 'Two?' },
        { id: 'q3', prompt: 'Three?' },
      ],
      final: [{ id: 'f1', prompt: 'F?' }],
    };
    const [basics, final] = itemAnalysis(cohort, prompts);
    expect(basics?.learners).toBe(2);
    // Hardest first: half right before all right; ties keep the bank's order.
    expect(basics?.items).toEqual([
      { id: 'q2', prompt: 'Two?', right: 1, answered: 2, verdict: 'too-few' },
      { id: 'q3', prompt: 'Three?', right: 1, answered: 2, verdict: 'too-few' },
      { id: 'q1', prompt: 'One?', right: 2, answered: 2, verdict: 'too-few' },
    ]);
    expect(final?.items).toEqual([{ id: 'f1', prompt: 'F?', right: 1, answered: 1, verdict: 'too-few' }]);
  });

  it.each([
    [0, 0, undefined],
    [0, 1, 'too-few'],
    [0, 2, 'too-few'],
    [1, 3, 'hard'],
    [2, 3, undefined],
    [2, 5, 'hard'],
    [3, 6, undefined],
  ] as const)('%i right of %i answered: %s', (right, answered, verdict) => {
    expect(itemVerdict(right, answered)).toBe(verdict);
  });

  it('exports CSV with a header and one correctly quoted row per learner', () => {
    const csv = toCsv(cohortCsvRows(sortRows(rows, 'learner', 'ascending'), cohort));
    const lines = csv.split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(
      'Learner,Lessons done,Lessons assigned,Basics quiz: best %,Basics quiz: passed,Basics quiz: attempts,Final assessment: best %,Final assessment: passed,Final assessment: attempts,Status,Finished on,Due,Lessons not done,Result file saved,File name',
    );
    expect(lines[1]).toBe(
      '"Anna, ""Nurse"" Smith",3,3,100,yes,2,80,yes,1,Finished on time,2026-03-20,2026-03-31,,2026-03-21T10:00:00Z,anna.json',
    );
    expect(lines[2]).toBe(
      'Ben Jones,1,3,33,no,1,,no,0,Not finished,,2026-03-31,Two; AI Act,2026-03-21T10:00:00Z,ben.json',
    );
  });
});

describe('item analysis order', () => {
  it('puts judged questions hardest first, then those with too few answers, then unanswered ones', () => {
    const row = (id: string, right: number, answered: number): ItemRow => {
      const r: ItemRow = { id, prompt: id, right, answered };
      const verdict = itemVerdict(right, answered);
      if (verdict) r.verdict = verdict;
      return r;
    };
    const ordered = hardestFirst([
      row('none', 0, 0),
      row('easy', 4, 4),
      row('few', 0, 1),
      row('hard', 1, 4),
      row('middle', 2, 4),
      row('hard-too', 1, 4),
    ]);
    expect(ordered.map((r) => r.id)).toEqual(['hard', 'hard-too', 'middle', 'easy', 'few', 'none']);
  });
});

const ED = { edition: '2026-12', lawChecked: '2026-12-06' };

describe('training record', () => {
  const cohort = loadCohort([input('ben.json', BEN), input('anna.json', ANNA)], OUTLINE, SPEC);

  it('lists per learner the lessons with dates, the quizzes passed with best scores, and study time', () => {
    const [ben, anna] = trainingRecords(cohort, OUTLINE, ED);
    expect(anna).toEqual({
      learner: 'Anna, "Nurse" Smith',
      assignment: 'ICU induction, March',
      trainer: 'Sister Jane Doe',
      lessons: [
        { title: 'One', module: 'Basics', completed: '2026-03-02' },
        { title: 'Two', module: 'Basics', completed: '2026-03-02' },
        { title: 'AI Act', module: 'Rules', completed: '2026-03-02' },
      ],
      lessonsAssigned: 3,
      quizzes: [
        { title: 'Basics quiz', best: 100, passed: '2026-03-20' },
        { title: 'Final assessment', best: 80, passed: '2026-03-05' },
      ],
      quizzesAssigned: 2,
      studyMinutes: 25,
      edition: '2026-12',
      lawChecked: '2026-12-06',
      saved: '2026-03-21T10:00:00Z',
    });
    // A lesson outside the assignment and a quiz not passed do not count.
    expect(ben?.lessons).toEqual([{ title: 'One', module: 'Basics', completed: '2026-03-03' }]);
    expect(ben?.quizzes).toEqual([]);
    expect(ben?.studyMinutes).toBe(7);
  });

  it('writes one CSV row per learner in the order given', () => {
    const rows = sortRows(cohortRows(cohort), 'learner', 'ascending');
    const lines = toCsv(trainingRecordCsvRows(trainingRecords(cohort, OUTLINE, ED, rows))).split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^Learner,Path or assignment,Set by,Lessons completed,Lessons assigned,/);
    expect(lines[1]).toBe(
      `"Anna, ""Nurse"" Smith","ICU induction, March",Sister Jane Doe,3,3,Basics: One (2026-03-02); Basics: Two (2026-03-02); Rules: AI Act (2026-03-02),2,2,Basics quiz: 100% (2026-03-20); Final assessment: 80% (2026-03-05),25,2026-12,2026-12-06,2026-03-21T10:00:00Z`,
    );
    expect(lines[2]).toBe(
      `Ben Jones,"ICU induction, March",Sister Jane Doe,1,3,Basics: One (2026-03-03),0,2,,7,2026-12,2026-12-06,2026-03-21T10:00:00Z`,
    );
  });

  it('is empty without an assignment', () => {
    expect(trainingRecords(loadCohort([], OUTLINE), OUTLINE, ED)).toEqual([]);
  });
});
