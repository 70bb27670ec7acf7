/**
 * SCORM 1.2 (`window.API`) and SCORM 2004 4th edition (`window.API_1484_11`) behind the
 * launcher's `LmsConnection`. One Initialize when connecting, one Finish/Terminate in
 * `finish`; values are written only when they change.
 */
import {
  LmsError,
  findApi,
  lessonStatus12,
  status2004,
  type FinishRequest,
  type LaunchState,
  type LmsConnection,
  type SaveRequest,
} from './connection';
import {
  fromScormId,
  real7,
  scorm12Interaction,
  scorm12Timespan,
  scorm2004Duration,
  scorm2004Interaction,
  scormId,
} from './formats';
import type { PackageInfo, Standard } from './package-info';
import type { AssessedAttempt } from './report';

export interface Scorm12Api {
  LMSInitialize(s: ''): string;
  LMSFinish(s: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(s: ''): string;
  LMSGetLastError(): string | number;
  LMSGetErrorString(code: string | number): string;
}

export interface Scorm2004Api {
  Initialize(s: ''): string;
  Terminate(s: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(s: ''): string;
  GetLastError(): string | number;
  GetErrorString(code: string | number): string;
}

/** The calls both editions share, under one set of names. */
interface Calls {
  init(): boolean;
  finish(): boolean;
  get(el: string): string;
  set(el: string, v: string): boolean;
  commit(): boolean;
  error(): string;
  errorText(code: string): string;
}

function calls12(api: Scorm12Api): Calls {
  return {
    init: () => String(api.LMSInitialize('')) === 'true',
    finish: () => String(api.LMSFinish('')) === 'true',
    get: (el) => String(api.LMSGetValue(el) ?? ''),
    set: (el, v) => String(api.LMSSetValue(el, v)) === 'true',
    commit: () => String(api.LMSCommit('')) === 'true',
    error: () => String(api.LMSGetLastError() ?? '0'),
    errorText: (c) => String(api.LMSGetErrorString(c) ?? ''),
  };
}

function calls2004(api: Scorm2004Api): Calls {
  return {
    init: () => String(api.Initialize('')) === 'true',
    finish: () => String(api.Terminate('')) === 'true',
    get: (el) => String(api.GetValue(el) ?? ''),
    set: (el, v) => String(api.SetValue(el, v)) === 'true',
    commit: () => String(api.Commit('')) === 'true',
    error: () => String(api.GetLastError() ?? '0'),
    errorText: (c) => String(api.GetErrorString(c) ?? ''),
  };
}

/** Element names that differ between the editions. */
interface Names {
  suspendLimit: number;
  location: string;
  locationLimit: number;
  learnerName: string;
  exit: string;
  sessionTime: string;
  score: string;
  mode: string;
  credit: string;
  entry: string;
}

const NAMES_12: Names = {
  suspendLimit: 4096,
  location: 'cmi.core.lesson_location',
  locationLimit: 255,
  learnerName: 'cmi.core.student_name',
  exit: 'cmi.core.exit',
  sessionTime: 'cmi.core.session_time',
  score: 'cmi.core.score',
  mode: 'cmi.core.lesson_mode',
  credit: 'cmi.core.credit',
  entry: 'cmi.core.entry',
};

const NAMES_2004: Names = {
  suspendLimit: 64000,
  location: 'cmi.location',
  locationLimit: 1000,
  learnerName: 'cmi.learner_name',
  exit: 'cmi.exit',
  sessionTime: 'cmi.session_time',
  score: 'cmi.score',
  mode: 'cmi.mode',
  credit: 'cmi.credit',
  entry: 'cmi.entry',
};

/**
 * Where each quiz's interactions live. Every quiz with a reported attempt owns one block of
 * interactions, one per question of its bank in the bank's order, and one objective (its
 * latest score and pass or fail). The objectives, which unlike SCORM 1.2 interactions can
 * be read back, list the blocks in order, so a later attempt overwrites its quiz's block
 * instead of adding more: the record stays the same size however often the learner retries.
 */
export interface Layout {
  /** Quiz ids in block order, with the index of their objective. */
  blocks: Array<{ quiz: string; objective: number }>;
  objectiveCount: number;
  interactionCount: number;
}

/** The first interaction index of `quiz`'s block (new blocks go after the known ones). */
export function blockStart(layout: Layout, quiz: string, sizes: ReadonlyMap<string, number>): number {
  let start = 0;
  for (const b of layout.blocks) {
    if (b.quiz === quiz) return start;
    start += sizes.get(b.quiz) ?? 0;
  }
  return start;
}

class ScormConnection implements LmsConnection {
  readonly state: LaunchState;
  readonly suspendLimit: number;
  private readonly written = new Map<string, string>();
  private readonly layout: Layout;
  private readonly sizes: Map<string, number>;
  private prior: {
    status12: string;
    completion: string;
    success: string;
    scoreRaw: number | undefined;
    progress: number;
  };
  private finished = false;

  constructor(
    readonly standard: Standard,
    private readonly api: Calls,
    private readonly n: Names,
    quizzes: PackageInfo['quizzes'],
  ) {
    this.suspendLimit = n.suspendLimit;
    this.sizes = new Map(quizzes.map((q) => [q.id, q.questions.length]));
    const get = (el: string) => {
      const v = api.get(el);
      return api.error() === '0' ? v : '';
    };
    let mastery: number | undefined;
    if (standard === 'scorm12') {
      const m = get('cmi.student_data.mastery_score');
      if (m !== '' && Number.isFinite(Number(m))) mastery = Number(m);
    } else {
      const m = get('cmi.scaled_passing_score');
      if (m !== '' && Number.isFinite(Number(m))) mastery = Math.max(0, Number(m)) * 100;
    }
    const raw = get(`${n.score}.raw`);
    const progress = standard === 'scorm2004' ? Number(get('cmi.progress_measure')) : 0;
    this.prior = {
      status12: standard === 'scorm12' ? get('cmi.core.lesson_status') : '',
      completion: standard === 'scorm2004' ? get('cmi.completion_status') : '',
      success: standard === 'scorm2004' ? get('cmi.success_status') : '',
      scoreRaw: raw !== '' && Number.isFinite(Number(raw)) ? Number(raw) : undefined,
      progress: Number.isFinite(progress) ? progress : 0,
    };
    const objectiveCount = Number(get('cmi.objectives._count')) || 0;
    const known = new Set(quizzes.map((q) => q.id));
    const blocks: Layout['blocks'] = [];
    for (let i = 0; i < objectiveCount; i++) {
      const quiz = fromScormId(get(`cmi.objectives.${i}.id`));
      if (known.has(quiz) && !blocks.some((b) => b.quiz === quiz)) blocks.push({ quiz, objective: i });
    }
    this.layout = { blocks, objectiveCount, interactionCount: Number(get('cmi.interactions._count')) || 0 };
    const mode = get(n.mode);
    const review = mode === 'review' || mode === 'browse' || get(n.credit) === 'no-credit';
    const suspend = get('cmi.suspend_data');
    const p = this.prior;
    const recorded =
      p.progress > 0 ||
      p.scoreRaw !== undefined ||
      ['completed', 'passed', 'failed'].includes(p.status12) ||
      p.completion === 'completed' ||
      p.success === 'passed' ||
      p.success === 'failed';
    this.state = {
      suspend,
      location: get(n.location),
      learnerName: get(n.learnerName),
      mastery,
      mode: review ? 'review' : 'normal',
      newAttempt: get(n.entry) === 'ab-initio',
      unseenRecord: suspend === '' && recorded,
    };
  }

  /** Sets a value unless it is already there; returns an error description or undefined. */
  private set(el: string, value: string, force = false): string | undefined {
    if (!force && this.written.get(el) === value) return undefined;
    if (this.api.set(el, value)) {
      this.written.set(el, value);
      return undefined;
    }
    const code = this.api.error();
    return `${el}: error ${code} ${this.api.errorText(code)}`.trim();
  }

  /** Writes one quiz's latest assessed attempt over its block (or a new block after the others). */
  private writeAttempt(attempt: AssessedAttempt): string | undefined {
    const quiz = attempt.quiz.id;
    const existing = this.layout.blocks.find((b) => b.quiz === quiz);
    const start = blockStart(this.layout, quiz, this.sizes);
    // Interactions are created in index order only: a block must start where the others end.
    if (start > this.layout.interactionCount) return `cmi.interactions.${start}: the earlier interactions are missing`;
    for (const [i, q] of attempt.questions.entries()) {
      const rec = { quiz, question: q.question, answer: q.answer, correct: q.correct, finished: attempt.finished };
      const fields = this.standard === 'scorm12' ? scorm12Interaction(rec) : scorm2004Interaction(rec);
      for (const [key, value] of fields) {
        const e = this.set(`cmi.interactions.${start + i}.${key}`, value);
        if (e) return e;
      }
      this.layout.interactionCount = Math.max(this.layout.interactionCount, start + i + 1);
    }
    // The objective goes last: it marks the block as complete.
    const index = existing?.objective ?? this.layout.objectiveCount;
    const o = `cmi.objectives.${index}`;
    const values: Array<[string, string]> = [
      ['id', scormId(quiz)],
      ['score.raw', String(attempt.percent)],
      [this.standard === 'scorm12' ? 'status' : 'success_status', attempt.passed ? 'passed' : 'failed'],
    ];
    for (const [key, value] of values) {
      const e = this.set(`${o}.${key}`, value);
      if (e) return e;
    }
    if (!existing) {
      this.layout.blocks.push({ quiz, objective: index });
      this.layout.objectiveCount = index + 1;
    }
    return undefined;
  }

  private write(req: SaveRequest): string[] {
    const errors: string[] = [];
    const note = (e: string | undefined) => {
      if (e) errors.push(e);
    };
    const { report } = req;
    if (req.location !== undefined && req.location.length <= this.n.locationLimit)
      note(this.set(this.n.location, req.location));
    if (req.suspend !== undefined) note(this.set('cmi.suspend_data', req.suspend));
    if (report.score && (this.prior.scoreRaw === undefined || report.score.percent >= this.prior.scoreRaw)) {
      note(this.set(`${this.n.score}.min`, '0'));
      note(this.set(`${this.n.score}.max`, '100'));
      note(this.set(`${this.n.score}.raw`, String(report.score.percent)));
      if (this.standard === 'scorm2004') note(this.set('cmi.score.scaled', real7(report.score.percent / 100)));
    }
    if (this.standard === 'scorm12') {
      note(this.set('cmi.core.lesson_status', lessonStatus12(report, this.prior.status12)));
    } else {
      const s = status2004(report, this.prior);
      note(this.set('cmi.completion_status', s.completion));
      if (s.success !== 'unknown') note(this.set('cmi.success_status', s.success));
      note(this.set('cmi.progress_measure', real7(Math.max(report.progress, this.prior.progress))));
    }
    for (const attempt of req.assessed) note(this.writeAttempt(attempt));
    if (!this.api.commit()) {
      const code = this.api.error();
      errors.push(`commit: error ${code} ${this.api.errorText(code)}`.trim());
    }
    return errors;
  }

  /** A finished attempt (review) writes nothing, so nothing of the record is overwritten. */
  private get readOnly(): boolean {
    return this.state.mode === 'review' || this.state.unseenRecord === true;
  }

  save(req: SaveRequest): Promise<void> {
    if (this.finished || this.readOnly) return Promise.resolve();
    const errors = this.write(req);
    return errors.length ? Promise.reject(new LmsError('refused', errors.join('; '))) : Promise.resolve();
  }

  /**
   * Always leaves with `exit` = `suspend`: an LMS then keeps the attempt's data for the
   * next launch (Moodle reopens an attempt ended with `normal` in review mode with none of
   * it). The course is never "over" for the learner, who may come back to read a lesson or
   * print the certificate; completion and pass are in the statuses.
   */
  finish(req: FinishRequest): Promise<void> {
    if (this.finished) return Promise.resolve();
    const errors: string[] = [];
    if (!this.readOnly && !req.readOnly) {
      const time = this.standard === 'scorm12' ? scorm12Timespan(req.sessionMs) : scorm2004Duration(req.sessionMs);
      const exit = this.set(this.n.exit, 'suspend');
      if (exit) errors.push(exit);
      const t = this.set(this.n.sessionTime, time, true);
      if (t) errors.push(t);
      errors.push(...this.write(req));
    }
    this.finished = true;
    if (!this.api.finish()) {
      const code = this.api.error();
      errors.push(`finish: error ${code} ${this.api.errorText(code)}`.trim());
    }
    return errors.length ? Promise.reject(new LmsError('refused', errors.join('; '))) : Promise.resolve();
  }
}

/** Finds the LMS's API and initializes it; throws `LmsError('missing' | 'refused')`. */
export function connectScorm(
  standard: 'scorm12' | 'scorm2004',
  quizzes: PackageInfo['quizzes'],
  from: Window = window,
): LmsConnection {
  const api =
    standard === 'scorm12' ? findApi<Scorm12Api>('API', from, 7) : findApi<Scorm2004Api>('API_1484_11', from, 500);
  if (!api) throw new LmsError('missing', 'No SCORM API was found in the windows around the course.');
  const calls = standard === 'scorm12' ? calls12(api as Scorm12Api) : calls2004(api as Scorm2004Api);
  if (!calls.init()) {
    const code = calls.error();
    throw new LmsError('refused', `Initialize failed: error ${code} ${calls.errorText(code)}`.trim());
  }
  return new ScormConnection(standard, calls, standard === 'scorm12' ? NAMES_12 : NAMES_2004, quizzes);
}
