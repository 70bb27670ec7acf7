import { cleanStores } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IslandQuestion, QuizIslandProps, QuizKey } from '../../../src/quiz/island';
import { QuizSession, viewOf } from '../../../src/stores/quiz-session.svelte';
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
let offs: Array<() => void> = [];
beforeEach(() => {
  useTestStorage();
  off = progress.listen(() => {});
});
afterEach(() => {
  off();
  for (const f of offs) f();
  offs = [];
  cleanStores(progress, storageStatus);
  useBrowserStorage();
});

/** A quiz session following the store, as the island runs it. */
function session(...args: ConstructorParameters<typeof QuizSession>): QuizSession {
  const s = new QuizSession(...args);
  offs.push(s.connect());
  return s;
}

describe('viewOf', () => {
  it('waits for progress, then offers to start', () => {
    expect(viewOf(undefined, quiz('practice'), false)).toEqual({ kind: 'loading' });
    expect(viewOf(emptyProgress(), quiz('practice'), false)).toEqual({ kind: 'start', changed: false });
  });
});

describe('QuizSession', () => {
  it('starts an attempt on the first question, and moves between questions through the store', () => {
    const s = session(quiz('assessment'));
    s.start();
    let view = s.view;
    expect(view.kind).toBe('question');
    if (view.kind !== 'question') return;
    expect(view.list.map((q) => q.id).sort()).toEqual(['q1', 'q2', 'q3']);
    expect(view.attempt.position).toBe(0);
    s.goTo(2);
    view = s.view;
    expect(view.kind === 'question' && view.attempt.position).toBe(2);
  });

  it('points out unanswered questions on the review step (assessment only)', () => {
    const s = session(quiz('assessment'));
    s.start();
    const first = s.view;
    if (first.kind !== 'question') throw new Error('no question');
    const q = first.list[0] as IslandQuestion;
    s.answer(q.id, q.type === 'single' ? 'a' : q.type === 'truefalse' ? true : '60');
    s.review();
    const view = s.view;
    expect(view.kind).toBe('review');
    if (view.kind === 'review') expect(view.missing).toEqual([1, 2]);
    // Moving to a question leaves the review step.
    s.goTo(1);
    expect(s.view.kind).toBe('question');
    // Practice mode has no review step.
    const practice = session(quiz('practice'));
    practice.review();
    expect(practice.view.kind).toBe('question');
  });

  it('scores on submit, shows the result, and retries only the missed questions', async () => {
    const s = session(quiz('practice'));
    s.start();
    s.answer('q1', 'a');
    s.answer('q2', false);
    s.answer('q3', '60 ');
    await s.submit();
    const view = s.view;
    expect(view.kind).toBe('results');
    if (view.kind !== 'results') return;
    expect(view.official?.attempt.percent).toBe(67);
    expect(view.official?.attempt.passed).toBe(true);
    expect(view.official?.missed).toEqual(['q2']);
    expect(view.latest).toBeUndefined();
    s.start(['q2']);
    const retry = s.view;
    expect(retry.kind === 'question' && retry.list.map((q) => q.id)).toEqual(['q2']);
  });

  it('will not resume an attempt on a quiz whose questions have changed', () => {
    session(quiz('practice')).start();
    const changed = { ...quiz('practice'), questions: questions.slice(0, 2) };
    expect(viewOf(progress.get(), changed, false)).toEqual({ kind: 'start', changed: true });
  });
});

describe('a session asked for by a link (#retry= / #recap=)', () => {
  it('offers the session, starts an attempt of only those questions, and ends when it is submitted', async () => {
    let ended = 0;
    const s = session(quiz('practice'), () => ended++);
    expect(s.ask({ kind: 'recap', ids: ['q3', 'gone', 'q1'] })).toBe('planned');
    const offer = s.view;
    expect(offer).toEqual({ kind: 'session', plan: { kind: 'recap', ids: ['q3', 'q1'], dropped: 1 } });
    s.start(s.plan?.ids);
    const first = s.view;
    expect(first.kind).toBe('question');
    if (first.kind !== 'question') return;
    expect(first.list.map((q) => q.id).sort()).toEqual(['q1', 'q3']);
    expect(first.mode).toBe('practice');
    // A reload in the middle (same request, attempt in progress) carries on.
    const again = session(quiz('practice'));
    again.ask({ kind: 'recap', ids: ['q1', 'q3'] });
    expect(again.view.kind).toBe('question');
    expect(ended).toBe(0);
    s.answer('q1', 'a');
    s.answer('q3', '60');
    await s.submit();
    const done = s.view;
    expect(done.kind).toBe('results');
    // Practice only: there is no whole-quiz result yet, so the practice run is all there is.
    expect(done.kind === 'results' && done.official).toBeUndefined();
    expect(done.kind === 'results' && done.latest?.attempt.questions.sort()).toEqual(['q1', 'q3']);
    expect(ended).toBe(1);
    expect(s.plan).toBeUndefined();
    // The other tab notices the session is over too.
    expect(again.view.kind).toBe('results');
    expect(again.plan).toBeUndefined();
  });

  it('says when none of the linked questions is in the quiz, and shows the quiz as usual', () => {
    const s = session(quiz('practice'));
    expect(s.ask({ kind: 'retry', ids: ['gone'] })).toBe('gone');
    expect(s.view).toEqual({ kind: 'start', changed: false });
    expect(s.ask(undefined)).toBe('none');
  });

  it('offers a choice when another attempt is in progress, and keeps it if the learner carries on', () => {
    let ended = 0;
    const s = session(quiz('practice'), () => ended++);
    s.start();
    s.answer('q2', true);
    s.ask({ kind: 'retry', ids: ['q2'] });
    const offer = s.view;
    expect(offer.kind).toBe('session');
    expect(offer.kind === 'session' && offer.inProgress?.questions.length).toBe(3);
    s.dismiss();
    expect(ended).toBe(1);
    const view = s.view;
    expect(view.kind === 'question' && view.attempt.questions.length).toBe(3);
    expect(view.kind === 'question' && view.attempt.answers).toEqual({ q2: true });
  });

  it('replaces the attempt in progress when the learner starts the session instead', () => {
    const s = session(quiz('practice'));
    s.start();
    s.ask({ kind: 'retry', ids: ['q2'] });
    s.start(s.plan?.ids);
    const view = s.view;
    expect(view.kind === 'question' && view.attempt.questions).toEqual(['q2']);
  });

  it('gives feedback in a session of the final assessment, and it neither passes the quiz nor needs a review step', () => {
    const s = session(quiz('assessment'));
    s.ask({ kind: 'recap', ids: ['q2'] });
    s.start(s.plan?.ids);
    const view = s.view;
    expect(view.kind === 'question' && view.mode).toBe('practice');
    s.review();
    expect(s.view.kind).toBe('question');
    // A whole attempt at the final still runs as an assessment.
    const whole = session(quiz('assessment'));
    whole.start();
    const full = whole.view;
    expect(full.kind === 'question' && full.mode).toBe('assessment');
  });
});

describe('what a reload keeps, and which result comes first', () => {
  it('keeps a choice not yet checked, puts it back after a reload, and forgets it once checked', () => {
    const s = session(quiz('practice'));
    s.start();
    const first = s.view;
    if (first.kind !== 'question') throw new Error('no question');
    const q = first.list[0] as IslandQuestion;
    const choice = q.type === 'single' ? 'b' : q.type === 'truefalse' ? false : '12';
    s.keep(q.id, choice);
    // Nothing is answered yet: a choice counts once checked.
    expect(s.view.kind === 'question' && s.view.attempt.answers).toEqual({});
    // A reload: a new session reads the stored document again.
    const again = session(quiz('practice'));
    const view = again.view;
    expect(view.kind === 'question' && view.attempt.draft).toEqual({ question: q.id, value: choice });
    again.answer(q.id, choice);
    const checked = again.view;
    expect(checked.kind === 'question' && checked.attempt.draft).toBeUndefined();
    expect(checked.kind === 'question' && checked.attempt.answers).toEqual({ [q.id]: choice });
  });

  it('shows the best whole attempt first after a practice run of the missed questions, with the practice below', async () => {
    const s = session(quiz('practice'));
    s.start();
    s.answer('q1', 'a');
    s.answer('q2', false);
    s.answer('q3', '1');
    await s.submit();
    s.start(['q2', 'q3']);
    s.answer('q2', true);
    s.answer('q3', '60');
    await s.submit();
    // A reload shows the same.
    const view = session(quiz('practice')).view;
    expect(view.kind).toBe('results');
    if (view.kind !== 'results') return;
    expect(view.official?.attempt.percent).toBe(33);
    expect(view.official?.attempt.passed).toBe(false);
    expect(view.official?.missed?.sort()).toEqual(['q2', 'q3']);
    expect(view.latest?.attempt.practice).toBe(true);
    expect(view.latest?.attempt.percent).toBe(100);
  });
});

describe('an assessment whose page holds its answers back', () => {
  const held = (): QuizIslandProps => ({
    ...quiz('assessment'),
    keyUrl: '/quizzes/sample/key.json',
    questions: questions.map(({ answer: _a, explanation: _e, ...rest }) => rest as unknown as IslandQuestion),
  });
  const key: QuizKey = {
    version: 'v1',
    questions: Object.fromEntries(questions.map((q) => [q.id, { answer: q.answer, explanation: q.explanation }])),
  };

  it('fetches the key only when the learner submits, then scores with it', async () => {
    const fetched: string[] = [];
    const s = session(held(), undefined, (url) => {
      fetched.push(url);
      return Promise.resolve(key);
    });
    s.start();
    s.answer('q1', 'a');
    s.answer('q2', true);
    s.answer('q3', '60');
    s.review();
    expect(s.view.kind).toBe('review');
    expect(fetched).toEqual([]);
    expect(await s.submit()).toBe(true);
    expect(fetched).toEqual(['/quizzes/sample/key.json']);
    const view = s.view;
    expect(view.kind === 'results' && view.official?.attempt.percent).toBe(100);
    expect(view.kind === 'results' && view.official?.missed).toEqual([]);
    expect(s.questions.every((q) => q.explanation === 'Because the lesson says so.')).toBe(true);
  });

  it('keeps the attempt and says so when the key cannot be fetched', async () => {
    const s = session(held(), undefined, () => Promise.reject(new Error('offline')));
    s.start();
    s.answer('q1', 'a');
    expect(await s.submit()).toBe(false);
    expect(s.keyFailed).toBe(true);
    expect(s.view.kind).toBe('question');
  });

  it('fetches the key after a reload that shows results, to say which questions were missed', async () => {
    const first = session(held(), undefined, () => Promise.resolve(key));
    first.start();
    first.answer('q1', 'b');
    await first.submit();
    let resolve: (k: QuizKey) => void = () => {};
    const pending = new Promise<QuizKey>((r) => (resolve = r));
    const again = session(held(), undefined, () => pending);
    const before = again.view;
    expect(before.kind === 'results' && before.official?.missed).toBeUndefined();
    resolve(key);
    await again.loadKey();
    const after = again.view;
    expect(after.kind === 'results' && after.official?.missed?.sort()).toEqual(['q1', 'q2', 'q3']);
  });
});
