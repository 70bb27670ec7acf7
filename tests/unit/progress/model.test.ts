import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { Attempt } from '../../../src/quiz/types';
import { progressSchema } from '../../../src/schemas/progress';
import {
  attemptsFor,
  bestAttempt,
  compactProgress,
  currentAttempt,
  decodeAttempt,
  emptyProgress,
  hasDetail,
  hasWorkToKeep,
  type Progress,
} from '../../../src/progress/model';
import { completeLesson, completedAt, openLesson, uncompleteLesson } from '../../../src/progress/lessons';
import { lessonState, saveKnowledgeCheck } from '../../../src/progress/checks';
import { acceptAssignment, setName, setPreference } from '../../../src/progress/learner';
import {
  abandonAttempt,
  answerQuestion,
  encodeAttempt,
  finishAttempt,
  setPosition,
  startAttempt,
} from '../../../src/progress/attempts';
import { mergeProgress } from '../../../src/progress/merge';
import { exportCode } from '../../../src/stores/progress-transfer';
import { fullAttempt, fullCourse } from '../../fixtures/progress/course-sample';

const T = Date.UTC(2026, 10, 28, 9, 0, 0);
const L = 'health-data/genomic-data-infrastructure';
const valid = (p: Progress) => expect(v.safeParse(progressSchema, p).success).toBe(true);

function open(quiz = 'health-data', seed = 1, started = T): Attempt {
  return { quiz, version: 'v1', seed, questions: ['q-a', 'q-b', 'q-c'], answers: {}, position: 0, started };
}

describe('lessons', () => {
  it('records the first opening only', () => {
    const p = openLesson(emptyProgress(), L, T);
    expect(openLesson(p, L, T + 5000)).toBe(p);
    expect(lessonState(p, L)).toEqual({ status: 'opened', opened: T, checks: {} });
  });

  it('completes (marking it opened too), keeps the first completion, and can undo', () => {
    const p = completeLesson(emptyProgress(), L, T);
    expect(lessonState(p, L)).toMatchObject({ status: 'completed', opened: T, completed: T });
    expect(completeLesson(p, L, T + 9000)).toBe(p);
    expect(completedAt(p, L)).toBe(T);
    const u = uncompleteLesson(p, L);
    expect(lessonState(u, L).status).toBe('opened');
    expect(completedAt(u, L)).toBeUndefined();
    valid(u);
  });

  it('keeps knowledge-check answers under their full reference', () => {
    let p = saveKnowledgeCheck(emptyProgress(), L, 'health-data:ehds-scope', 'patients', T);
    p = saveKnowledgeCheck(p, L, 'cybersecurity:ransomware-meaning', true, T);
    expect(lessonState(p, L).checks).toEqual({
      'health-data:ehds-scope': 'patients',
      'cybersecurity:ransomware-meaning': true,
    });
    // The module's own quiz is not repeated in storage.
    expect(p.l[L]?.k).toEqual({ 'ehds-scope': 'patients', 'cybersecurity:ransomware-meaning': true });
    valid(p);
  });

  it('reports a lesson never opened', () => {
    expect(lessonState(emptyProgress(), L)).toEqual({ status: 'not-started', checks: {} });
  });
});

describe('attempts', () => {
  it('start, answer, move, finish', () => {
    let p = startAttempt(emptyProgress(), open());
    p = answerQuestion(p, 'health-data', 'q-b', ['x', 'y'], 1);
    p = answerQuestion(p, 'health-data', 'q-a', 'x');
    p = setPosition(p, 'health-data', 2);
    expect(currentAttempt(p, 'health-data')).toMatchObject({ answers: { 'q-a': 'x', 'q-b': ['x', 'y'] }, position: 2 });
    p = finishAttempt(p, 'health-data', { finished: T + 60_000, score: 1.5, percent: 50, passed: false });
    expect(currentAttempt(p, 'health-data')).toBeUndefined();
    expect(attemptsFor(p, 'health-data')).toEqual([
      {
        ...open(),
        answers: { 'q-a': 'x', 'q-b': ['x', 'y'] },
        position: 2,
        finished: T + 60_000,
        score: 1.5,
        percent: 50,
        passed: false,
      },
    ]);
    valid(p);
  });

  it('ignores answers to questions not in the attempt, and positions outside it are clamped', () => {
    const p = startAttempt(emptyProgress(), open());
    expect(answerQuestion(p, 'health-data', 'nope', 'x')).toBe(p);
    expect(currentAttempt(setPosition(p, 'health-data', 99), 'health-data')?.position).toBe(2);
    expect(answerQuestion(emptyProgress(), 'health-data', 'q-a', 'x')).toEqual(emptyProgress());
  });

  it('keeps at most one attempt in progress per quiz', () => {
    let p = startAttempt(emptyProgress(), open('health-data', 1));
    p = startAttempt(p, open('health-data', 2, T + 1000));
    expect(currentAttempt(p, 'health-data')?.seed).toBe(2);
    p = abandonAttempt(p, 'health-data');
    expect(p.q).toEqual({});
  });

  it('best attempt: highest percent, then score, then latest', () => {
    let p = emptyProgress();
    const mk = (seed: number, percent: number, score: number, finished: number) =>
      ({ ...open('health-data', seed), finished, percent, score, passed: percent >= 80 }) as Attempt;
    p = startAttempt(p, mk(1, 80, 8, T + 1000));
    p = startAttempt(p, mk(2, 90, 9, T + 2000));
    p = startAttempt(p, mk(3, 90, 9, T + 3000));
    p = startAttempt(p, mk(4, 40, 4, T + 4000));
    expect(bestAttempt(p, 'health-data')?.seed).toBe(3);
    expect(bestAttempt(p, 'other')).toBeUndefined();
  });

  it('a practice attempt (retry or recap) never becomes the best, even at 100%, and stays marked when compacted', () => {
    let p = emptyProgress();
    const mk = (seed: number, percent: number, finished: number, practice = false) =>
      ({
        ...open('health-data', seed),
        finished,
        percent,
        score: percent / 10,
        passed: percent >= 80,
        ...(practice ? { practice } : {}),
      }) as Attempt;
    p = startAttempt(p, mk(1, 60, T + 1000));
    p = startAttempt(p, mk(2, 100, T + 2000, true));
    expect(bestAttempt(p, 'health-data')?.seed).toBe(1);
    expect(attemptsFor(p, 'health-data').map((a) => a.practice ?? false)).toEqual([false, true]);
    const c = compactProgress(p, 0);
    valid(c);
    expect(attemptsFor(c, 'health-data').map((a) => [a.seed, a.practice ?? false, a.questions.length])).toEqual([
      [1, false, 0],
      [2, true, 0],
    ]);
    expect(bestAttempt(c, 'health-data')?.seed).toBe(1);
  });

  it.each([
    ['kebab ids in order', ['b-q', 'a-q', 'c-q'], true],
    ['integer-like ids (JavaScript reorders them)', ['20', '3', 'x'], false],
    ['an unanswered question', ['a', 'b', 'c'], false],
  ])('encodes and decodes exactly: %s (question list left out: %s)', (_n, questions, omitted) => {
    const answers: Attempt['answers'] = {};
    questions.forEach((q, i) => {
      if (!(omitted === false && q === 'b')) answers[q] = i % 2 ? true : `opt-${i}`;
    });
    const a: Attempt = { quiz: 'x', version: 'h', seed: 7, questions, answers, position: 1, started: T };
    const rec = JSON.parse(JSON.stringify(encodeAttempt(a))) as ReturnType<typeof encodeAttempt>;
    expect('q' in rec).toBe(!omitted);
    expect(decodeAttempt('x', rec)).toEqual(a);
  });
});

describe('assignments, name, preferences', () => {
  const assignment = {
    id: 'cohort-a',
    title: 'Ward 4 basics',
    trainer: 'Sam',
    items: ['module:health-data', 'quiz:final'],
    accepted: T,
  };

  it('accepts an assignment once, replacing by id', () => {
    let p = acceptAssignment(emptyProgress(), assignment);
    p = acceptAssignment(p, { ...assignment, title: 'Ward 4, updated' });
    expect(p.as).toEqual([{ ...assignment, title: 'Ward 4, updated' }]);
    valid(p);
  });

  it('strips angle brackets from the certificate name, trims it, clears it when empty', () => {
    const p = setName(emptyProgress(), '  Dr <b>Ada</b>  Lovelace ');
    expect(p.n).toBe('Dr bAda/b Lovelace');
    valid(p);
    expect(setName(p, '   ').n).toBeUndefined();
  });

  it('sets and removes preferences', () => {
    const p = setPreference(emptyProgress(), 'text-size', 'large');
    expect(p.pr).toEqual({ 'text-size': 'large' });
    expect(setPreference(p, 'text-size', undefined).pr).toEqual({});
  });
});

describe('mergeProgress', () => {
  it('keeps the earliest opening and completion per lesson, every attempt, the best result', () => {
    let a = completeLesson(openLesson(emptyProgress(), L, T), L, T + 5000_000);
    let b = completeLesson(openLesson(emptyProgress(), L, T - 1000_000), L, T + 1000_000);
    b = completeLesson(b, 'ai-act/risk-classes', T);
    const best = { ...fullAttempt('final', 20, T, 9), percent: 95 };
    const weak = { ...fullAttempt('final', 20, T + 10_000_000, 3), percent: 40, passed: false };
    a = startAttempt(a, weak);
    b = startAttempt(b, best);
    b = startAttempt(b, weak); // the same attempt on both sides is kept once
    const m = mergeProgress(a, b);
    expect(lessonState(m, L)).toMatchObject({ opened: T - 1000_000, completed: T + 1000_000 });
    expect(lessonState(m, 'ai-act/risk-classes').status).toBe('completed');
    expect(attemptsFor(m, 'final').map((x) => x.seed)).toEqual([9, 3]);
    expect(bestAttempt(m, 'final')?.percent).toBe(95);
    valid(m);
  });

  it('prefers this browser’s name and keeps the newer attempt in progress', () => {
    let a = setName(startAttempt(emptyProgress(), open('q', 1, T)), 'Here');
    let b = setName(startAttempt(emptyProgress(), open('q', 2, T + 1000)), 'There');
    const m = mergeProgress(a, b);
    expect(m.n).toBe('Here');
    expect(currentAttempt(m, 'q')?.seed).toBe(2);
    a = emptyProgress();
    b = setName(emptyProgress(), 'There');
    expect(mergeProgress(a, b).n).toBe('There');
  });

  it('is idempotent', () => {
    const p = fullCourse();
    expect(mergeProgress(p, p)).toEqual(p);
  });
});

describe('compactProgress', () => {
  it('keeps the best and the latest attempt per quiz, answers only for the most recent', () => {
    let p = startAttempt(emptyProgress(), open('quiz-a', 100, T));
    for (let i = 0; i < 12; i++) {
      for (const quiz of ['quiz-a', 'quiz-b']) {
        const a = fullAttempt(quiz, 8, T + i * 1000_000 + (quiz === 'quiz-b' ? 1000 : 0), i);
        a.percent = i === 2 ? 100 : 10 + i;
        p = startAttempt(p, a);
      }
    }
    const c = compactProgress(p, 3);
    valid(c);
    expect(attemptsFor(c, 'quiz-a').map((a) => a.seed)).toEqual([2, 11]);
    expect(attemptsFor(c, 'quiz-b').map((a) => a.seed)).toEqual([2, 11]);
    expect(currentAttempt(c, 'quiz-a')?.seed).toBe(100);
    const detailed = [...attemptsFor(c, 'quiz-a'), ...attemptsFor(c, 'quiz-b')].filter(hasDetail);
    expect(detailed.map((a) => `${a.quiz}:${a.seed}`).sort()).toEqual(['quiz-a:11', 'quiz-b:11', 'quiz-b:2'].sort());
    const summary = attemptsFor(c, 'quiz-a')[0];
    expect(summary).toMatchObject({ seed: 2, percent: 100, questions: [], answers: {} });
  });
});

describe('size budget (SCORM 1.2 suspend_data: 4,096 characters)', () => {
  it('the whole course, one attempt per quiz, fits as a progress code', async () => {
    const p = fullCourse();
    valid(p);
    expect(Object.keys(p.l)).toHaveLength(27);
    expect(Object.keys(p.q)).toHaveLength(10);
    expect((await exportCode(p)).length).toBeLessThanOrEqual(4096);
  });
});

describe('hasWorkToKeep', () => {
  const t = Date.UTC(2026, 2, 1);
  const opened = openLesson(emptyProgress(), 'basics/one', t);
  it.each<[string, Progress, boolean]>([
    ['nothing', emptyProgress(), false],
    ['a lesson only opened', opened, false],
    ['a preference only', setPreference(emptyProgress(), 'theme', 'dark'), false],
    ['a lesson completed', completeLesson(opened, 'basics/one', t + 1000), true],
    ['a knowledge check answered', saveKnowledgeCheck(opened, 'basics/one', 'basics:q1', 'a', t), true],
    ['a name', setName(emptyProgress(), 'Ana'), true],
    [
      'an assignment',
      acceptAssignment(emptyProgress(), { id: 'abc', title: 'T', trainer: 'S', items: ['module:basics'], accepted: t }),
      true,
    ],
  ])('%s: %s', (_what, p, expected) => {
    expect(hasWorkToKeep(p)).toBe(expected);
  });
});
