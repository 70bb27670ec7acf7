/**
 * A quiz page's state, the store layer between the quiz core (src/quiz/) and the quiz
 * island (Quiz.svelte), as a Svelte 5 runes class: its fields are `$state`, and `view` is
 * `$derived` from them, so the island redraws whenever any of them changes with no counter
 * to bump. Everything is read from the learner store (a reload, a closed tab or another
 * tab's change shows the same thing), and every change is made with the quiz core's
 * functions and saved with `update`. Only "is the learner on the review step", the session
 * a link asked for and the answer key fetched for an assessment are local. `view` has no
 * side effects: what follows from a change of progress (a linked session that has ended,
 * a key to fetch) happens in `read`, the store's listener.
 */
import { createAttempt, finish, missedQuestions, questionOrder, unanswered } from '../quiz/attempt';
import { withKey, type IslandQuestion, type QuizIslandProps, type QuizKey } from '../quiz/island';
import { newSeed } from '../quiz/random';
import { attemptMode, planSession, sessionChoice, type SessionPlan, type SessionRequest } from '../quiz/session-link';
import type { Answer, Attempt } from '../quiz/types';
import { attemptsFor, currentAttempt, progress, update, type Progress } from './progress';
import { fetchQuizKey } from './quiz-key-fetch';
import { answerQuestion, finishAttempt, keepDraft, setPosition, startAttempt } from '../progress/attempts';

/** A finished attempt as the results screen shows it, with the questions it missed (when they can be worked out). */
export interface ShownResult {
  attempt: Attempt;
  /** Ids of the questions not fully right; undefined while an assessment's key is not yet loaded. */
  missed: string[] | undefined;
}

export type QuizView =
  | { kind: 'loading' }
  | { kind: 'start'; changed: boolean }
  | { kind: 'session'; plan: SessionPlan; inProgress?: Attempt }
  | { kind: 'question'; attempt: Attempt; list: IslandQuestion[]; mode: QuizIslandProps['mode'] }
  | { kind: 'review'; attempt: Attempt; list: IslandQuestion[]; missing: number[] }
  /**
   * `official`: the best whole-quiz attempt, the result that counts (pass or fail). `latest`:
   * the most recent attempt when it is another one (practice of some questions, or a whole
   * attempt that scored lower), shown below the official one.
   */
  | { kind: 'results'; official?: ShownResult; latest?: ShownResult };

/**
 * What the quiz shows for this progress document (`undefined`: not read yet). `plan` is a
 * session asked for by a link (`#retry=` / `#recap=`) that the learner has not yet started
 * or turned down: it is offered first, unless the attempt in progress is that session.
 * `keyed`: whether `quiz.questions` carry their answers (always, except an assessment
 * before its key is fetched).
 */
export function viewOf(
  p: Progress | undefined,
  quiz: QuizIslandProps,
  reviewing: boolean,
  plan?: SessionPlan,
  keyed = true,
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
  const all = attemptsFor(p, quiz.quizId);
  const last = all.length - 1;
  if (last < 0) return { kind: 'start', changed: false };
  const shown = (a: Attempt): ShownResult => ({
    attempt: a,
    missed: keyed ? missedQuestions(a, quiz.questions) : undefined,
  });
  // The best whole attempt (higher percent, then score, then the later one), as My results counts it.
  let best = -1;
  all.forEach((a, i) => {
    const b = all[best];
    if (a.practice) return;
    const percent = (a.percent ?? 0) - (b?.percent ?? 0);
    if (!b || percent > 0 || (percent === 0 && (a.score ?? 0) >= (b.score ?? 0))) best = i;
  });
  const view: QuizView = { kind: 'results' };
  const official = all[best];
  if (official) view.official = shown(official);
  if (best !== last) view.latest = shown(all[last] as Attempt);
  return view;
}

/** Whether a view needs the answer key: to score, to show feedback, or to say what was missed. */
function needsKey(view: QuizView): boolean {
  return view.kind === 'results' || view.kind === 'review' || (view.kind === 'question' && view.mode === 'practice');
}

export class QuizSession {
  readonly quiz: QuizIslandProps;
  /** Whether the learner is on the "check before you submit" step of an assessment. */
  reviewing = $state(false);
  /** The session a link asked for, while it is offered or under way. */
  plan = $state.raw<SessionPlan | undefined>();
  /** The progress document; undefined until read. */
  p = $state.raw<Progress | undefined>();
  /** The questions, with their answers and explanations once an assessment's key is loaded. */
  questions = $state.raw<IslandQuestion[]>([]);
  /** Whether `questions` carry their answers (an assessment's are fetched when first needed). */
  keyed = $state(true);
  /** Fetching the key failed (offline with nothing cached): the results cannot be worked out yet. */
  keyFailed = $state(false);
  /** What the quiz shows: a pure function of the fields above (see `viewOf`). */
  view = $derived.by(() =>
    viewOf(this.p, { ...this.quiz, questions: this.questions }, this.reviewing, this.plan, this.keyed),
  );
  /** Whether this session's attempt has been seen in progress (so its end can be noticed). */
  #begun = false;
  #key: Promise<boolean> | undefined;

  readonly #onend: () => void;
  readonly #fetchKey: (url: string) => Promise<QuizKey>;

  /**
   * `onend`: the linked session is over (finished, here or in another tab) or turned down.
   * `fetchKey`: how an assessment's key is fetched (`quiz.keyUrl`); tests pass their own.
   */
  constructor(
    quiz: QuizIslandProps,
    onend: () => void = () => {},
    fetchKey: (url: string) => Promise<QuizKey> = fetchQuizKey,
  ) {
    this.quiz = quiz;
    this.#onend = onend;
    this.#fetchKey = fetchKey;
    this.questions = quiz.questions;
    this.keyed = quiz.keyUrl === undefined;
  }

  /** Follows the learner store; returns the function that stops following it. */
  connect(): () => void {
    return progress.subscribe((value) => this.read(value));
  }

  /**
   * A new progress document: notices when the session a link asked for has ended, and
   * fetches the key when the view needs it. Called by the store's listener, never by `view`.
   */
  read(value: Progress): void {
    this.p = value;
    if (this.plan !== undefined) {
      const choice = sessionChoice(this.plan, currentAttempt(value, this.quiz.quizId));
      if (choice.kind === 'resume') this.#begun = true;
      else if (this.#begun) {
        // Its attempt is no longer in progress: submitted (or replaced). The session is over.
        this.plan = undefined;
        this.#begun = false;
        this.#onend();
      }
    }
    if (!this.keyed && needsKey(this.view)) void this.loadKey();
  }

  /**
   * Fetches an assessment's key (once; again after a failure) and adds it to the questions.
   * Resolves to whether the questions now carry their answers.
   */
  loadKey(): Promise<boolean> {
    const url = this.quiz.keyUrl;
    if (this.keyed || url === undefined) return Promise.resolve(true);
    this.#key ??= this.#fetchKey(url).then(
      (key) => {
        this.questions = withKey(this.quiz.questions, key);
        this.keyed = true;
        this.keyFailed = false;
        return true;
      },
      () => {
        this.#key = undefined;
        this.keyFailed = true;
        return false;
      },
    );
    return this.#key;
  }

  /**
   * Takes a link's request (or none). Returns what became of it: `gone` when none of its
   * questions is in the quiz any more, so the caller can say so.
   */
  ask(request: SessionRequest | undefined): 'none' | 'gone' | 'planned' {
    this.#begun = false;
    this.plan = undefined;
    if (request === undefined) return 'none';
    const plan = planSession(request, this.quiz.questions);
    if (plan.ids.length === 0) return 'gone';
    this.plan = plan;
    if (this.p !== undefined) this.read(this.p);
    return 'planned';
  }

  /** Turns the offered session down ("Carry on with your attempt", "See the whole quiz"). */
  dismiss(): void {
    if (this.plan === undefined) return;
    this.plan = undefined;
    this.#begun = false;
    this.#onend();
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

  /** Keeps a choice not yet checked (practice), so a reload puts it back. */
  keep(questionId: string, value: Answer): void {
    update((p) => keepDraft(p, this.quiz.quizId, questionId, value));
  }

  goTo(position: number): void {
    this.reviewing = false;
    update((p) => setPosition(p, this.quiz.quizId, position));
  }

  review(): void {
    this.reviewing = true;
  }

  /**
   * Scores the attempt in progress and moves it into the learner's results. An assessment's
   * key is fetched first; resolves to false (nothing submitted, answers kept) when it cannot be.
   */
  async submit(now = Date.now()): Promise<boolean> {
    if (!(await this.loadKey())) return false;
    const attempt = currentAttempt(progress.get(), this.quiz.quizId);
    if (attempt === undefined) return true;
    const done = finish(attempt, this.questions, this.quiz.passMark, now);
    this.reviewing = false;
    update((p) =>
      finishAttempt(p, this.quiz.quizId, {
        finished: done.finished ?? now,
        score: done.score ?? 0,
        percent: done.percent ?? 0,
        passed: done.passed ?? false,
      }),
    );
    return true;
  }
}
