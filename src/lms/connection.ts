/**
 * The one interface the launcher uses for every standard (SCORM 1.2, SCORM 2004, cmi5),
 * the API search every standard prescribes, and the pure rules for status values that
 * must never go backwards.
 */
import type { AnsweredQuestion, AssessedAttempt, Report } from './report';
import type { Standard } from './package-info';

/** What the LMS holds for this learner when the course opens. */
export interface LaunchState {
  /** The saved progress code ('' on a first launch). */
  suspend: string;
  /** Where the learner was ('' on a first launch). */
  location: string;
  /** The learner's name as the LMS gives it ('' when it gives none). */
  learnerName: string;
  /** Mastery score in percent when the LMS sets one. */
  mastery?: number | undefined;
  /**
   * `review`: the LMS opened a finished attempt (SCORM `review` or `browse` mode, or
   * `credit` = `no-credit`; cmi5 Browse or Review): what happens now is not recorded, and
   * the course writes nothing.
   */
  mode: 'normal' | 'review';
  /** The LMS started this attempt from the beginning (SCORM `entry` = `ab-initio`). */
  newAttempt: boolean;
  /**
   * The LMS holds progress for this attempt (a status, a progress measure) but no saved
   * progress the course could read with it: writing would overwrite a record unseen.
   */
  unseenRecord?: boolean | undefined;
}

export interface SaveRequest {
  /** New progress code; absent when it did not change or must not be written. */
  suspend?: string | undefined;
  location?: string | undefined;
  report: Report;
  /** Answers not yet reported (each once per launch): cmi5 sends each as a statement. */
  answers: AnsweredQuestion[];
  /** Each quiz's latest assessed attempt not yet reported: SCORM keeps one set of interactions per quiz. */
  assessed: AssessedAttempt[];
}

export interface FinishRequest extends SaveRequest {
  sessionMs: number;
  /** Write nothing (a record the course could not read, or a finished attempt): only end the session. */
  readOnly?: boolean | undefined;
}

export interface LmsConnection {
  readonly standard: Standard;
  readonly state: LaunchState;
  /** Longest `suspend` the LMS stores. */
  readonly suspendLimit: number;
  /** Writes and commits; rejects with an `LmsError` when the LMS refuses a value or fails. */
  save(req: SaveRequest): Promise<void>;
  /** The final save and the one Finish/Terminate of the launch. */
  finish(req: FinishRequest): Promise<void>;
}

/** `missing`: no LMS found; `refused`: the LMS refused or failed; `not-admitted`: the LRS is outside the CSP. */
export class LmsError extends Error {
  constructor(
    readonly kind: 'missing' | 'refused' | 'not-admitted',
    message: string,
  ) {
    super(message);
  }
}

/**
 * The API search of the SCORM run-time books (and ADL's sample code): walk up the parent
 * frames of this window, then of its opener; a frame from another origin ends that walk.
 */
export function findApi<T>(name: string, start: Window, maxDepth: number): T | undefined {
  const scan = (from: Window | null): T | undefined => {
    let win: Window | null = from;
    for (let depth = 0; win && depth <= maxDepth; depth++) {
      try {
        const api = (win as unknown as Record<string, unknown>)[name];
        if (api !== undefined && api !== null) return api as T;
      } catch {
        return undefined; // another origin: the standard's API cannot be there for us
      }
      if (win.parent === win) break;
      win = win.parent;
    }
    return undefined;
  };
  const found = scan(start);
  if (found) return found;
  let opener: Window | null;
  try {
    opener = start.top?.opener as Window | null;
  } catch {
    opener = null;
  }
  return opener ? scan(opener) : undefined;
}

/** Is the LRS endpoint's origin one the package's Content Security Policy admits? */
export function endpointAdmitted(endpoint: string, here: string, admitted: readonly string[]): string | undefined {
  let origin: string;
  try {
    origin = new URL(endpoint, here).origin;
  } catch {
    return endpoint;
  }
  return origin === new URL(here).origin || admitted.includes(origin) ? undefined : origin;
}

// --------------------------------------------------------------- status rules

const RANK_12: Record<string, number> = {
  '': 0,
  'not attempted': 0,
  browsed: 0,
  incomplete: 1,
  completed: 2,
  failed: 2,
  passed: 3,
};

/**
 * SCORM 1.2 `cmi.core.lesson_status`: passed/failed once the assessment is taken, else
 * completed/incomplete from the lessons. Never lower than what the LMS already holds
 * (a lost or older suspend_data must not undo a pass).
 */
export function lessonStatus12(report: Report, prior: string): string {
  const ours = report.score
    ? report.score.passed
      ? 'passed'
      : 'failed'
    : report.completed
      ? 'completed'
      : 'incomplete';
  const priorRank = RANK_12[prior] ?? 0;
  if ((RANK_12[ours] ?? 0) < priorRank) return prior;
  if (prior === 'failed' && ours === 'completed') return prior;
  return ours;
}

/** SCORM 2004 completion and success status, never lower than the LMS's. */
export function status2004(
  report: Report,
  prior: { completion: string; success: string },
): { completion: 'completed' | 'incomplete'; success: 'passed' | 'failed' | 'unknown' } {
  const completion = prior.completion === 'completed' || report.completed ? 'completed' : 'incomplete';
  let success: 'passed' | 'failed' | 'unknown';
  if (prior.success === 'passed') success = 'passed';
  else if (report.score) success = report.score.passed ? 'passed' : 'failed';
  else success = prior.success === 'failed' ? 'failed' : 'unknown';
  return { completion, success };
}
