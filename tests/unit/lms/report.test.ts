import { describe, expect, it } from 'vitest';
import { lessonStatus12, status2004 } from '../../../src/lms/connection';
import {
  attemptKey,
  buildReport,
  finishedAttemptKeys,
  masteryPercent,
  newAnswers,
  newAssessedAttempts,
  type Report,
} from '../../../src/lms/report';
import type { FinishedAttemptRecord, Progress } from '../../../src/schemas/progress';
import { emptyProgress } from '../../../src/progress/model';
import { coursePackage, lessonIds, packageQuizzes, rightAnswer, wrongAnswer } from './fixtures';

const pkg = coursePackage();
const final = packageQuizzes.find((q) => q.id === 'final')!;

function withLessons(p: Progress, ids: string[]): Progress {
  const l = { ...p.l };
  for (const id of ids) l[id] = { o: 1_790_000_000, c: 1_790_000_100 };
  return { ...p, l };
}

function attempt(percent: number, t: number, opts: { practice?: boolean; wrong?: number } = {}): FinishedAttemptRecord {
  const a: Record<string, ReturnType<typeof rightAnswer>> = {};
  final.questions.forEach((q, i) => (a[q.id] = i < (opts.wrong ?? 0) ? wrongAnswer(q) : rightAnswer(q)));
  const rec: FinishedAttemptRecord = { v: 'x', s: 1, t, a, f: t + 600, r: [0, percent, percent >= 80 ? 1 : 0] };
  if (opts.practice) rec.x = 1;
  return rec;
}

const withFinal = (p: Progress, ...h: FinishedAttemptRecord[]): Progress => ({ ...p, q: { ...p.q, final: { h } } });

describe('what a package reports', () => {
  it('a first launch: incomplete, no progress, no score', () => {
    expect(buildReport(emptyProgress(), pkg, 80)).toEqual({
      lessonsDone: 0,
      lessonsTotal: lessonIds.length,
      completed: false,
      progress: 0,
    });
  });

  it('completed when every lesson of the package is done, with the progress measure on the way', () => {
    const half = withLessons(emptyProgress(), lessonIds.slice(0, 4));
    expect(buildReport(half, pkg, 80).progress).toBeCloseTo(4 / lessonIds.length);
    expect(buildReport(half, pkg, 80).completed).toBe(false);
    expect(buildReport(withLessons(half, lessonIds), pkg, 80).completed).toBe(true);
  });

  it('passed or failed from the best full attempt of the assessment against the mastery score', () => {
    const p = withFinal(emptyProgress(), attempt(60, 1_790_000_000), attempt(85, 1_790_100_000));
    expect(buildReport(p, pkg, 80).score).toEqual({ percent: 85, passed: true });
    expect(buildReport(p, pkg, 90).score).toEqual({ percent: 85, passed: false });
    const practiceOnly = withFinal(emptyProgress(), attempt(100, 1_790_000_000, { practice: true }));
    expect(buildReport(practiceOnly, pkg, 80).score).toBeUndefined();
  });

  it('takes the mastery score from the LMS when it sets one, else the pass mark', () => {
    expect(masteryPercent(pkg, undefined)).toBe(final.passMark);
    expect(masteryPercent(pkg, 65)).toBe(65);
    expect(masteryPercent(pkg, Number.NaN)).toBe(final.passMark);
  });
});

describe('answers reported as interactions', () => {
  it('reports each finished attempt once, every answered question with its result', () => {
    const first = withFinal(emptyProgress(), attempt(50, 1_790_000_000, { wrong: 3 }));
    const reported = finishedAttemptKeys(emptyProgress(), pkg);
    const answers = newAnswers(first, pkg, reported);
    expect(answers).toHaveLength(final.questions.length);
    expect(answers.filter((a) => !a.correct)).toHaveLength(3);
    for (const a of answers) reported.add(a.attemptKey);
    const second = withFinal(first, ...first.q['final']!.h, attempt(100, 1_790_100_000));
    const more = newAnswers(second, pkg, reported);
    expect(more).toHaveLength(final.questions.length);
    expect(more.every((a) => a.correct)).toBe(true);
  });

  it('skips attempts that were there at launch and attempts whose answers were compacted away', () => {
    const p = withFinal(emptyProgress(), attempt(50, 1_790_000_000));
    expect(newAnswers(p, pkg, finishedAttemptKeys(p, pkg))).toEqual([]);
    const { a: _a, ...summary } = attempt(50, 1_790_000_000);
    expect(newAnswers(withFinal(emptyProgress(), summary), pkg, new Set())).toEqual([]);
  });
});

const report = (r: Partial<Report>): Report => ({
  lessonsDone: 0,
  lessonsTotal: 10,
  completed: false,
  progress: 0,
  ...r,
});

describe('what SCORM keeps of each quiz: its latest assessed attempt', () => {
  it('reports the latest full attempt of each quiz, never a practice one, with every question of the bank', () => {
    const p = withFinal(
      emptyProgress(),
      attempt(50, 1_790_000_000, { wrong: 12 }),
      attempt(90, 1_790_001_000, { wrong: 2 }),
      attempt(100, 1_790_002_000, { practice: true }),
    );
    const out = newAssessedAttempts(p, pkg, new Set());
    expect(out).toHaveLength(1);
    expect(out[0]!.quiz.id).toBe('final');
    expect(out[0]!.percent).toBe(90);
    expect(out[0]!.passed).toBe(true);
    expect(out[0]!.questions.map((q) => q.question.id)).toEqual(final.questions.map((q) => q.id));
    expect(out[0]!.questions.filter((q) => !q.correct)).toHaveLength(2);
  });

  it('reports nothing already reported, and marks unanswered questions', () => {
    const a = attempt(90, 1_790_001_000);
    delete a.a![final.questions[0]!.id];
    const p = withFinal(emptyProgress(), a);
    expect(newAssessedAttempts(p, pkg, new Set([attemptKey('final', a.t, a.f)]))).toEqual([]);
    const [only] = newAssessedAttempts(p, pkg, new Set());
    expect(only!.questions[0]).toMatchObject({ answer: undefined, correct: false });
  });
});

describe('status values never go backwards', () => {
  it.each([
    ['not attempted', {}, 'incomplete'],
    ['incomplete', { completed: true }, 'completed'],
    ['completed', { score: { percent: 90, passed: true } }, 'passed'],
    ['incomplete', { score: { percent: 50, passed: false } }, 'failed'],
    ['passed', {}, 'passed'],
    ['passed', { score: { percent: 50, passed: false } }, 'passed'],
    ['completed', {}, 'completed'],
    ['failed', { completed: true }, 'failed'],
    ['failed', { score: { percent: 90, passed: true } }, 'passed'],
  ] as const)('SCORM 1.2: LMS has %j, course reports %j → %s', (prior, r, status) => {
    expect(lessonStatus12(report(r), prior)).toBe(status);
  });

  it('SCORM 2004: completion and success status', () => {
    expect(status2004(report({}), { completion: 'unknown', success: 'unknown' })).toEqual({
      completion: 'incomplete',
      success: 'unknown',
    });
    expect(status2004(report({}), { completion: 'completed', success: 'passed' })).toEqual({
      completion: 'completed',
      success: 'passed',
    });
    expect(
      status2004(report({ completed: true, score: { percent: 40, passed: false } }), {
        completion: 'incomplete',
        success: 'unknown',
      }),
    ).toEqual({ completion: 'completed', success: 'failed' });
  });
});
