import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { assignmentStatus, localDate, resolveItems } from '../../../../src/lib/assignments/progress';
import { describeUnavailable, todoRows, toStoredAssignment } from '../../../../src/lib/assignments/view';
import { assignmentSchema } from '../../../../src/schemas/progress';
import { emptyProgress } from '../../../../src/progress/model';
import { completeLesson } from '../../../../src/progress/lessons';
import { startAttempt } from '../../../../src/progress/attempts';
import { OUTLINE, SPEC } from './fixtures';

describe('resolveItems', () => {
  it('expands modules, keeps course order, removes repeats and adds up minutes', () => {
    const r = resolveItems(['lesson:rules/ai-act', 'module:basics', 'lesson:basics/one', 'quiz:final'], OUTLINE);
    expect(r.lessons.map((l) => l.id)).toEqual(['basics/one', 'basics/two', 'rules/ai-act']);
    expect(r.quizzes.map((q) => q.id)).toEqual(['basics', 'final']);
    expect(r.minutes).toBe(25);
    expect(r.unavailable).toEqual([]);
  });
  it('lists items the course no longer has as unavailable instead of failing', () => {
    const r = resolveItems(['module:gone', 'lesson:basics/removed', 'quiz:old', 'lesson:basics/one'], OUTLINE);
    expect(r.lessons.map((l) => l.id)).toEqual(['basics/one']);
    expect(r.unavailable).toEqual(['module:gone', 'lesson:basics/removed', 'quiz:old']);
    expect(describeUnavailable('lesson:basics/removed')).toBe('Lesson "basics/removed" is no longer in the course');
  });
});

describe('assignmentStatus', () => {
  const finished = (percent: number, at: number) => ({
    quiz: 'basics',
    version: 'v',
    seed: 1,
    questions: ['q1'],
    answers: { q1: 'a' },
    position: 0,
    started: at - 1000,
    finished: at,
    score: 1,
    percent,
    passed: true,
  });
  it('counts lessons done and quizzes passed at the assignment pass mark', () => {
    let p = completeLesson(emptyProgress(), 'basics/one', 1_000_000);
    p = startAttempt(p, finished(70, 2_000_000));
    const s = assignmentStatus(p, { items: ['module:basics'], passMark: 75 }, OUTLINE, '2026-01-01');
    expect([s.done, s.total, s.finished]).toEqual([1, 3, false]);
    expect(s.quizzes[0]).toMatchObject({ attempts: 1, best: 70, passed: false, passMark: 75 });
    // Without the assignment's pass mark the quiz's own (80) applies.
    expect(assignmentStatus(p, { items: ['quiz:basics'], passMark: 70 }, OUTLINE, '2026-01-01').finished).toBe(true);
  });
  it('is overdue only after the due date and only when not finished', () => {
    const p = emptyProgress();
    const a = { items: ['lesson:basics/one'], due: '2026-03-31' };
    expect(assignmentStatus(p, a, OUTLINE, '2026-03-31').overdue).toBe(false);
    expect(assignmentStatus(p, a, OUTLINE, '2026-04-01').overdue).toBe(true);
    const done = completeLesson(p, 'basics/one', 5_000);
    const s = assignmentStatus(done, a, OUTLINE, '2026-04-01');
    expect([s.overdue, s.finished, s.finishedAt]).toEqual([false, true, 5_000]);
  });
});

describe('toStoredAssignment', () => {
  it('passes the store schema even when the link carried markup', () => {
    const a = toStoredAssignment({ ...SPEC, title: '<script>x</script>', trainer: '<b>Jo</b>' }, 123);
    expect(v.safeParse(assignmentSchema, a).success).toBe(true);
    expect(a.title).toBe('‹script›x‹/script›');
  });
  it('localDate is YYYY-MM-DD', () => {
    expect(localDate(new Date(2026, 0, 5, 12))).toBe('2026-01-05');
  });
});

describe('todoRows', () => {
  const status = (title: string) =>
    ({
      resolved: { lessons: [], quizzes: [], unavailable: [], minutes: 0 },
      lessonsDone: new Set<string>(),
      quizzes: [{ quiz: { id: 'q', title, url: '/q/', questions: 9 }, passMark: 80, passed: false }],
    }) as unknown as Parameters<typeof todoRows>[0];
  it.each([
    ['Why digital health matters: module quiz', '9 questions, pass mark 80%'],
    ['Final assessment', '9 questions, pass mark 80%'],
    ['Basics', 'quiz, 9 questions, pass mark 80%'],
  ])('a quiz called "%s" reads "%s", never "quiz quiz"', (title, meta) => {
    expect(todoRows(status(title))[0]?.meta).toBe(meta);
  });
});
