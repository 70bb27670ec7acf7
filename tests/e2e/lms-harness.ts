/**
 * A stand-in LMS for the package tests: a loopback HTTP server that serves unzipped
 * packages from dist-lms/ and an "LMS page" whose SCORM API objects are scorm-again's
 * (`Scorm12API`, `Scorm2004API`, strict errors on), loaded from node_modules, with the
 * stricter rules of a real LMS on top (tests/helpers/lms-rules.ts: Moodle's identifier and
 * number patterns, and a size check on every commit as Moodle sends it), and Moodle's way
 * of reopening an attempt (`LMS_RECORD`). Every API call the course makes is logged with
 * the error code it got.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { unzipSync } from 'fflate';
import type { FrameLocator, Page } from '@playwright/test';
import { COMMIT_LIMIT, commitForm, strictRefusal } from '../helpers/lms-rules';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.png': 'image/png',
};

export type Edition = 'scorm12' | 'scorm2004';

export interface Harness {
  url: string;
  /** Every request path the server saw (the course must never leave the package). */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Serves `/pkg/<name>/…` from the zips named in `packages` (name → zip file in dist-lms/), on
 * `port`, or on a free port the system picks with 0 (for a spec whose tests may run in two
 * workers at once, each with its own stand-in LMS). A port in use fails the test that asked.
 */
export async function startLms(port: number, packages: Record<string, string>): Promise<Harness> {
  const files = new Map<string, Uint8Array>();
  for (const [name, zip] of Object.entries(packages)) {
    const path = join(process.cwd(), 'dist-lms', zip);
    if (!existsSync(path)) throw new Error(`${path} is missing: run "npm run package" first`);
    for (const [p, bytes] of Object.entries(unzipSync(new Uint8Array(readFileSync(path)))))
      files.set(`/pkg/${name}/${p}`, bytes);
  }
  const vendor = (f: string) => readFileSync(join(process.cwd(), 'node_modules/scorm-again/dist', f));
  files.set('/vendor/scorm12.js', vendor('scorm12.js'));
  files.set('/vendor/scorm2004.js', vendor('scorm2004.js'));
  files.set('/lms.html', new TextEncoder().encode(LMS_PAGE));
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const body = files.get(path);
    if (!body) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * How the stand-in LMS opens an attempt it holds (`record`, the data model as the last
 * session left it), as Moodle does (issue 21), written from that behaviour:
 * - a new attempt (`newAttempt`) starts with nothing but the learner's name, entry ab-initio;
 * - SCORM 2004: an attempt left with `exit` = `suspend` resumes with all its data; one left
 *   any other way is finished and opens in review mode, no-credit, with none of its data;
 * - SCORM 1.2: every launch gets the data back; an attempt whose status is passed,
 *   completed or failed is finished and opens in review mode, no-credit.
 */
function reopen(edition: string, record: Record<string, unknown>, newAttempt: boolean): Record<string, unknown> {
  const rec = JSON.parse(JSON.stringify(record)) as Record<string, unknown>;
  if (edition === 'scorm2004') {
    if (newAttempt) return { learner_name: rec['learner_name'], entry: 'ab-initio' };
    const { exit, session_time: _s, total_time: _t, ...kept } = rec;
    if (exit === 'suspend') return { ...kept, entry: 'resume', mode: 'normal', credit: 'credit' };
    return { learner_name: rec['learner_name'], mode: 'review', credit: 'no-credit' };
  }
  const core = (rec['core'] ?? {}) as Record<string, unknown>;
  if (newAttempt) return { core: { student_name: core['student_name'], entry: 'ab-initio' } };
  const { exit, session_time: _s, total_time: _t, ...kept } = core;
  const finished = ['passed', 'completed', 'failed'].includes(String(core['lesson_status']));
  return {
    ...rec,
    core: {
      ...kept,
      entry: exit === 'suspend' ? 'resume' : '',
      lesson_mode: finished ? 'review' : 'normal',
      credit: finished ? 'no-credit' : 'credit',
    },
  };
}

/**
 * The LMS page: `?edition=scorm12|scorm2004&pkg=<name>`. Data the LMS already holds for the
 * learner comes from `window.LMS_PRESET` (set with addInitScript), as scorm-again's
 * `loadFromJSON` takes it, or from `window.LMS_RECORD` (a previous session's data model,
 * see `record`), reopened as `reopen` says (`window.LMS_NEW_ATTEMPT` for a new attempt).
 * Each commit's size is kept in `window.COMMITS`; a commit over `COMMIT_LIMIT` fails.
 */
const LMS_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Stand-in LMS</title><link rel="icon" href="data:,">
<script src="/vendor/scorm12.js"></script><script src="/vendor/scorm2004.js"></script></head>
<body><h1>Stand-in LMS</h1>
<iframe id="sco" title="Course" style="width:1240px;height:900px;border:1px solid #999"></iframe>
<script>
  const q = new URLSearchParams(location.search);
  const edition = q.get('edition');
  const settings = { strict_errors: true, autocommit: false, lmsCommitUrl: false, logLevel: 5,
    mastery_override: false, score_overrides_status: false, autoCompleteLessonStatus: false };
  const api = edition === 'scorm12' ? new Scorm12API(settings) : new Scorm2004API(settings);
  ${strictRefusal.toString()}
  ${commitForm.toString()}
  ${reopen.toString()}
  const LIMIT = ${JSON.stringify(COMMIT_LIMIT)};
  const preset = window.LMS_RECORD ? reopen(edition, window.LMS_RECORD, !!window.LMS_NEW_ATTEMPT) : window.LMS_PRESET;
  if (preset) api.loadFromJSON(preset, '');
  window.LOG = [];
  window.COMMITS = [];
  const held = () => api.renderCMIToJSONObject();
  const names = edition === 'scorm12'
    ? ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit']
    : ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit'];
  const errorName = edition === 'scorm12' ? 'LMSGetLastError' : 'GetLastError';
  const realError = api[errorName].bind(api);
  // An LMS that refuses some elements (window.LMS_REFUSE), as a misconfigured one would.
  const refuse = window.LMS_REFUSE || [];
  let forced = null;
  api[errorName] = () => forced ?? realError();
  for (const name of names) {
    const orig = api[name].bind(api);
    api[name] = (...args) => {
      forced = null;
      let result;
      const n = /^cmi\\.interactions\\.(\\d+)\\./.exec(String(args[0]));
      const type = n && /SetValue$/.test(name) ? String(held().cmi.interactions?.[n[1]]?.type ?? '') : '';
      const strict = /SetValue$/.test(name) ? strictRefusal(edition, String(args[0]), String(args[1]), type) : null;
      if (/SetValue$/.test(name) && refuse.includes(args[0])) {
        forced = '405';
        result = 'false';
      } else if (strict) {
        forced = strict;
        result = 'false';
      } else result = orig(...args);
      if (/Commit$|Finish$|Terminate$/.test(name) && String(result) === 'true') {
        const size = commitForm(held());
        window.COMMITS.push(size);
        if (size.fields > LIMIT.fields || size.bytes > LIMIT.bytes) {
          forced = '391';
          result = 'false';
        }
      }
      window.LOG.push({ name, args, result: String(result), error: String(api[errorName]()) });
      return result;
    };
  }
  if (edition === 'scorm12') window.API = api; else window.API_1484_11 = api;
  document.getElementById('sco').src = '/pkg/' + q.get('pkg') + '/lms.html';
</script></body></html>`;

export interface LogEntry {
  name: string;
  args: string[];
  result: string;
  error: string;
}

export const log = (page: Page): Promise<LogEntry[]> =>
  page.evaluate(() => (window as unknown as { LOG: LogEntry[] }).LOG);

/**
 * What the LMS holds for an element now. Write-only elements (exit, session_time) cannot be
 * read back through the API, so for them this is the last value the LMS accepted.
 */
export function cmi(page: Page, edition: Edition, element: string): Promise<string> {
  return page.evaluate(
    ([ed, el]) => {
      const w = window as unknown as Record<string, { getCMIValue(e: string): string }> & { LOG: LogEntry[] };
      const api = ed === 'scorm12' ? w['API'] : w['API_1484_11'];
      try {
        return String(api?.getCMIValue(el) ?? '');
      } catch {
        const setter = ed === 'scorm12' ? 'LMSSetValue' : 'SetValue';
        const accepted = w.LOG.filter((e) => e.name === setter && e.args[0] === el && e.result === 'true');
        return accepted.length ? String(accepted[accepted.length - 1]!.args[1]) : '';
      }
    },
    [edition, element] as const,
  );
}

/** The data model the stand-in LMS holds now, as a later launch gets it back through `LMS_RECORD`. */
export const record = (page: Page, edition: Edition): Promise<Record<string, unknown>> =>
  page.evaluate((ed) => {
    const w = window as unknown as Record<string, { renderCMIToJSONObject(): { cmi: Record<string, unknown> } }>;
    const api = ed === 'scorm12' ? w['API'] : w['API_1484_11'];
    return JSON.parse(JSON.stringify(api!.renderCMIToJSONObject().cmi)) as Record<string, unknown>;
  }, edition);

/** The size of every commit so far, as the LMS would send it. */
export const commits = (page: Page): Promise<Array<{ fields: number; bytes: number }>> =>
  page.evaluate(() => (window as unknown as { COMMITS: Array<{ fields: number; bytes: number }> }).COMMITS);

/** The launcher frame and, inside it, the course frame. */
export function frames(page: Page): { launcher: FrameLocator; course: FrameLocator } {
  const launcher = page.frameLocator('#sco');
  return { launcher, course: launcher.frameLocator('#lms-course') };
}
