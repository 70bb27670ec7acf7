/**
 * Links that start a short session of some of a quiz's questions. The results pages build
 * them (`practiseUrl` in src/lib/results/list.ts):
 *
 * - `/quizzes/<quiz>/#retry=<id>,<id>`: "Practise these now", questions missed recently;
 * - `/quizzes/<quiz>/#recap=<id>,<id>`: "Review them now", questions due for spaced recap.
 *
 * Ids are URI-encoded and comma-separated. The session is saved as an ordinary attempt
 * holding only those questions, so the recap scheduler (`fromAttempts`) counts it as a
 * review, and the results pages treat it as practice (it covers part of the quiz, so it
 * neither passes the quiz nor counts as its best score). Pure functions, no DOM.
 */
import { isFullAttempt } from './attempt';
import type { Attempt } from './types';

export type SessionKind = 'retry' | 'recap';

/** What a link asks for: the kind of session and the question ids, as written in the link. */
export interface SessionRequest {
  kind: SessionKind;
  ids: string[];
}

/** A request checked against the quiz: the ids it still has, and how many it no longer has. */
export interface SessionPlan {
  kind: SessionKind;
  /** Question ids in the quiz, in the link's order, without repeats. */
  ids: string[];
  /** Ids in the link that are not (or no longer) in the quiz. */
  dropped: number;
}

/**
 * Reads `#retry=…` or `#recap=…` (with or without the `#`). Anything else, including an
 * empty list, is no request. Ids that cannot be decoded are kept as written, so they are
 * later dropped as unknown rather than breaking the page; repeats and blanks are left out.
 */
export function parseSessionHash(hash: string): SessionRequest | undefined {
  const match = /^#?(retry|recap)=(.*)$/s.exec(hash);
  if (!match) return undefined;
  const kind = match[1] as SessionKind;
  const ids: string[] = [];
  for (const raw of (match[2] ?? '').split(',')) {
    let id = raw;
    try {
      id = decodeURIComponent(raw);
    } catch {
      // Malformed escape: kept as is, and dropped as unknown.
    }
    id = id.trim();
    if (id && !ids.includes(id)) ids.push(id);
  }
  return ids.length > 0 ? { kind, ids } : undefined;
}

/** The request against the quiz's questions: unknown ids are dropped and counted. */
export function planSession(request: SessionRequest, questions: readonly { id: string }[]): SessionPlan {
  const known = new Set(questions.map((q) => q.id));
  const ids = request.ids.filter((id) => known.has(id));
  return { kind: request.kind, ids, dropped: request.ids.length - ids.length };
}

/** Whether two lists hold the same question ids, in any order. */
export function sameQuestions(a: readonly string[], b: readonly string[]): boolean {
  const x = new Set(a);
  const y = new Set(b);
  return x.size === y.size && [...x].every((id) => y.has(id));
}

/**
 * What to do with a session link, given the attempt in progress (if any):
 * - `none`: nothing asked;
 * - `gone`: none of the questions is in the quiz any more (say so, show the quiz as usual);
 * - `resume`: the attempt in progress is this session (a reload in the middle of it);
 * - `offer`: offer to start it; `inProgress` is another attempt the learner may carry on with instead.
 */
export type SessionChoice =
  | { kind: 'none' }
  | { kind: 'gone' }
  | { kind: 'resume'; plan: SessionPlan }
  | { kind: 'offer'; plan: SessionPlan; inProgress?: Attempt };

export function sessionChoice(plan: SessionPlan | undefined, inProgress: Attempt | undefined): SessionChoice {
  if (plan === undefined) return { kind: 'none' };
  if (plan.ids.length === 0) return { kind: 'gone' };
  if (inProgress !== undefined && sameQuestions(inProgress.questions, plan.ids)) return { kind: 'resume', plan };
  return inProgress === undefined ? { kind: 'offer', plan } : { kind: 'offer', plan, inProgress };
}

/** "Practise 3 questions you missed" / "Review 1 question due today". */
export function sessionTitle(plan: Pick<SessionPlan, 'kind' | 'ids'>): string {
  const n = plan.ids.length;
  const questions = n === 1 ? '1 question' : `${n} questions`;
  return plan.kind === 'recap' ? `Review ${questions} due today` : `Practise ${questions} you missed`;
}

/**
 * How an attempt runs. A partial attempt is practice, even on the final assessment: it
 * cannot pass the quiz, and the point of practising missed or due questions is to see at
 * once whether the answer is right and why, so holding feedback back to the end would only
 * get in the way. Whole attempts follow the quiz's own mode.
 */
export function attemptMode(
  quizMode: 'practice' | 'assessment',
  attempt: Pick<Attempt, 'questions' | 'practice'>,
  questionCount: number,
): 'practice' | 'assessment' {
  return isFullAttempt(attempt, questionCount) ? quizMode : 'practice';
}
