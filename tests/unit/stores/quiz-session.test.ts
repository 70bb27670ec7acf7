import { cleanStores } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IslandQuestion, QuizIslandProps } from '../../../src/quiz/island';
import { QuizSession, viewOf } from '../../../src/stores/quiz-session';
import { emptyProgress, progress, storageStatus } from '../../../src/stores/progress';
import { useBrowserStorage, useTestStorage } from '../../../src/stores/testing';

const base = {
  explanation: 'Because the lesson says so.',
  lesson: 'm/l',
  kind: 'recall' as const,
  anchor: 'a',
  where: { href: '/modules/m/l/#a', title: 'A lesson' },
  how: 'How to answer.',
};
const options = [
  { id: 'a', text: 'A' },
  { id: 'b', text: 'B' },
];
const questions: IslandQuestion[] = [
  { ...base, id: 'q1', prompt: 'One?', type: 'single', options, answer: 'a' },
  { ...base, id: 'q2', prompt: 'Two?', type: 'truefalse', answer: true },
  { ...base, id: 'q3', prompt: 'Three?', type: 'numeric', answer: 60, tolerance: 0 },
];
const quiz = (mode: QuizIslandProps['mode']): QuizIslandProps => ({
  quizId: 'sample',
  version: 'v1',
  passMark: 60,
  mode,
  questions,
});

let off: () => void = () => {};
beforeEach(() => {
  useTestStorage();
  off = progress.listen(() => {});
});
afterEach(() => {
  off();
  cleanStores(progress, storageStatus);
  useBrowserStorage();
});

describe('viewOf', () => {
  it('waits for progress, then offers to start', () => {
    expect(viewOf(undefined, quiz('practice'), false)).toEqual({ kind: 'loading' });
    expect(viewOf(emptyProgress(), quiz('practice'), false)).toEqual({ kind: 'start', changed: false });
  });
});

describe('QuizSession', () => {
  it('starts an attempt on the first question, and moves between questions through the store', () => {
    const s = new QuizSession(quiz('assessment'));
    s.start();
    let view = s.view(progress.get());
    expect(view.kind).toBe('question');
    if (view.kind !== 'question') return;
    expect(view.list.map((q) => q.id).sort()).toEqual(['q1', 'q2', 'q3']);
    expect(view.attempt.position).toBe(0);
    s.goTo(2);
    view = s.view(progress.get());
    expect(view.kind === 'question' && view.attempt.position).toBe(2);
  });

  it('points out unanswered questions on the review step (assessment only)', () => {
    const s = new QuizSession(quiz('assessment'));
    s.start();
    const first = s.view(progress.get());
    if (first.kind !== 'question') throw new Error('no question');
    const q = first.list[0] as IslandQuestion;
    s.answer(q.id, q.type === 'single' ? 'a' : q.type === 'truefalse' ? true : '60');
    s.review();
    const view = s.view(progress.get());
    expect(view.kind).toBe('review');
    if (view.kind === 'review') expect(view.missing).toEqual([1, 2]);
    // Moving to a question leaves the review step.
    s.goTo(1);
    expect(s.view(progress.get()).kind).toBe('question');
    // Practice mode has no review step.
    const practice = new QuizSession(quiz('practice'));
    practice.review();
    expect(practice.view(progress.get()).kind).toBe('question');
  });

  it('scores on submit, shows the result, and retries only the missed questions', () => {
    const s = new QuizSession(quiz('practice'));
    s.start();
    s.answer('q1', 'a');
    s.answer('q2', false);
    s.answer('q3', '60 ');
    s.submit();
    const view = s.view(progress.get());
    expect(view.kind).toBe('results');
    if (view.kind !== 'results') return;
    expect(view.attempt.percent).toBe(67);
    expect(view.attempt.passed).toBe(true);
    s.start(['q2']);
    const retry = s.view(progress.get());
    expect(retry.kind === 'question' && retry.list.map((q) => q.id)).toEqual(['q2']);
  });

  it('will not resume an attempt on a quiz whose questions have changed', () => {
    new QuizSession(quiz('practice')).start();
    const changed = { ...quiz('practice'), questions: questions.slice(0, 2) };
    expect(viewOf(progress.get(), changed, false)).toEqual({ kind: 'start', changed: true });
  });
});

describe('a session asked for by a link (#retry= / #recap=)', () => {
  it('offers the session, starts an attempt of only those questions, and ends when it is submitted', () => {
    let ended = 0;
    const s = new QuizSession(quiz('practice'), () => ended++);
    expect(s.ask({ kind: 'recap', ids: ['q3', 'gone', 'q1'] })).toBe('planned');
    const offer = s.view(progress.get());
    expect(offer).toEqual({ kind: 'session', plan: { kind: 'recap', ids: ['q3', 'q1'], dropped: 1 } });
    s.start(s.plan?.ids);
    const first = s.view(progress.get());
    expect(first.kind).toBe('question');
    if (first.kind !== 'question') return;
    expect(first.list.map((q) => q.id).sort()).toEqual(['q1', 'q3']);
    expect(first.mode).toBe('practice');
    // A reload in the middle (same request, attempt in progress) carries on.
    const again = new QuizSession(quiz('practice'));
    again.ask({ kind: 'recap', ids: ['q1', 'q3'] });
    expect(again.view(progress.get()).kind).toBe('question');
    expect(ended).toBe(0);
    s.answer('q1', 'a');
    s.answer('q3', '60');
    s.submit();
    const done = s.view(progress.get());
    expect(done.kind).toBe('results');
    expect(done.kind === 'results' && done.attempt.questions.sort()).toEqual(['q1', 'q3']);
    expect(ended).toBe(1);
    expect(s.plan).toBeUndefined();
    // The other tab notices the session is over too.
    expect(again.view(progress.get()).kind).toBe('results');
    expect(again.plan).toBeUndefined();
  });

  it('says when none of the linked questions is in the quiz, and shows the quiz as usual', () => {
    const s = new QuizSession(quiz('practice'));
    expect(s.ask({ kind: 'retry', ids: ['gone'] })).toBe('gone');
    expect(s.view(progress.get())).toEqual({ kind: 'start', changed: false });
    expect(s.ask(undefined)).toBe('none');
  });

  it('offers a choice when another attempt is in progress, and keeps it if the learner carries on', () => {
    let ended = 0;
    const s = new QuizSession(quiz('practice'), () => ended++);
    s.start();
    s.answer('q2', true);
    s.ask({ kind: 'retry', ids: ['q2'] });
    const offer = s.view(progress.get());
    expect(offer.kind).toBe('session');
    expect(offer.kind === 'session' && offer.inProgress?.questions.length).toBe(3);
    s.dismiss();
    expect(ended).toBe(1);
    const view = s.view(progress.get());
    expect(view.kind === 'question' && view.attempt.questions.length).toBe(3);
    expect(view.kind === 'question' && view.attempt.answers).toEqual({ q2: true });
  });

  it('replaces the attempt in progress when the learner starts the session instead', () => {
    const s = new QuizSession(quiz('practice'));
    s.start();
    s.ask({ kind: 'retry', ids: ['q2'] });
    s.start(s.plan?.ids);
    const view = s.view(progress.get());
    expect(view.kind === 'question' && view.attempt.questions).toEqual(['q2']);
  });

  it('gives feedback in a session of the final assessment, and it neither passes the quiz nor needs a review step', () => {
    const s = new QuizSession(quiz('assessment'));
    s.ask({ kind: 'recap', ids: ['q2'] });
    s.start(s.plan?.ids);
    const view = s.view(progress.get());
    expect(view.kind === 'question' && view.mode).toBe('practice');
    s.review();
    expect(s.view(progress.get()).kind).toBe('question');
    // A whole attempt at the final still runs as an assessment.
    const whole = new QuizSession(quiz('assessment'));
    whole.start();
    const full = whole.view(progress.get());
    expect(full.kind === 'question' && full.mode).toBe('assessment');
  });
});
