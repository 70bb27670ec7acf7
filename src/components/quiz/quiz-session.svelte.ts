/**
 * A quiz page's state: everything is read from the learner store (so a reload, a closed
 * tab or another tab's change shows the same thing), and every change is a pure change
 * from the store applied with `update`. Only "is the learner on the review step" is local.
 */
import { createAttempt, finish, questionOrder, unanswered } from '../../quiz/attempt';
import { newSeed } from '../../quiz/random';
import type { Answer, Attempt } from '../../quiz/types';
import {
  answerQuestion,
  attemptsFor,
  currentAttempt,
  finishAttempt,
  progress,
  setPosition,
  startAttempt,
  update,
  type Progress,
} from '../../stores/progress';
import type { IslandQuestion, QuizIslandProps } from './types';

export type QuizView =
  | { kind: 'loading' }
  | { kind: 'start'; changed: boolean }
  | { kind: 'question'; attempt: Attempt; list: IslandQuestion[] }
  | { kind: 'review'; attempt: Attempt; list: IslandQuestion[]; missing: number[] }
  | { kind: 'results'; attempt: Attempt };

export class QuizSession {
  readonly #props: () => QuizIslandProps;
  /** The learner's progress, once read from storage (undefined before the island connects). */
  progress = $state.raw<Progress | undefined>(undefined);
  /** Whether the learner is on the "check before you submit" step of an assessment. */
  reviewing = $state(false);

  constructor(props: () => QuizIslandProps) {
    this.#props = props;
  }

  get quiz(): QuizIslandProps {
    return this.#props();
  }

  /** Follows the store (this tab's and other tabs' changes); returns the unsubscribe. */
  connect(): () => void {
    return progress.subscribe((p) => {
      this.progress = p;
    });
  }

  readonly current: Attempt | undefined = $derived(
    this.progress === undefined ? undefined : currentAttempt(this.progress, this.quiz.quizId),
  );

  readonly latest: Attempt | undefined = $derived(
    this.progress === undefined ? undefined : attemptsFor(this.progress, this.quiz.quizId).at(-1),
  );

  readonly view: QuizView = $derived.by((): QuizView => {
    if (this.progress === undefined) return { kind: 'loading' };
    const attempt = this.current;
    if (attempt !== undefined) {
      // questionOrder returns the bank's own objects, so they keep their lesson links.
      const list = questionOrder(attempt, this.quiz.questions) as IslandQuestion[];
      // An attempt started on a quiz that has since changed cannot be resumed faithfully.
      if (list.length === 0 || list.length !== attempt.questions.length) return { kind: 'start', changed: true };
      if (this.reviewing && this.quiz.mode === 'assessment') {
        const missing = unanswered(attempt, this.quiz.questions).map((id) => attempt.questions.indexOf(id));
        return { kind: 'review', attempt, list, missing };
      }
      return { kind: 'question', attempt, list };
    }
    if (this.latest !== undefined) return { kind: 'results', attempt: this.latest };
    return { kind: 'start', changed: false };
  });

  /** Starts a new attempt (only some questions for "Retry the ones I missed"), in a new order. */
  start(only?: readonly string[]): void {
    const { quizId, version, questions } = this.quiz;
    const attempt = createAttempt({ id: quizId, version, questions }, { seed: newSeed(), now: Date.now(), only });
    this.reviewing = false;
    update((p) => startAttempt(p, attempt));
  }

  answer(questionId: string, value: Answer): void {
    update((p) => answerQuestion(p, this.quiz.quizId, questionId, value));
  }

  goTo(position: number): void {
    this.reviewing = false;
    update((p) => setPosition(p, this.quiz.quizId, position));
  }

  review(): void {
    this.reviewing = true;
  }

  /** Scores the attempt in progress and moves it into the learner's results. */
  submit(): void {
    const attempt = this.current;
    if (attempt === undefined) return;
    const done = finish(attempt, this.quiz.questions, this.quiz.passMark, Date.now());
    this.reviewing = false;
    update((p) =>
      finishAttempt(p, this.quiz.quizId, {
        finished: done.finished ?? Date.now(),
        score: done.score ?? 0,
        percent: done.percent ?? 0,
        passed: done.passed ?? false,
      }),
    );
  }
}
