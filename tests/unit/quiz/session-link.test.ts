import { describe, expect, it } from 'vitest';
import {
  attemptMode,
  parseSessionHash,
  planSession,
  sameQuestions,
  sessionChoice,
  sessionTitle,
} from '../../../src/quiz/session-link';
import { isFullAttempt } from '../../../src/quiz/attempt';
import { practiseUrl } from '../../../src/lib/results/list';
import type { Attempt } from '../../../src/quiz/types';

const bank = [{ id: 'q1' }, { id: 'q2' }, { id: 'q 3/ü' }, { id: 'q4' }];
const attempt = (questions: string[]): Attempt => ({
  quiz: 'sample',
  version: 'v1',
  seed: 1,
  questions,
  answers: {},
  position: 0,
  started: 1000,
});

describe('parseSessionHash', () => {
  it.each([
    ['#retry=q1,q2', { kind: 'retry', ids: ['q1', 'q2'] }],
    ['#recap=q1', { kind: 'recap', ids: ['q1'] }],
    ['recap=q1', { kind: 'recap', ids: ['q1'] }],
    ['#retry=q1,,q1, q2 ,', { kind: 'retry', ids: ['q1', 'q2'] }],
    ['#retry=q%203%2F%C3%BC', { kind: 'retry', ids: ['q 3/ü'] }],
    // A malformed escape is kept as written (and later dropped as unknown), never a crash.
    ['#retry=%E0%A4%A,q1', { kind: 'retry', ids: ['%E0%A4%A', 'q1'] }],
  ])('reads %s', (hash, expected) => {
    expect(parseSessionHash(hash)).toEqual(expected);
  });

  it.each(['', '#', '#retry=', '#recap=,,', '#practise=q1', '#summary', '#retryq1', '#RETRY=q1'])(
    'finds no session in %j',
    (hash) => {
      expect(parseSessionHash(hash)).toBeUndefined();
    },
  );

  it('reads back exactly what the results pages link to', () => {
    const quiz = { id: 'sample', url: '/quizzes/sample/', title: 'Sample', passMark: 80, questions: 4 };
    for (const kind of ['retry', 'recap'] as const) {
      const url = practiseUrl(quiz, ['q 3/ü', 'q1'], kind);
      expect(parseSessionHash(new URL(url, 'http://x').hash)).toEqual({ kind, ids: ['q 3/ü', 'q1'] });
    }
  });
});

describe('planSession', () => {
  it('keeps the ids in the quiz and counts the ones that are not', () => {
    expect(planSession({ kind: 'recap', ids: ['q2', 'gone', 'q1'] }, bank)).toEqual({
      kind: 'recap',
      ids: ['q2', 'q1'],
      dropped: 1,
    });
    expect(planSession({ kind: 'retry', ids: ['gone'] }, bank)).toEqual({ kind: 'retry', ids: [], dropped: 1 });
  });
});

describe('sessionChoice', () => {
  const plan = { kind: 'retry' as const, ids: ['q1', 'q2'], dropped: 0 };

  it('does nothing without a link', () => {
    expect(sessionChoice(undefined, undefined)).toEqual({ kind: 'none' });
    expect(sessionChoice(undefined, attempt(['q1']))).toEqual({ kind: 'none' });
  });

  it('says when none of the questions is left', () => {
    expect(sessionChoice({ kind: 'recap', ids: [], dropped: 2 }, attempt(['q1']))).toEqual({ kind: 'gone' });
  });

  it('offers the session when nothing is in progress', () => {
    expect(sessionChoice(plan, undefined)).toEqual({ kind: 'offer', plan });
  });

  it('offers it beside another attempt in progress, so the learner chooses', () => {
    const other = attempt(['q1', 'q2', 'q3', 'q4']);
    expect(sessionChoice(plan, other)).toEqual({ kind: 'offer', plan, inProgress: other });
  });

  it('resumes when the attempt in progress is this session (a reload in the middle)', () => {
    expect(sessionChoice(plan, attempt(['q2', 'q1']))).toEqual({ kind: 'resume', plan });
  });
});

describe('helpers', () => {
  it('compares question sets in any order', () => {
    expect(sameQuestions(['a', 'b'], ['b', 'a'])).toBe(true);
    expect(sameQuestions(['a', 'b'], ['a'])).toBe(false);
    expect(sameQuestions(['a', 'b'], ['a', 'c'])).toBe(false);
  });

  it('names the session', () => {
    expect(sessionTitle({ kind: 'retry', ids: ['a', 'b', 'c'] })).toBe('Practise 3 questions you missed');
    expect(sessionTitle({ kind: 'retry', ids: ['a'] })).toBe('Practise 1 question you missed');
    expect(sessionTitle({ kind: 'recap', ids: ['a', 'b'] })).toBe('Review 2 questions due today');
  });

  it('runs a partial attempt as practice, even on the final assessment (one rule: isFullAttempt)', () => {
    expect(isFullAttempt(attempt(['q1']), 4)).toBe(false);
    expect(isFullAttempt(attempt(['q1', 'q2', 'q3', 'q4']), 4)).toBe(true);
    // A compacted attempt (no question list) is taken as a whole one.
    expect(isFullAttempt(attempt([]), 4)).toBe(true);
    // An attempt marked practice when it was created stays practice, whatever it holds now,
    // on the quiz page and the results pages alike (isPartialAttempt once disagreed here).
    const marked = { ...attempt(['q1', 'q2', 'q3', 'q4']), practice: true };
    expect(isFullAttempt(marked, 4)).toBe(false);
    expect(attemptMode('assessment', marked, 4)).toBe('practice');
    expect(attemptMode('assessment', attempt(['q1']), 4)).toBe('practice');
    expect(attemptMode('assessment', attempt(['q1', 'q2', 'q3', 'q4']), 4)).toBe('assessment');
    expect(attemptMode('practice', attempt(['q1', 'q2', 'q3', 'q4']), 4)).toBe('practice');
  });
});
