/**
 * A quiz page's state, the store layer between the quiz core (src/quiz/) and the quiz
 * island (Quiz.svelte): everything is read from the learner store (so a reload, a closed
 * tab or another tab's change shows the same thing), and every change is made with the
 * quiz core's functions and saved with `update`. Only "is the learner on the review step"
 * and the session a link asked for are local. No DOM here: `viewOf` is a pure function of
 * the progress document.
 */
import { createAttempt, finish, questionOrder, unanswered } from '../quiz/attempt';
import type { IslandQuestion, QuizIslandProps } from '../quiz/island';
import { newSeed } from '../quiz/random';
import { attemptMode, planSession, sessionChoice, type SessionPlan, type SessionRequest } from '../quiz/session-link';
import type { Answer, Attempt } from '../quiz/types';
import { attemptsFor, currentAttempt, progress, update, type Progress } from './progress';
import { answerQuestion, finishAttempt, setPosition, startAttempt } from '../progress/attempts';

export type QuizView =
  | { kind: 'loading' }
  | { kind: 'start'; changed: boolean }
  | { kind: 'session'; plan: SessionPlan; inProgress?: Attempt }
  | { kind: 'question'; attempt: Attempt; list: IslandQuestion[]; mode: QuizIslandProps['mode'] }
  | { kind: 'review'; attempt: Attempt; list: IslandQuestion[]; missing: number[] }
  | { kind: 'results'; attempt: Attempt };

/**
 * What the quiz shows for this progress document (`undefined`: not read yet). `plan` is a
 * session asked for by a link (`#retry=` / `#recap=`) that the learner has not yet started
 * or turned down: it is offered first, unless the attempt in progress is that session.
 */
export function viewOf(
  p: Progress | undefined,
  quiz: QuizIslandProps,
  reviewing: boolean,
  plan?: SessionPlan,
): QuizView {
  if (p === undefined) return { kind: 'loading' };
  const stored = currentAttempt(p, quiz.quizId);
  // questionOrder returns the bank's own objects, so they keep their lesson links.
  const list = stored && (questionOrder(stored, quiz.questions) as IslandQuestion[]);
  // An attempt started on a quiz that has since changed cannot be resumed faithfully.
  const changed = stored !== undefined && (!list?.length || list.length !== stored.questions.length);
  const attempt = changed ? undefined : stored;
  const choice = sessionChoice(plan, attempt);
  if (choice.kind === 'offer')
    return choice.inProgress ? { ...choice, kind: 'session' } : { kind: 'session', plan: choice.plan };
  if (changed) return { kind: 'start', changed: true };
  if (attempt !== undefined && list) {
    const mode = attemptMode(quiz.mode, attempt, quiz.questions.length);
    if (reviewing && mode === 'assessment') {
      const missing = unanswered(attempt, quiz.questions).map((id) => attempt.questions.indexOf(id));
      return { kind: 'review', attempt, list, missing };
    }
    return { kind: 'question', attempt, list, mode };
  }
  const latest = attemptsFor(p, quiz.quizId).at(-1);
  if (latest !== undefined) return { kind: 'results', attempt: latest };
  return { kind: 'start', changed: false };
}

export class QuizSession {
  /** Whether the learner is on the "check before you submit" step of an assessment. */
  reviewing = false;
  /** The session a link asked for, while it is offered or under way. */
  plan: SessionPlan | undefined;
  /** Whether this session's attempt has been seen in progress (so its end can be noticed). */
  private begun = false;

  /** `onend`: the linked session is over (finished, here or in another tab) or turned down. */
  constructor(
    readonly quiz: QuizIslandProps,
    private readonly onend: () => void = () => {},
  ) {}

  /**
   * Takes a link's request (or none). Returns what became of it: `gone` when none of its
   * questions is in the quiz any more, so the caller can say so.
   */
  ask(request: SessionRequest | undefined): 'none' | 'gone' | 'planned' {
    this.begun = false;
    this.plan = undefined;
    if (request === undefined) return 'none';
    const plan = planSession(request, this.quiz.questions);
    if (plan.ids.length === 0) return 'gone';
    this.plan = plan;
    return 'planned';
  }

  /** Turns the offered session down ("Carry on with your attempt", "See the whole quiz"). */
  dismiss(): void {
    if (this.plan === undefined) return;
    this.plan = undefined;
    this.begun = false;
    this.onend();
  }

  view(p: Progress | undefined): QuizView {
    if (p !== undefined && this.plan !== undefined) {
      const choice = sessionChoice(this.plan, currentAttempt(p, this.quiz.quizId));
      if (choice.kind === 'resume') this.begun = true;
      else if (this.begun) {
        // Its attempt is no longer in progress: submitted (or replaced). The session is over.
        this.plan = undefined;
        this.begun = false;
        this.onend();
      }
    }
    return viewOf(p, this.quiz, this.reviewing, this.plan);
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
