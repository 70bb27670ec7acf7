import { describe, expect, it } from 'vitest';
import { dashboard } from '../../../../src/lib/results/dashboard';
import {
  isFullAttempt,
  practiseUrl,
  quizStatus,
  recapByQuiz,
  recapDue,
  recentlyMissed,
} from '../../../../src/lib/results/progress';
import { attemptsFor } from '../../../../src/progress/model';
import { openLesson } from '../../../../src/progress/lessons';
import { at, attempt, banks, emptyProgress, lessons, outline } from './fixture';

const [one, two] = outline.modules;

describe('dashboard: what to do next', () => {
  it('a new learner is asked to start the course at the first lesson', () => {
    const d = dashboard(outline, emptyProgress());
    expect(d.next).toEqual({ kind: 'start', title: 'Lesson 1A', url: '/modules/one/a/' });
    expect(d.started).toBe(false);
    expect(d.minutesLeft).toBe(22);
    expect(d.lessonsDone).toBe(0);
    expect(d.lessonsTotal).toBe(4);
  });

  it('after the first lesson, continue goes to the second', () => {
    const d = dashboard(outline, lessons(emptyProgress(), ['one/a'], at(1)));
    expect(d.next).toMatchObject({ kind: 'lesson', url: '/modules/one/b/' });
    expect(d.minutesLeft).toBe(18);
    expect(d.modules[0]?.completed).toEqual(['one/a']);
  });

  it('a lesson opened but not finished is where the learner continues', () => {
    const d = dashboard(outline, openLesson(lessons(emptyProgress(), ['one/a'], at(1)), 'one/b', at(2)));
    expect(d.next).toMatchObject({ kind: 'lesson', url: '/modules/one/b/' });
  });

  it('after a module’s lessons comes its quiz, and a failed quiz stays next', () => {
    let p = lessons(emptyProgress(), ['one/a', 'one/b'], at(1));
    expect(dashboard(outline, p).next).toMatchObject({ kind: 'quiz', url: '/quizzes/one/' });
    p = attempt(p, 'one', { q1: false, q2: false }, at(2));
    expect(dashboard(outline, p).next).toMatchObject({ kind: 'quiz', url: '/quizzes/one/' });
    p = attempt(p, 'one', { q1: true, q2: false }, at(3));
    expect(dashboard(outline, p).next).toMatchObject({ kind: 'lesson', url: '/modules/two/a/' });
  });

  it('a learner who skipped ahead carries on from there, then comes back for what was left', () => {
    let p = lessons(emptyProgress(), ['two/a'], at(1));
    expect(dashboard(outline, p).next).toMatchObject({ url: '/modules/two/b/' });
    p = lessons(p, ['two/b'], at(2));
    p = attempt(p, 'two', { q3: true, q4: true }, at(3));
    p = attempt(p, 'final', { f1: true, f2: true }, at(4));
    expect(dashboard(outline, p).next).toMatchObject({ url: '/modules/one/a/' });
  });

  it('with every quiz passed, the next step is the certificate even if a lesson was not marked', () => {
    let p = lessons(emptyProgress(), ['one/a', 'one/b', 'two/a', 'two/b'], at(1));
    p = attempt(p, 'one', { q1: true, q2: true }, at(2));
    p = attempt(p, 'two', { q3: true, q4: true }, at(3));
    expect(dashboard(outline, p).next).toMatchObject({ kind: 'quiz', url: '/quizzes/final/' });
    p = attempt(p, 'final', { f1: true, f2: true }, at(4));
    const d = dashboard(outline, p);
    expect(d.next.kind).toBe('done');
    expect(d.minutesLeft).toBe(0);
    expect(d.final?.passed).toBe(true);
  });
});

describe('quizStatus', () => {
  it('keeps the best full attempt and when the quiz was first passed', () => {
    let p = attempt(emptyProgress(), 'one', { q1: false, q2: false }, at(1));
    p = attempt(p, 'one', { q1: true, q2: false }, at(2));
    p = attempt(p, 'one', { q1: true, q2: true }, at(3));
    p = attempt(p, 'one', { q1: true, q2: false }, at(4));
    const s = quizStatus(p, one!.quiz);
    expect(s.attempts).toHaveLength(4);
    expect(s.best?.percent).toBe(100);
    expect(s.best?.finished).toBe(at(3));
    expect(s.passed).toBe(true);
    expect(s.passedAt).toBe(at(2));
  });

  it('a retry of only the missed questions neither passes the quiz nor counts as the best score', () => {
    let p = attempt(emptyProgress(), 'one', { q1: false, q2: false }, at(1));
    p = attempt(p, 'one', { q1: true }, at(2), ['q1']);
    const s = quizStatus(p, one!.quiz);
    expect(s.passed).toBe(false);
    expect(s.best?.percent).toBe(0);
    const [full, retry] = attemptsFor(p, 'one');
    expect(isFullAttempt(full!, 2)).toBe(true);
    expect(isFullAttempt(retry!, 2)).toBe(false);
  });

  it('an untouched quiz has no best score and is not passed', () => {
    expect(quizStatus(emptyProgress(), two!.quiz)).toMatchObject({ attempts: [], passed: false, inProgress: false });
  });
});

describe('recap and missed questions', () => {
  it('a question missed days ago is due today; one missed today is not due until tomorrow', () => {
    let p = attempt(emptyProgress(), 'one', { q1: false, q2: true }, at(1));
    p = attempt(p, 'two', { q3: false, q4: true }, at(5, 9));
    const due = recapDue(p, banks, at(5, 12));
    expect(due.map((d) => d.question)).toEqual(['q1']);
    expect(recapDue(p, banks, at(6, 0)).map((d) => d.question)).toEqual(['q1', 'q3']);
    expect(recapByQuiz(outline, recapDue(p, banks, at(6)))).toEqual([
      { quiz: one!.quiz, ids: ['q1'] },
      { quiz: two!.quiz, ids: ['q3'] },
    ]);
  });

  it('lists questions whose latest answer was wrong, and drops one answered right later', () => {
    let p = attempt(emptyProgress(), 'one', { q1: false, q2: false }, at(1));
    expect(recentlyMissed(outline, p, banks)).toEqual([
      {
        quiz: one!.quiz,
        missed: [
          { quiz: 'one', question: 'q1', at: at(1) },
          { quiz: 'one', question: 'q2', at: at(1) },
        ],
      },
    ]);
    p = attempt(p, 'one', { q2: true }, at(2), ['q2']);
    expect(recentlyMissed(outline, p, banks)[0]?.missed.map((m) => m.question)).toEqual(['q1']);
  });

  it('practise links carry the question ids in the fragment', () => {
    expect(practiseUrl(one!.quiz, ['q1', 'q2'])).toBe('/quizzes/one/#retry=q1,q2');
    expect(practiseUrl(one!.quiz, ['q1'], 'recap')).toBe('/quizzes/one/#recap=q1');
  });
});
