/**
 * A loopback cmi5 LMS and LRS for the package tests. It serves the unzipped cmi5 package,
 * hands out one auth token per launch (fetch URL), keeps LMS.LaunchData and the AU's own
 * State documents, and checks every statement it receives: the xAPI rules (xapi-validation)
 * and the cmi5 rules (actor, registration, session id, categories, order, once-only verbs,
 * mastery score). Broken rules are collected in `violations`.
 */
import { createRequire } from 'node:module';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { unzipSync } from 'fflate';
import type { Statement } from '@xapi/xapi';

const require = createRequire(import.meta.url);
const validateStatement = (require('xapi-validation') as { default: (s: unknown) => Array<{ message?: string }> })
  .default;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

const CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MOVE_ON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const SESSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const MASTERY = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
const VERB = 'http://adlnet.gov/expapi/verbs/';
const DEFINED = ['initialized', 'completed', 'passed', 'failed', 'terminated'].map((v) => VERB + v);

export interface Launch {
  url: string;
  session: string;
}

export interface Lrs {
  url: string;
  statements: Statement[];
  violations: string[];
  /** The AU's State documents by stateId (the LaunchData is the LMS's). */
  state: Map<string, unknown>;
  launch(opts?: { endpoint?: string; mode?: 'Normal' | 'Browse' | 'Review'; masteryScore?: number }): Launch;
  verbs(session?: string): string[];
  close(): Promise<void>;
}

const body = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let data = '';
    req.on('data', (c: Buffer) => (data += c.toString('utf8')));
    req.on('end', () => resolve(data));
  });

export async function startLrs(port: number, zip: string, pkgIri: string): Promise<Lrs> {
  const zipPath = join(process.cwd(), 'dist-lms', zip);
  if (!existsSync(zipPath)) throw new Error(`${zipPath} is missing: run "npm run package" first`);
  const files = new Map<string, Uint8Array>();
  for (const [p, bytes] of Object.entries(unzipSync(new Uint8Array(readFileSync(zipPath)))))
    files.set(`/pkg/${p}`, bytes);

  const url = `http://127.0.0.1:${port}`;
  const registration = randomUUID();
  const actor = {
    objectType: 'Agent',
    account: { homePage: 'https://lms.example.org', name: 'ada-1' },
    name: 'Ada Nurse',
  };
  const activityId = `${pkgIri}/au`;
  const tokens = new Map<string, string>(); // fetch id → session
  const state = new Map<string, unknown>();
  const statements: Statement[] = [];
  const violations: string[] = [];
  const sessions = new Map<string, { ended: boolean; judged: boolean; seen: Set<string> }>();
  let launchData: Record<string, unknown> = {};
  const registrationSent = new Set<string>();

  function check(s: Statement): void {
    const verb = s.verb.id;
    const name = verb.replace(VERB, '');
    const problems = validateStatement(s).map((w) => `xAPI: ${w.message ?? JSON.stringify(w)}`);
    const ctx = s.context ?? {};
    const sessionValue = ctx.extensions?.[SESSION];
    const session = typeof sessionValue === 'string' ? sessionValue : '';
    const info = sessions.get(session);
    if (JSON.stringify(s.actor) !== JSON.stringify(actor)) problems.push('actor is not the launch actor');
    if (ctx.registration !== registration) problems.push('registration missing or wrong');
    if (!info) problems.push('session id missing or unknown');
    const categories = (ctx.contextActivities?.category ?? []).map((c) => c.id);
    if (DEFINED.includes(verb)) {
      const obj = s.object as { id?: string };
      if (obj.id !== activityId) problems.push(`${name}: object is not the AU`);
      if (!categories.includes(CMI5)) problems.push(`${name}: no cmi5 category`);
      if (['completed', 'passed', 'failed'].includes(name) && !categories.includes(MOVE_ON))
        problems.push(`${name}: no moveOn category`);
      if (name === 'completed' && s.result?.completion !== true) problems.push('completed without completion true');
      if (['passed', 'failed'].includes(name)) {
        if (s.result?.success !== (name === 'passed')) problems.push(`${name}: result.success wrong`);
        const scaled = s.result?.score?.scaled;
        const mastery = launchData['masteryScore'] as number | undefined;
        if (mastery !== undefined && scaled !== undefined && (name === 'passed' ? scaled < mastery : scaled >= mastery))
          problems.push(`${name}: scaled score ${scaled} against mastery ${mastery}`);
        if (mastery !== undefined && ctx.extensions?.[MASTERY] !== mastery)
          problems.push(`${name}: masteryScore missing`);
      }
      if (name !== 'initialized' && !s.result?.duration) problems.push(`${name}: no duration`);
      if (launchData['launchMode'] !== 'Normal' && ['completed', 'passed', 'failed'].includes(name))
        problems.push(`${name} in a ${String(launchData['launchMode'])} launch`);
    } else if (categories.includes(CMI5)) problems.push(`${name}: a cmi5 allowed statement with the cmi5 category`);
    if (info) {
      if (info.ended) problems.push(`${name} after terminated`);
      if (info.seen.size === 0 && name !== 'initialized') problems.push(`first statement is ${name}, not initialized`);
      if (DEFINED.includes(verb) && info.seen.has(name)) problems.push(`${name} twice in a session`);
      if (['passed', 'failed'].includes(name)) {
        if (info.judged) problems.push('passed and failed in one session');
        info.judged = true;
      }
      if (['completed', 'passed'].includes(name)) {
        if (registrationSent.has(name)) problems.push(`${name} twice in a registration`);
        registrationSent.add(name);
      }
      if (name === 'failed' && registrationSent.has('passed')) problems.push('failed after passed');
      info.seen.add(name);
      if (name === 'terminated') info.ended = true;
    }
    violations.push(...problems.map((p) => `${statements.length}: ${p}`));
  }

  const server: Server = createServer((req, res) => {
    void (async () => {
      const u = new URL(req.url ?? '/', url);
      const send = (status: number, data?: unknown, type = 'application/json') => {
        res.writeHead(status, { 'content-type': type, 'x-experience-api-version': '1.0.3' });
        res.end(
          data === undefined
            ? ''
            : typeof data === 'string' || data instanceof Uint8Array
              ? data
              : JSON.stringify(data),
        );
      };
      const file = files.get(u.pathname);
      if (file) return send(200, file, TYPES[extname(u.pathname)] ?? 'application/octet-stream');
      if (u.pathname === '/fetch' && req.method === 'POST') {
        const id = u.searchParams.get('id') ?? '';
        if (!tokens.has(id)) return send(200, { 'error-code': '1', 'error-text': 'already used' });
        tokens.delete(id);
        return send(200, { 'auth-token': Buffer.from(`au:${id}`).toString('base64') });
      }
      if (!u.pathname.startsWith('/lrs/')) return send(404, 'not found', 'text/plain');
      if (!/^Basic /.test(req.headers.authorization ?? '')) return send(401, { error: 'no auth' });
      const resource = u.pathname.slice('/lrs/'.length);
      if (resource === 'statements' && (req.method === 'POST' || req.method === 'PUT')) {
        const parsed = JSON.parse(await body(req)) as Statement | Statement[];
        const list = Array.isArray(parsed) ? parsed : [parsed];
        for (const s of list) {
          check(s);
          statements.push(s);
        }
        return send(
          200,
          list.map((s) => s.id ?? randomUUID()),
        );
      }
      if (resource === 'activities/state') {
        const stateId = u.searchParams.get('stateId') ?? '';
        if (u.searchParams.get('registration') !== registration)
          violations.push(`state ${stateId}: wrong registration`);
        if (stateId === 'LMS.LaunchData') return req.method === 'GET' ? send(200, launchData) : send(403);
        if (req.method === 'GET') return state.has(stateId) ? send(200, state.get(stateId)) : send(404);
        if (req.method === 'PUT' || req.method === 'POST') {
          state.set(stateId, JSON.parse(await body(req)) as unknown);
          return send(204);
        }
        if (req.method === 'DELETE') {
          state.delete(stateId);
          return send(204);
        }
      }
      if (resource === 'agents/profile') return send(404);
      return send(404, 'not found', 'text/plain');
    })();
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));

  return {
    url,
    statements,
    violations,
    state,
    launch({ endpoint = `${url}/lrs/`, mode = 'Normal', masteryScore } = {}) {
      const session = randomUUID();
      const id = randomUUID();
      tokens.set(id, session);
      sessions.set(session, { ended: false, judged: false, seen: new Set() });
      launchData = {
        contextTemplate: {
          contextActivities: { grouping: [{ id: pkgIri }] },
          extensions: { [SESSION]: session },
        },
        launchMode: mode,
        launchMethod: 'AnyWindow',
        moveOn: 'CompletedAndPassed',
        ...(masteryScore !== undefined ? { masteryScore } : {}),
      };
      const q = new URLSearchParams({
        endpoint,
        fetch: `${url}/fetch?id=${id}`,
        actor: JSON.stringify(actor),
        registration,
        activityId,
      });
      return { url: `${url}/pkg/lms.html?${q.toString()}`, session };
    },
    verbs(session?: string) {
      return statements
        .filter((s) => session === undefined || s.context?.extensions?.[SESSION] === session)
        .map((s) => s.verb.id.replace(VERB, '').replace('http://adlnet.gov/expapi/verbs/', ''));
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
