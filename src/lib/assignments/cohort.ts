/**
 * The cohort report: learners' result files for one assignment turned into table rows,
 * sorted and filtered, an item analysis per question, and the CSV export. Pure functions;
 * the island only reads files and renders.
 */
import type { AssignmentSpec } from './link';
import type { CourseOutline, OutlineQuiz, PromptBank } from './outline';
import { localDate, resolveItems, type ResolvedAssignment } from './progress';
import type { CsvCell } from '../csv';
import type { Edition } from '../../data/edition';
import {
  MAX_RESULT_BYTES,
  keepLatest,
  parseResultFile,
  type DuplicateNote,
  type Loaded,
  type ResultFile,
} from './result-file';

export interface InputFile {
  name: string;
  size: number;
  /** The file's text; left out (unread) when the file is too large. */
  text?: string;
}

export interface FileProblem {
  source: string;
  reason: string;
}

export type FileAssignment = ResultFile['assignment'];

export interface Cohort {
  /** The assignment the report is about (from the link, else the first good file). */
  assignment?: FileAssignment | AssignmentSpec;
  resolved?: ResolvedAssignment;
  /** One file per learner. */
  kept: Loaded[];
  problems: FileProblem[];
  duplicates: DuplicateNote[];
}

/** Reads every file given so far. The assignment comes from `expected` or else the first good file. */
export function loadCohort(inputs: readonly InputFile[], outline: CourseOutline, expected?: AssignmentSpec): Cohort {
  const problems: FileProblem[] = [];
  const good: Loaded[] = [];
  let assignment: FileAssignment | AssignmentSpec | undefined = expected;
  for (const input of inputs) {
    if (input.size > MAX_RESULT_BYTES || input.text === undefined) {
      problems.push({
        source: input.name,
        reason: 'The file is over 1 MB; a result file is a few kilobytes, so it was not read.',
      });
      continue;
    }
    const parsed = parseResultFile(input.text);
    if (!parsed.ok) {
      problems.push({ source: input.name, reason: parsed.reason });
      continue;
    }
    assignment ??= parsed.file.assignment;
    if (parsed.file.assignment.id !== assignment.id) {
      problems.push({
        source: input.name,
        reason: `This file is for another assignment ("${parsed.file.assignment.title}" set by ${parsed.file.assignment.trainer}), not "${assignment.title}".`,
      });
      continue;
    }
    good.push({ file: parsed.file, source: input.name, input });
  }
  const { kept, duplicates } = keepLatest(good);
  const cohort: Cohort = { kept, problems, duplicates };
  if (assignment) {
    cohort.assignment = assignment;
    cohort.resolved = resolveItems(assignment.items, outline);
  }
  return cohort;
}

export interface QuizCell {
  attempts: number;
  best?: number;
  passed: boolean;
}

export type OnTime = 'on-time' | 'late' | 'finished' | 'not-finished';

export interface CohortRow {
  learner: string;
  source: string;
  saved: string;
  lessonsDone: number;
  lessonsTotal: number;
  /** Titles of the assigned lessons this learner has not completed, in course order. */
  notDone: string[];
  quizzes: Record<string, QuizCell>;
  finished: boolean;
  /** YYYY-MM-DD (the trainer's time zone), once finished. */
  finishedOn?: string;
  /** on-time / late when there is a due date; finished when there is none. */
  onTime: OnTime;
}

export function cohortRows(cohort: Cohort): CohortRow[] {
  const resolved = cohort.resolved;
  if (!resolved) return [];
  const due = cohort.assignment?.due;
  return cohort.kept.map(({ file, source }) => {
    const assigned = new Set(resolved.lessons.map((l) => l.id));
    const lessonDates = file.lessons.filter((l) => assigned.has(l.id)).map((l) => Date.parse(l.completed));
    const doneIds = new Set(file.lessons.filter((l) => assigned.has(l.id)).map((l) => l.id));
    const lessonsDone = doneIds.size;
    const notDone = resolved.lessons.filter((l) => !doneIds.has(l.id)).map((l) => l.title);
    const quizzes: Record<string, QuizCell> = {};
    const passDates: number[] = [];
    for (const q of resolved.quizzes) {
      const r = file.quizzes.find((x) => x.id === q.id);
      const cell: QuizCell = { attempts: r?.attempts ?? 0, passed: r?.passedAt !== undefined };
      if (r?.best) cell.best = r.best.percent;
      if (r?.passedAt) passDates.push(Date.parse(r.passedAt));
      quizzes[q.id] = cell;
    }
    const finished = lessonsDone === resolved.lessons.length && resolved.quizzes.every((q) => quizzes[q.id]?.passed);
    const row: CohortRow = {
      learner: file.learner,
      source,
      saved: file.saved,
      lessonsDone,
      lessonsTotal: resolved.lessons.length,
      notDone,
      quizzes,
      finished,
      onTime: 'not-finished',
    };
    if (finished) {
      const at = Math.max(0, ...lessonDates, ...passDates);
      row.finishedOn = localDate(new Date(at));
      row.onTime = due === undefined ? 'finished' : row.finishedOn <= due ? 'on-time' : 'late';
    }
    return row;
  });
}

export type SortKey = 'learner' | 'lessons' | 'status' | `quiz:${string}`;
export type SortDir = 'ascending' | 'descending';

const STATUS_ORDER: Record<OnTime, number> = { 'not-finished': 0, late: 1, finished: 2, 'on-time': 2 };

/** Sorted copy; ties keep learner name order so the table never jumps about. */
export function sortRows(rows: readonly CohortRow[], key: SortKey, dir: SortDir): CohortRow[] {
  const byName = (a: CohortRow, b: CohortRow) =>
    a.learner.localeCompare(b.learner, 'en', { sensitivity: 'base', numeric: true });
  const value = (r: CohortRow): number => {
    if (key === 'lessons') return r.lessonsTotal ? r.lessonsDone / r.lessonsTotal : 0;
    if (key === 'status') return STATUS_ORDER[r.onTime];
    // Not attempted sorts below 0 %.
    return r.quizzes[key.slice(5)]?.best ?? -1;
  };
  const sign = dir === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const primary = key === 'learner' ? byName(a, b) : value(a) - value(b);
    return primary !== 0 ? sign * primary : byName(a, b);
  });
}

export function filterRows(rows: readonly CohortRow[], notFinishedOnly: boolean): CohortRow[] {
  return notFinishedOnly ? rows.filter((r) => !r.finished) : [...rows];
}

export interface ItemRow {
  id: string;
  prompt: string;
  /** Learners whose best attempt had this question right. */
  right: number;
  /** Learners whose best attempt included this question. */
  answered: number;
  /**
   * What the numbers can say: `too-few` under MIN_ANSWERS answers (one learner's slip is not
   * a finding), `hard` when under half got it right, else nothing.
   */
  verdict?: 'too-few' | 'hard';
}

/** Fewest answers from which a question may be called hard for the group. */
export const MIN_ANSWERS = 3;

export function itemVerdict(right: number, answered: number): ItemRow['verdict'] {
  if (answered === 0) return undefined;
  if (answered < MIN_ANSWERS) return 'too-few';
  return right / answered < 0.5 ? 'hard' : undefined;
}

export interface ItemTable {
  quiz: OutlineQuiz;
  items: ItemRow[];
  /** Learners whose file has per-question results for this quiz. */
  learners: number;
}

/** For each assigned quiz, how many learners got each question right on their best attempt. */
export function itemAnalysis(cohort: Cohort, prompts: PromptBank): ItemTable[] {
  if (!cohort.resolved) return [];
  return cohort.resolved.quizzes.map((quiz) => {
    const results = cohort.kept
      .map((k) => k.file.quizzes.find((q) => q.id === quiz.id))
      .filter((q) => q?.right !== undefined);
    const items = (prompts[quiz.id] ?? []).map((q): ItemRow => {
      let right = 0;
      let answered = 0;
      for (const r of results) {
        if (r?.right?.includes(q.id)) {
          right++;
          answered++;
        } else if (r?.wrong?.includes(q.id)) answered++;
      }
      const row: ItemRow = { id: q.id, prompt: q.prompt, right, answered };
      const verdict = itemVerdict(right, answered);
      if (verdict) row.verdict = verdict;
      return row;
    });
    return { quiz, items: hardestFirst(items), learners: results.length };
  });
}

/**
 * Hardest first: questions with enough answers to judge, lowest share right first; then
 * those with too few answers, in the same order; unanswered ones last. Ties keep the bank's order.
 */
export function hardestFirst(items: readonly ItemRow[]): ItemRow[] {
  const group = (r: ItemRow) => (r.answered === 0 ? 2 : r.verdict === 'too-few' ? 1 : 0);
  const share = (r: ItemRow) => (r.answered ? r.right / r.answered : 1);
  return items
    .map((r, i) => ({ r, i }))
    .sort((a, b) => group(a.r) - group(b.r) || share(a.r) - share(b.r) || a.i - b.i)
    .map((x) => x.r);
}

export const STATUS_TEXT: Record<OnTime, string> = {
  'on-time': 'Finished on time',
  late: 'Finished late',
  finished: 'Finished',
  'not-finished': 'Not finished',
};

/** The table as CSV rows: a header, then one row per learner in the order given. */
export function cohortCsvRows(rows: readonly CohortRow[], cohort: Cohort): CsvCell[][] {
  const quizzes = cohort.resolved?.quizzes ?? [];
  const header: CsvCell[] = ['Learner', 'Lessons done', 'Lessons assigned'];
  for (const q of quizzes) header.push(`${q.title}: best %`, `${q.title}: passed`, `${q.title}: attempts`);
  header.push('Status', 'Finished on', 'Due', 'Lessons not done', 'Result file saved', 'File name');
  const out: CsvCell[][] = [header];
  for (const r of rows) {
    const line: CsvCell[] = [r.learner, r.lessonsDone, r.lessonsTotal];
    for (const q of quizzes) {
      const c = r.quizzes[q.id];
      line.push(c?.best ?? '', c?.passed ?? false, c?.attempts ?? 0);
    }
    line.push(
      STATUS_TEXT[r.onTime],
      r.finishedOn ?? '',
      cohort.assignment?.due ?? '',
      r.notDone.join('; '),
      r.saved,
      r.source,
    );
    out.push(line);
  }
  return out;
}

/** One learner's AI literacy training record: what the hospital keeps to show the measures it took. */
export interface TrainingRecord {
  learner: string;
  /** The path or assignment title. */
  assignment: string;
  trainer: string;
  /** Assigned lessons completed, in course order, with the day (YYYY-MM-DD, UTC) each was completed. */
  lessons: Array<{ title: string; module: string; completed: string }>;
  lessonsAssigned: number;
  /** Assigned quizzes passed, with the best score of a whole-quiz (assessed) attempt and the day first passed. */
  quizzes: Array<{ title: string; best: number; passed: string }>;
  quizzesAssigned: number;
  /** Estimated reading time of the lessons completed (the lessons' own minutes). */
  studyMinutes: number;
  edition: string;
  lawChecked: string;
  /** When the learner saved the results. */
  saved: string;
}

/** The training record of every learner in the report, in the order of `rows` when given. */
export function trainingRecords(
  cohort: Cohort,
  outline: CourseOutline,
  edition: Edition,
  order?: readonly CohortRow[],
): TrainingRecord[] {
  const resolved = cohort.resolved;
  if (!resolved || !cohort.assignment) return [];
  const moduleOf = new Map(outline.modules.flatMap((m) => m.lessons.map((l) => [l.id, m.title] as const)));
  const kept = order
    ? order.flatMap((r) => cohort.kept.filter((k) => k.file.learner === r.learner && k.source === r.source))
    : cohort.kept;
  const title = cohort.assignment.title;
  const trainer = cohort.assignment.trainer;
  return kept.map(({ file }) => {
    const done = new Map(file.lessons.map((l) => [l.id, l.completed]));
    const lessons = resolved.lessons
      .filter((l) => done.has(l.id))
      .map((l) => ({
        title: l.title,
        module: moduleOf.get(l.id) ?? '',
        completed: (done.get(l.id) ?? '').slice(0, 10),
      }));
    const quizzes = resolved.quizzes.flatMap((q) => {
      const r = file.quizzes.find((x) => x.id === q.id);
      return r?.passedAt && r.best ? [{ title: q.title, best: r.best.percent, passed: r.passedAt.slice(0, 10) }] : [];
    });
    const studyMinutes = resolved.lessons.filter((l) => done.has(l.id)).reduce((n, l) => n + l.minutes, 0);
    return {
      learner: file.learner,
      assignment: title,
      trainer,
      lessons,
      lessonsAssigned: resolved.lessons.length,
      quizzes,
      quizzesAssigned: resolved.quizzes.length,
      studyMinutes,
      edition: edition.edition,
      lawChecked: edition.lawChecked,
      saved: file.saved,
    };
  });
}

/** The training record as CSV rows: a header, then one row per learner. */
export function trainingRecordCsvRows(records: readonly TrainingRecord[]): CsvCell[][] {
  const out: CsvCell[][] = [
    [
      'Learner',
      'Path or assignment',
      'Set by',
      'Lessons completed',
      'Lessons assigned',
      'Lessons completed (date)',
      'Quizzes passed',
      'Quizzes assigned',
      'Quizzes passed (best assessed score, date first passed)',
      'Study time in minutes (reading time of lessons completed)',
      'Course edition',
      'Law checked',
      'Results saved',
    ],
  ];
  for (const r of records) {
    out.push([
      r.learner,
      r.assignment,
      r.trainer,
      r.lessons.length,
      r.lessonsAssigned,
      r.lessons.map((l) => `${l.module}: ${l.title} (${l.completed})`).join('; '),
      r.quizzes.length,
      r.quizzesAssigned,
      r.quizzes.map((q) => `${q.title}: ${q.best}% (${q.passed})`).join('; '),
      r.studyMinutes,
      r.edition,
      r.lawChecked,
      r.saved,
    ]);
  }
  return out;
}
