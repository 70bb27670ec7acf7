import { describe, expect, it } from 'vitest';
import { certificateInfo } from '../../../../src/lib/certificate/certificate';
import { cpdEvidence, cpdFileName, NOT_ACCREDITED } from '../../../../src/lib/certificate/cpd';
import { setName } from '../../../../src/progress/learner';
import { outlineQuizzes, scopeOutline } from '../../../../src/lib/results/outline';
import { at, attempt, emptyProgress, lessons, outline } from '../results/fixture';

function passedAll() {
  let p = lessons(emptyProgress(), ['one/a', 'one/b', 'two/a', 'two/b'], at(1));
  p = attempt(p, 'one', { q1: true, q2: false }, at(2));
  p = attempt(p, 'two', { q3: true, q4: true }, at(3));
  p = attempt(p, 'final', { f1: false, f2: false }, at(4));
  p = attempt(p, 'final', { f1: true, f2: true }, at(5));
  return setName(p, 'Dr Ana Müller');
}

describe('certificateInfo', () => {
  it('carries the training record: quizzes passed with their best assessed score and the lessons’ dates', () => {
    const c = certificateInfo(outline, passedAll());
    expect(c.passed.map((q) => [q.quiz.id, q.best, q.passedAt])).toEqual([
      ['one', 50, at(2)],
      ['two', 100, at(3)],
      ['final', 100, at(5)],
    ]);
    expect([c.firstLesson, c.lastLesson]).toEqual([at(1), at(1)]);
    expect(certificateInfo(outline, emptyProgress()).firstLesson).toBeUndefined();
  });

  it('a new learner has every quiz left to pass', () => {
    const c = certificateInfo(outline, emptyProgress());
    expect(c.eligible).toBe(false);
    expect(c.remaining.map((r) => r.quiz.id)).toEqual(['one', 'two', 'final']);
    expect(c.completedAt).toBeUndefined();
  });

  it('lists what is left with the best score so far', () => {
    let p = attempt(emptyProgress(), 'one', { q1: true, q2: true }, at(1));
    p = attempt(p, 'two', { q3: false, q4: false }, at(2));
    const c = certificateInfo(outline, p);
    expect(c.remaining).toEqual([{ quiz: outline.modules[1]!.quiz, best: 0 }, { quiz: outline.final }]);
  });

  it('passing every quiz is not enough: every lesson must be completed, and the missing ones are named', () => {
    let p = lessons(emptyProgress(), ['one/a', 'two/b'], at(1));
    p = attempt(p, 'one', { q1: true, q2: true }, at(2));
    p = attempt(p, 'two', { q3: true, q4: true }, at(3));
    p = attempt(p, 'final', { f1: true, f2: true }, at(4));
    const c = certificateInfo(outline, p);
    expect(c.remaining).toEqual([]);
    expect(c.eligible).toBe(false);
    expect(c.completedAt).toBeUndefined();
    expect(c.missingLessons.map((m) => [m.module, m.lesson.id])).toEqual([
      ['Module one', 'one/b'],
      ['Module two', 'two/a'],
    ]);
    expect([c.lessonsDone, c.lessonsTotal, c.quizzesPassed, c.quizzesTotal]).toEqual([2, 4, 3, 3]);
    // Only the lessons completed count towards the reading time.
    expect(c.minutes).toBe(4 + 7);
  });

  it('passing everything unlocks it with the completion date, study time, final score and objectives', () => {
    const c = certificateInfo(outline, passedAll());
    expect(c.eligible).toBe(true);
    expect(c.missingLessons).toEqual([]);
    expect(c.completedAt).toBe(at(5));
    expect(c.minutes).toBe(22);
    // Four finished attempts of one minute each.
    expect(c.quizMinutes).toBe(4);
    expect(c.finalScore).toBe(100);
    expect(c.name).toBe('Dr Ana Müller');
    expect(c.objectives).toEqual([
      { module: 'Module one', id: 'one', items: ['Explain the first thing well'] },
      { module: 'Module two', id: 'two', items: ['Explain the second thing well'] },
    ]);
  });

  it('a retry of missed questions does not pass a quiz for the certificate', () => {
    let p = attempt(emptyProgress(), 'one', { q1: false, q2: false }, at(2));
    p = attempt(p, 'one', { q1: true }, at(3), ['q1']);
    expect(certificateInfo(outline, p).remaining.map((r) => r.quiz.id)).toContain('one');
  });
});

describe('in a one-module LMS package', () => {
  const scope = { lessons: ['one/a', 'one/b'], quizzes: ['one'] };
  const scoped = scopeOutline(outline, scope);

  it('keeps only that module’s lessons and quiz, with its own reading time', () => {
    expect(scoped.modules.map((m) => m.id)).toEqual(['one']);
    expect(scoped.minutes).toBe(10);
    expect(scoped.final).toBeUndefined();
    expect(outlineQuizzes(scoped).map((q) => q.id)).toEqual(['one']);
    // The whole-course package covers everything.
    const all = { lessons: ['one/a', 'one/b', 'two/a', 'two/b'], quizzes: ['one', 'two', 'final'] };
    expect(scopeOutline(outline, all)).toEqual(outline);
  });

  it('counts the module’s lessons and quiz, not the whole course’s, and is earned by them alone', () => {
    const p = lessons(emptyProgress(), ['one/a'], at(1));
    const info = certificateInfo(scoped, p);
    expect([info.lessonsDone, info.lessonsTotal, info.quizzesPassed, info.quizzesTotal]).toEqual([1, 2, 0, 1]);
    expect(info.eligible).toBe(false);
    const done = attempt(lessons(p, ['one/b'], at(2)), 'one', { q1: true, q2: true }, at(3));
    expect(certificateInfo(scoped, done).eligible).toBe(true);
    expect(certificateInfo(outline, done).eligible).toBe(false);
    expect(cpdEvidence(scoped, done, { now: at(4) })).toContain('Lessons completed: 2 of 2');
  });
});

describe('cpdEvidence', () => {
  it('records lessons with dates, minutes and objectives, quiz results, the reflection and that it is not accredited', () => {
    const text = cpdEvidence(outline, passedAll(), { now: at(6), reflection: 'I will check CE marks.' });
    expect(text).toContain('Learner: Dr Ana Müller');
    expect(text).toContain(NOT_ACCREDITED);
    expect(text).toContain('Lessons completed: 4 of 4');
    expect(text).toContain('22 minutes');
    expect(text).toMatch(/- \d{4}-\d{2}-\d{2} {2}Module one: Lesson 1A \(4 min\)/);
    expect(text).toContain('    * Name the parts of A');
    expect(text).toMatch(/- Final assessment: best 100%, passed on \d{4}-\d{2}-\d{2}, 2 attempt\(s\)/);
    expect(text).toContain('I will check CE marks.');
  });

  it('names the course edition and the day its law was checked', () => {
    const edition = { edition: '2026-12', lawChecked: '2026-12-06' };
    const text = cpdEvidence(outline, passedAll(), { now: at(6), edition });
    expect(text).toContain('\nCourse edition: 2026-12, law checked 2026-12-06\n');
  });

  it('works with no progress at all', () => {
    const text = cpdEvidence(outline, emptyProgress(), { now: at(6) });
    expect(text).toContain('Lessons completed: 0 of 4');
    expect(text).toContain('- Quiz one: not taken');
    expect(text).toContain('(none written)');
  });

  it('names the file by local date', () => {
    expect(cpdFileName(new Date(2026, 10, 3))).toBe('digital-health-skills-cpd-evidence-2026-11-03.txt');
  });
});
