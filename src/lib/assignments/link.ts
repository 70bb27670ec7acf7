/**
 * The assignment link codec. An assignment travels in the URL fragment
 * (`/assignment/#<code>`), which browsers never send to a server.
 *
 * Code = base64url of: [version byte][flags byte][4-byte checksum][body]
 * - body: the assignment as newline-separated text (id, title, trainer, due date, pass
 *   mark, then one item per line, with `module:`/`lesson:`/`quiz:` shortened to m/l/q),
 *   either as is or deflate-raw compressed (flags bit 0), whichever is shorter;
 * - checksum: FNV-1a of the text, so a truncated, mistyped or edited link is refused
 *   instead of half-read.
 *
 * Decoding never throws: it returns a reason the page turns into a plain message.
 * Encoding lives in assignment-link-encode.ts, so a learner's page carries only the decoder.
 */
import * as v from 'valibot';
import { fnv1a } from '../../quiz/hash';
import { ASSIGNMENT_ID, DATE, ITEM, isRealDate } from '../../schemas/patterns';
import { check, int } from '../../schemas/runtime';
import { fromBase64Url, pump } from '../../progress/bytes';

/** Version 1 links (no trainer email) are still written when there is no email, and always read. */
export const LINK_VERSION = 2;
/** Longest code read; a real one is a few hundred characters. */
export const MAX_CODE = 8000;
const MAX_TEXT = 32_000;

/** An assignment as the link carries it (the learner store adds `accepted`). */
export interface AssignmentSpec {
  /** Random id, chosen once by the builder: letters, digits, `_` and `-`. */
  id: string;
  title: string;
  trainer: string;
  /** YYYY-MM-DD */
  due?: string | undefined;
  /** 1–100; overrides each quiz's own pass mark. */
  passMark?: number | undefined;
  /** The trainer's email address, so "Email the summary" opens with the recipient filled in. */
  email?: string | undefined;
  /** `module:<id>`, `lesson:<module>/<lesson>` or `quiz:<id>`, in the order picked. */
  items: string[];
}

export type DecodeResult =
  { ok: true; assignment: AssignmentSpec } | { ok: false; reason: 'empty' | 'incomplete' | 'newer' };

export const LIMITS = { title: 120, trainer: 80, items: 200, id: 64, email: 120 } as const;

/** One address, no display name: what a `mailto:` recipient may be. */
export const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[A-Za-z0-9-]{2,}$/;

/** What a tidied assignment must be (the shared rules of src/schemas/patterns.ts). */
const specSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(ASSIGNMENT_ID)),
  title: v.pipe(v.string(), v.minLength(1)),
  trainer: v.pipe(v.string(), v.minLength(1)),
  due: v.optional(v.pipe(v.string(), v.regex(DATE))),
  passMark: v.optional(int(1, 100)),
  email: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.email), v.regex(EMAIL))),
  items: v.pipe(v.array(v.pipe(v.string(), v.regex(ITEM))), v.minLength(1), v.maxLength(LIMITS.items)),
});
const SHORT: Record<string, string> = { module: 'm', lesson: 'l', quiz: 'q' };
const LONG: Record<string, string> = { m: 'module', l: 'lesson', q: 'quiz' };

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/** One line of plain text: control characters removed, spaces collapsed, trimmed, cut to `max`. */
export function cleanText(text: string, max: number): string {
  return text.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim().slice(0, max).trim();
}

/** Checks and tidies an assignment; returns undefined when it cannot be a valid one. */
export function normalizeAssignment(a: AssignmentSpec): AssignmentSpec | undefined {
  const out: AssignmentSpec = {
    id: a.id,
    title: cleanText(a.title, LIMITS.title),
    trainer: cleanText(a.trainer, LIMITS.trainer),
    items: [...new Set(a.items)],
  };
  if (a.due !== undefined && a.due !== '') out.due = a.due;
  if (a.passMark !== undefined) out.passMark = a.passMark;
  if (a.email !== undefined && a.email.trim() !== '') out.email = a.email.trim();
  return check(specSchema, out).ok && (out.due === undefined || isRealDate(out.due)) ? out : undefined;
}

/** The version a link for this assignment is written in: 2 only when it carries an email. */
export const linkVersion = (a: AssignmentSpec): number => (a.email ? 2 : 1);

/** The link's body text (shared with the encoder); version 2 adds the email after the pass mark. */
export function toText(a: AssignmentSpec): string {
  const items = a.items.map((i) => {
    const colon = i.indexOf(':');
    return (SHORT[i.slice(0, colon)] ?? '') + i.slice(colon + 1);
  });
  const head = [a.id, a.title, a.trainer, a.due ?? '', a.passMark ?? ''];
  if (linkVersion(a) === 2) head.push(a.email ?? '');
  return [...head, ...items].join('\n');
}

function fromText(text: string, version: number): AssignmentSpec | undefined {
  const lines = text.split('\n');
  const [id, title, trainer, due, pass] = lines;
  const email = version === 2 ? lines[5] : undefined;
  const short = lines.slice(version === 2 ? 6 : 5);
  if (id === undefined || title === undefined || trainer === undefined || due === undefined || pass === undefined)
    return undefined;
  if (version === 2 && !email) return undefined;
  const items: string[] = [];
  for (const s of short) {
    const kind = LONG[s.charAt(0)];
    if (!kind) return undefined;
    items.push(`${kind}:${s.slice(1)}`);
  }
  if (pass !== '' && !/^\d{1,3}$/.test(pass)) return undefined;
  const spec: AssignmentSpec = { id, title, trainer, items };
  if (due !== '') spec.due = due;
  if (pass !== '') spec.passMark = Number(pass);
  if (email) spec.email = email;
  const clean = normalizeAssignment(spec);
  // A link must decode to exactly what was encoded; anything the normaliser had to change was not made by the builder.
  if (!clean || toText(clean) !== text) return undefined;
  return clean;
}

/** Reads a code (the fragment without `#`; a leading `#` is ignored). Never throws. */
export async function decodeAssignment(fragment: string): Promise<DecodeResult> {
  const code = fragment.replace(/^#/, '').trim();
  if (code === '') return { ok: false, reason: 'empty' };
  if (code.length > MAX_CODE || !/^[A-Za-z0-9_-]+$/.test(code)) return { ok: false, reason: 'incomplete' };
  let bytes: Uint8Array;
  try {
    bytes = fromBase64Url(code);
  } catch {
    return { ok: false, reason: 'incomplete' };
  }
  if (bytes.length < 7) return { ok: false, reason: 'incomplete' };
  const version = bytes[0] ?? 0;
  if (version < 1 || version > LINK_VERSION)
    return { ok: false, reason: version > LINK_VERSION ? 'newer' : 'incomplete' };
  const flags = bytes[1] ?? 0;
  if (flags > 1) return { ok: false, reason: 'incomplete' };
  const sum = (((bytes[2] ?? 0) << 24) | ((bytes[3] ?? 0) << 16) | ((bytes[4] ?? 0) << 8) | (bytes[5] ?? 0)) >>> 0;
  let text: string;
  try {
    const body = bytes.subarray(6);
    const plain = flags === 1 ? await pump(body, new DecompressionStream('deflate-raw'), MAX_TEXT) : body;
    text = new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch {
    return { ok: false, reason: 'incomplete' };
  }
  if (fnv1a(text) !== sum) return { ok: false, reason: 'incomplete' };
  const assignment = fromText(text, version);
  return assignment ? { ok: true, assignment } : { ok: false, reason: 'incomplete' };
}

/** The full link a learner opens: `<site>/assignment/#<code>`. */
export function assignmentLink(origin: string, base: string, code: string): string {
  return `${origin}${base.replace(/\/?$/, '/')}assignment/#${code}`;
}
