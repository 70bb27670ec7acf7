/**
 * cmi5 behind the launcher's `LmsConnection`, with @xapi/cmi5: launch parameters from the
 * URL, the fetch token, `LMS.LaunchData` (moveOn, masteryScore, launchMode), then
 * initialized → completed / passed / failed → terminated, each with the cmi5 context the
 * LMS gave (registration, session id). Answers go out as "answered" statements (cmi5
 * allowed). The progress code is kept in an xAPI State document of the AU.
 *
 * cmi5 lets each of completed and passed be sent once per registration, and failed never
 * after passed, so what was sent is remembered in the same State document.
 */
import Cmi5 from '@xapi/cmi5';
import {
  LmsError,
  endpointAdmitted,
  type FinishRequest,
  type LaunchState,
  type LmsConnection,
  type SaveRequest,
} from './connection';
import { choiceIds, learnerNumber } from './formats';
import { STATE_ID, readSavedState, type SavedState } from './cmi5-state';
import type { PackageInfo } from './package-info';
import type { AnsweredQuestion, Report } from './report';

const lang = (text: string) => ({ 'en-GB': text });

/** The request function @xapi/xapi sends everything through (its `adapter`). */
type Adapter = (req: {
  url: string;
  method: string;
  headers?: Record<string, unknown>;
  data?: unknown;
}) => Promise<{ data: unknown; headers: Record<string, unknown>; status: number }>;

/** Browsers refuse a `keepalive` body over 64 KiB in flight; a larger one goes as a normal request. */
const KEEPALIVE_MAX = 60_000;

/**
 * Sends one request with `fetch` and `keepalive`, so it still reaches the LRS when the
 * learner closes the window or the LMS unloads the course right after.
 */
export const keepaliveRequest: Adapter = async ({ url, method, headers = {}, data }) => {
  const body = data === undefined ? undefined : typeof data === 'string' ? data : JSON.stringify(data);
  const h: Record<string, string> = {};
  for (const [k, val] of Object.entries(headers))
    if (typeof val === 'string' || typeof val === 'number') h[k] = String(val);
  if (body !== undefined && !Object.keys(h).some((k) => k.toLowerCase() === 'content-type'))
    h['Content-Type'] = 'application/json';
  const res = await fetch(url, {
    method,
    headers: h,
    ...(body !== undefined ? { body } : {}),
    keepalive: body === undefined || body.length < KEEPALIVE_MAX,
    credentials: 'omit',
  });
  const text = await res.text();
  if (!res.ok) throw Object.assign(new Error(`the learning record store answered ${res.status}`), { response: res });
  const type = res.headers.get('content-type') ?? '';
  return {
    data: text && type.includes('json') ? (JSON.parse(text) as unknown) : text,
    headers: Object.fromEntries(res.headers.entries()),
    status: res.status,
  };
};

function describeError(e: unknown): string {
  const err = e as { response?: { status?: number }; message?: string };
  if (err?.response?.status) return `the learning record store answered ${err.response.status}`;
  return err?.message ?? String(e);
}

class Cmi5Connection implements LmsConnection {
  readonly standard = 'cmi5' as const;
  readonly suspendLimit = 64000;
  private sent: Set<string>;
  private lastState = '';
  private finished = false;
  /** passed or failed was sent in this session. */
  private judged = false;
  /** Statements go out one after another, in the order cmi5 requires. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly cmi5: Cmi5,
    readonly state: LaunchState,
    saved: SavedState,
  ) {
    this.sent = new Set(saved.sent ?? []);
  }

  /** A Normal launch whose saved state the course could read: only then does it change the record. */
  private get normal(): boolean {
    return this.state.mode === 'normal' && !this.state.unseenRecord;
  }

  private async putState(suspend: string | undefined, location: string | undefined): Promise<void> {
    if (!this.normal) return; // Browse and Review launches must not change the record
    const doc: SavedState = { sent: [...this.sent] as NonNullable<SavedState['sent']> };
    const progress = suspend ?? this.state.suspend;
    if (progress) doc.progress = progress;
    if (location) doc.location = location;
    const body = JSON.stringify(doc);
    if (body === this.lastState) return;
    const params = this.cmi5.getLaunchParameters();
    await this.cmi5.xapi?.setState({
      agent: params.actor,
      activityId: params.activityId,
      registration: params.registration,
      stateId: STATE_ID,
      state: doc,
    });
    this.lastState = body;
    if (suspend) this.state.suspend = suspend;
  }

  private async answered(a: AnsweredQuestion): Promise<void> {
    const q = a.question;
    const name = lang(q.prompt.slice(0, 250));
    const choices = q.options?.map((o) => ({ id: o.id, description: lang(o.text) }));
    const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : [String(v)]);
    switch (q.type) {
      case 'single':
      case 'multiple':
        await this.cmi5.interactionChoice(
          a.quiz,
          q.id,
          choiceIds(q, list(a.answer)),
          choiceIds(q, list(q.answer)),
          choices,
          name,
          undefined,
          a.correct,
        );
        return;
      case 'order':
        await this.cmi5.interactionSequencing(
          a.quiz,
          q.id,
          list(a.answer),
          list(q.answer),
          choices,
          name,
          undefined,
          a.correct,
        );
        return;
      case 'truefalse':
        await this.cmi5.interactionTrueFalse(
          a.quiz,
          q.id,
          a.answer === true,
          q.answer === true,
          name,
          undefined,
          a.correct,
        );
        return;
      case 'numeric': {
        const n = learnerNumber(q, a.answer);
        const answer = Number(q.answer);
        const tol = q.tolerance ?? 0;
        const criteria = tol ? { min: answer - tol, max: answer + tol } : { exact: answer };
        if (n === null)
          await this.cmi5.interactionFillIn(
            a.quiz,
            q.id,
            [String(a.answer)],
            [String(answer)],
            name,
            undefined,
            a.correct,
          );
        else await this.cmi5.interactionNumeric(a.quiz, q.id, n, criteria, name, undefined, a.correct);
      }
    }
  }

  /**
   * A session may carry only one of passed/failed: a pass goes out as soon as it happens
   * (it is final), a fail only when the session ends without one, so a learner who fails
   * and then passes in the same session is reported as passed.
   */
  private async statements(report: Report, answers: AnsweredQuestion[], ending: boolean): Promise<void> {
    for (const a of answers) await this.answered(a);
    if (!this.normal) return;
    if (report.completed && !this.sent.has('completed')) {
      await this.cmi5.complete();
      this.sent.add('completed');
    }
    if (!report.score || this.judged || this.sent.has('passed')) return;
    const score = { scaled: report.score.percent / 100, raw: report.score.percent, min: 0, max: 100 };
    if (report.score.passed) {
      await this.cmi5.pass(score);
      this.sent.add('passed');
      this.judged = true;
    } else if (ending) {
      await this.cmi5.fail(score);
      this.judged = true;
    }
  }

  private run(job: () => Promise<void>): Promise<void> {
    const next = this.queue.then(job);
    this.queue = next.catch(() => {});
    return next.catch((e: unknown) => {
      throw new LmsError('refused', describeError(e));
    });
  }

  save(req: SaveRequest): Promise<void> {
    if (this.finished) return Promise.resolve();
    return this.run(async () => {
      await this.statements(req.report, req.answers, false);
      await this.putState(req.suspend, req.location);
    });
  }

  /**
   * The last statements of the session (answers not yet sent, completed, passed or failed,
   * terminated) go to the LRS in one request with `keepalive`, after the State document:
   * they arrive in order even when the window closes at once.
   */
  finish(req: FinishRequest): Promise<void> {
    if (this.finished) return Promise.resolve();
    this.finished = true;
    return this.run(async () => {
      const xapi = this.cmi5.xapi as unknown as { adapter: Adapter } | undefined;
      if (!xapi) return;
      const real = xapi.adapter;
      const held: Array<Parameters<Adapter>[0]> = [];
      xapi.adapter = (r) => {
        if (r.method === 'POST' && /\/statements\/?(\?|$)/.test(r.url)) {
          held.push(r);
          return Promise.resolve({ data: [], headers: {}, status: 200 });
        }
        return keepaliveRequest(r);
      };
      try {
        if (!req.readOnly) {
          await this.statements(req.report, req.answers, true);
          await this.putState(req.suspend, req.location);
        }
        await this.cmi5.terminate();
      } finally {
        xapi.adapter = real;
      }
      const first = held[0];
      if (first) await keepaliveRequest({ ...first, data: held.map((r) => r.data) });
    });
  }
}

export async function connectCmi5(pkg: PackageInfo): Promise<LmsConnection> {
  if (!Cmi5.isCmiAvailable) throw new LmsError('missing', 'The page was not opened with cmi5 launch parameters.');
  const cmi5 = new Cmi5();
  const params = cmi5.getLaunchParameters();
  const outside = endpointAdmitted(params.endpoint, window.location.href, pkg.lrsOrigins);
  if (outside) throw new LmsError('not-admitted', outside);
  try {
    await cmi5.initialize();
  } catch (e) {
    throw new LmsError('refused', describeError(e));
  }
  let found: SavedState | undefined;
  try {
    const res = await cmi5.xapi?.getState({
      agent: params.actor,
      activityId: params.activityId,
      registration: params.registration,
      stateId: STATE_ID,
    });
    found = readSavedState(res?.data);
  } catch (e) {
    // 404: a first launch; any other failure: a record the course could not read.
    const status = (e as { response?: { status?: number } })?.response?.status;
    found = status === 404 ? {} : undefined;
  }
  const saved = found ?? {};
  const launch = cmi5.getLaunchData();
  const state: LaunchState = {
    suspend: saved.progress ?? '',
    location: saved.location ?? '',
    learnerName: typeof params.actor.name === 'string' ? params.actor.name : '',
    mastery: typeof launch.masteryScore === 'number' ? launch.masteryScore * 100 : undefined,
    mode: launch.launchMode === 'Normal' ? 'normal' : 'review',
    newAttempt: false,
    unseenRecord: found === undefined,
  };
  return new Cmi5Connection(cmi5, state, saved);
}
