/**
 * Value formats of SCORM 1.2 and SCORM 2004 4th edition (data types from each edition's
 * Run-Time Environment book), kept pure so unit tests can check every one.
 */
import { parseNumber, unitScale } from '../quiz/parse-number';
import type { PackageQuestion } from './package-info';
import type { AnsweredQuestion } from './report';
import type { StoredAnswer } from '../schemas/progress';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** SCORM 1.2 CMITimespan `HHHH:MM:SS.SS` (hours 2–4 digits), capped at 9999 hours. */
export function scorm12Timespan(ms: number): string {
  const cs = Math.min(Math.max(0, Math.round(ms / 10)), 9999 * 360000 + 359999);
  const h = Math.floor(cs / 360000);
  const m = Math.floor((cs % 360000) / 6000);
  const s = Math.floor((cs % 6000) / 100);
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(cs % 100)}`;
}

/** SCORM 2004 timeinterval (ISO 8601 duration, seconds to 2 decimals): `PT1H2M3.45S`. */
export function scorm2004Duration(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10));
  const h = Math.floor(cs / 360000);
  const m = Math.floor((cs % 360000) / 6000);
  const s = (cs % 6000) / 100;
  let out = 'PT';
  if (h) out += `${h}H`;
  if (m) out += `${m}M`;
  if (s || out === 'PT') out += `${Number(s.toFixed(2))}S`;
  return out;
}

/** SCORM 2004 real(10,7): at most 7 decimals, no exponent. */
export function real7(n: number): string {
  return String(Number(n.toFixed(7)));
}

/**
 * A learner name from the LMS as the certificate shows it: SCORM 1.2 LMSs send
 * "Last, First", which becomes "First Last". Markup characters are dropped and the result
 * fits the progress document's 80 characters; `undefined` when nothing usable is left.
 */
export function certificateName(lmsName: string): string | undefined {
  let name = lmsName.replace(/[<>]/g, '').replace(/\s+/g, ' ').trim();
  const parts = name.split(',');
  if (parts.length === 2) {
    const [last = '', first = ''] = parts.map((s) => s.trim());
    name = first && last ? `${first} ${last}` : first || last;
  }
  name = name.slice(0, 80).trim();
  return name === '' ? undefined : name;
}

// ------------------------------------------------------------------ interactions

export type Scorm12Type = 'choice' | 'true-false' | 'sequencing' | 'numeric' | 'fill-in';

function interactionType(q: PackageQuestion): Scorm12Type {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return 'choice';
    case 'truefalse':
      return 'true-false';
    case 'order':
      return 'sequencing';
    case 'numeric':
      return 'numeric';
  }
}

/** The learner's typed number in the question's unit ("700 million" for "million EUR" → 700), or null. */
export function learnerNumber(q: PackageQuestion, typed: unknown): number | null {
  const value = parseNumber(typed);
  if (value === null) return null;
  const scale = unitScale(q.unit);
  const target = typeof q.answer === 'number' ? q.answer : 0;
  if (scale !== 1 && Math.abs(value / scale - target) < Math.abs(value - target)) return value / scale;
  return value;
}

const asList = (a: unknown): string[] => (Array.isArray(a) ? a.map(String) : typeof a === 'string' ? [a] : []);

/**
 * Identifiers as both editions accept them everywhere, including LMSs stricter than the
 * books (Moodle checks SCORM 2004 short identifiers against word characters and dots,
 * `[A-Za-z0-9_.]`): content ids are lower-case kebab-case and never hold `_`, so turning
 * `-` into `_` loses nothing and `fromScormId` turns it back.
 */
export const scormId = (s: string) => s.replace(/-/g, '_');
export const fromScormId = (s: string) => s.replace(/_/g, '-');
const id12 = scormId;

/**
 * A number as a strict LMS accepts it in SCORM 2004 numeric interactions: real(10,7) with
 * at most five digits before the decimal point (Moodle's limit); else null.
 */
export function decimal5(n: number): string | null {
  if (!Number.isFinite(n)) return null;
  const text = real7(n);
  return /^-?\d{1,5}(\.\d{1,7})?$/.test(text) ? text : null;
}

/**
 * The options of a multiple-response answer in the bank's order, so the learner's answer
 * reads in the same order as the correct pattern (`a,c,e` against `a,c,e`, never `e,a,c`).
 * Order questions keep the learner's order: it is the answer. Unknown ids go last, as given.
 */
export function choiceIds(q: PackageQuestion, answer: unknown): string[] {
  const ids = asList(answer);
  if (q.type !== 'multiple') return ids;
  const rank = new Map((q.options ?? []).map((o, i) => [o.id, i]));
  const at = (id: string) => rank.get(id) ?? Number.MAX_SAFE_INTEGER;
  return ids
    .map((id, i) => ({ id, i }))
    .sort((x, y) => at(x.id) - at(y.id) || x.i - y.i)
    .map((x) => x.id);
}

/**
 * SCORM 1.2 choice and sequencing responses are single characters `a`–`z`, one per option in
 * the bank's order (the spec's format; an LMS's item analysis shows them as such).
 */
function letters(q: PackageQuestion, ids: string[]): string | null {
  const options = q.options ?? [];
  if (options.length > 26) return null;
  const out: string[] = [];
  for (const id of ids) {
    const i = options.findIndex((o) => o.id === id);
    if (i < 0) return null;
    out.push(String.fromCharCode(97 + i));
  }
  return out.join(',');
}

/** Largest value SCORM 1.2 allows for `student_response` and `correct_responses.n.pattern` (CMIString255). */
export const SCORM12_RESPONSE_MAX = 255;

/** One question of a reported attempt; `answer` is absent when the learner left it unanswered. */
export type InteractionAnswer = Omit<AnsweredQuestion, 'answer' | 'attemptKey'> & {
  answer?: StoredAnswer | undefined;
  attemptKey?: string;
};

/**
 * SCORM 1.2 `cmi.interactions.n.*` elements for one answer, in the order they must be set.
 * Only what an administrator reads (no weighting: every question counts once; no time: the
 * attempt's objective and the LMS's own log date it), because an LMS such as Moodle sends
 * every element it holds on every commit.
 */
export function scorm12Interaction(rec: InteractionAnswer): Array<[string, string]> {
  const q = rec.question;
  let type: Scorm12Type = interactionType(q);
  const head: Array<[string, string]> = [
    ['id', `${id12(rec.quiz)}__${id12(q.id)}`],
    ['type', type],
  ];
  const result: [string, string] = ['result', rec.correct ? 'correct' : 'wrong'];
  let response: string | null;
  let pattern: string;
  switch (type) {
    case 'true-false':
      response = rec.answer === true ? 't' : rec.answer === false ? 'f' : null;
      pattern = q.answer === true ? 't' : 'f';
      break;
    case 'numeric': {
      const n = learnerNumber(q, rec.answer);
      response = n === null ? null : String(n);
      pattern = String(q.answer);
      break;
    }
    default:
      response = letters(q, choiceIds(q, rec.answer));
      pattern = letters(q, choiceIds(q, q.answer)) ?? '';
  }
  if (rec.answer === undefined) {
    // Unanswered: the interaction says so by its result, with the expected answer.
    return [...head, ['correct_responses.0.pattern', pattern.slice(0, SCORM12_RESPONSE_MAX)], result];
  }
  if (response === null) {
    // Not expressible in the question's own type (a typed text that is no number): keep it as text.
    type = 'fill-in';
    head[1] = ['type', type];
    response = String(rec.answer);
    pattern = String(q.answer);
  }
  return [
    ...head,
    ['student_response', response.slice(0, SCORM12_RESPONSE_MAX)],
    ['correct_responses.0.pattern', pattern.slice(0, SCORM12_RESPONSE_MAX)],
    result,
  ];
}

/** SCORM 2004 `[,]`-separated short identifiers, in the alphabet strict LMSs accept. */
const ids2004 = (ids: string[]) => ids.map(scormId).join('[,]');

/** A fill-in value: the text with the SCORM 2004 delimiters taken out, at most 250 characters. */
const fillIn = (text: string) =>
  text
    .replace(/\[[,.:]\]/g, ' ')
    .replace(/^\{/, '(')
    .slice(0, 250);

/**
 * SCORM 2004 `cmi.interactions.n.*` elements for one answer, in the order they must be set.
 * Identifiers use `[A-Za-z0-9_.]` and numbers at most five digits before the point, the
 * forms a strict LMS (Moodle) accepts; a number outside them is reported as fill-in text.
 * No description, weighting or timestamp: Moodle re-sends every element on every commit.
 */
export function scorm2004Interaction(rec: InteractionAnswer): Array<[string, string]> {
  const q = rec.question;
  let type: string = interactionType(q);
  let response: string | null;
  let pattern: string | null;
  switch (type) {
    case 'true-false':
      response = typeof rec.answer === 'boolean' ? String(rec.answer) : null;
      pattern = String(q.answer);
      break;
    case 'numeric': {
      const n = learnerNumber(q, rec.answer);
      response = n === null ? null : decimal5(n);
      const answer = Number(q.answer);
      const tol = q.tolerance ?? 0;
      const lo = decimal5(answer - tol);
      const hi = decimal5(answer + tol);
      pattern = lo !== null && hi !== null ? (tol ? `${lo}[:]${hi}` : `${lo}[:]${lo}`) : null;
      break;
    }
    default: {
      const ids = choiceIds(q, rec.answer);
      const known = new Set((q.options ?? []).map((o) => o.id));
      // An empty or unknown choice cannot be written as short_identifier_type values.
      response = ids.length > 0 && ids.every((id) => known.has(id)) ? ids2004(ids) : null;
      pattern = ids2004(choiceIds(q, q.answer));
    }
  }
  const answered = rec.answer !== undefined;
  if (pattern === null || (answered && response === null)) {
    type = 'fill-in';
    response = answered ? fillIn(String(rec.answer)) : null;
    pattern = fillIn(String(q.answer));
  }
  const out: Array<[string, string]> = [
    ['id', `${scormId(rec.quiz)}.${scormId(q.id)}`],
    ['type', type],
  ];
  if (answered && response !== null) out.push(['learner_response', response]);
  out.push(['correct_responses.0.pattern', pattern], ['result', rec.correct ? 'correct' : 'incorrect']);
  return out;
}
