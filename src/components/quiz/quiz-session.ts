/**
 * A quiz page's state: everything is read from the learner store (so a reload, a closed
 * tab or another tab's change shows the same thing), and every change is a pure change
 * from the store applied with `update`. Only "is the learner on the review step" is local.
 * No DOM here: `viewOf` is a pure function of the progress document.
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

/** What the quiz shows for this progress document (`undefined`: not read yet). */
export function viewOf(p: Progress | undefined, quiz: QuizIslandProps, reviewing: boolean): QuizView {
  if (p === undefined) return { kind: 'loading' };
  const attempt = currentAttempt(p, quiz.quizId);
  if (attempt !== undefined) {
    // questionOrder returns the bank's own objects, so they keep their lesson links.
    const list = questionOrder(attempt, quiz.questions) as IslandQuestion[];
    // An attempt started on a quiz that has since changed cannot be resumed faithfully.
    if (list.length === 0 || list.length !== attempt.questions.length) return { kind: 'start', changed: true };
    if (reviewing && quiz.mode === 'assessment') {
      const missing = unanswered(attempt, quiz.questions).map((id) => attempt.questions.indexOf(id));
      return { kind: 'review', attempt, list, missing };
    }
    return { kind: 'question', attempt, list };
  }
  const latest = attemptsFor(p, quiz.quizId).at(-1);
  if (latest !== undefined) return { kind: 'results', attempt: latest };
  return { kind: 'start', changed: false };
}

export class QuizSession {
  /** Whether the learner is on the "check before you submit" step of an assessment. */
  reviewing = false;

  constructor(readonly quiz: QuizIslandProps) {}

  view(p: Progress | undefined): QuizView {
    return viewOf(p, this.quiz, this.reviewing);
  }

  /** Starts a new attempt (only some questions for "Retry the ones I missed"), in a new order. */
  start(only?: readonly string[], now = Date.now()): void {
    const { quizId, version, questions } = this.quiz;
    const attempt = createAttempt({ id: quizId, version, questions }, { seed: newSeed(), now, only });
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
  submit(now = Date.now()): void {
    const attempt = currentAttempt(progress.get(), this.quiz.quizId);
    if (attempt === undefined) return;
    const done = finish(attempt, this.quiz.questions, this.quiz.passMark, now);
    this.reviewing = false;
    update((p) =>
      finishAttempt(p, this.quiz.quizId, {
        finished: done.finished ?? now,
        score: done.score ?? 0,
        percent: done.percent ?? 0,
        passed: done.passed ?? false,
      }),
    );
  }
}
