/**
 * Reading result codes pasted into the cohort report (format: result-code-format.ts).
 * Never throws: each code comes back as the result file's text, or a reason in words a
 * trainer can pass on. A refused code adds nothing to the report.
 */
import { fnv1a } from '../../quiz/hash';
import { fromBase64Url, pump } from '../../progress/bytes';
import { CODE_PREFIX } from '../../progress/code';
import { RESULT_CODE_PREFIX, courseTag } from './result-code-format';
import { MAX_RESULT_BYTES } from './result-file-format';

export type ReadCode = { ok: true; text: string } | { ok: false; reason: string };

export const CODE_PROBLEMS = {
  incomplete:
    'This result code is incomplete or has been changed, so nothing was added. Ask the learner to copy the whole code again.',
  otherCourse: 'This result code is from another course, so nothing was added.',
  progress:
    'This is a progress code (for moving progress to another device), not a result code. Ask the learner for the result code on their assignment page.',
  notCode: 'This is not a result code. A result code starts with “dhsr1.”.',
} as const;

/**
 * Splits pasted text into codes: each starts at `dhsr1.` and runs over letters, digits,
 * `-` and `_`, with the spaces and line breaks an email adds when it wraps a long line.
 */
export function splitCodes(pasted: string): string[] {
  const out: string[] = [];
  // A body never holds a ".", so the next "dhsr1." starts the next code.
  const re = /dhsr1\.(?:(?!dhsr1\.)[A-Za-z0-9_\-\s])*/g;
  for (const m of pasted.matchAll(re)) out.push(m[0].replace(/\s+/g, ''));
  return out;
}

export async function readResultCode(codeIn: string, course: string): Promise<ReadCode> {
  const code = codeIn.replace(/\s+/g, '');
  if (!code.startsWith(RESULT_CODE_PREFIX)) {
    if (code.startsWith(CODE_PREFIX)) return { ok: false, reason: CODE_PROBLEMS.progress };
    return { ok: false, reason: CODE_PROBLEMS.notCode };
  }
  const body = code.slice(RESULT_CODE_PREFIX.length);
  let bytes: Uint8Array;
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(body)) throw new Error('characters');
    bytes = fromBase64Url(body);
  } catch {
    return { ok: false, reason: CODE_PROBLEMS.incomplete };
  }
  if (bytes.length < 7) return { ok: false, reason: CODE_PROBLEMS.incomplete };
  const [a, b] = courseTag(course);
  if (bytes[0] !== a || bytes[1] !== b) return { ok: false, reason: CODE_PROBLEMS.otherCourse };
  const sum = (((bytes[2] ?? 0) << 24) | ((bytes[3] ?? 0) << 16) | ((bytes[4] ?? 0) << 8) | (bytes[5] ?? 0)) >>> 0;
  try {
    const plain = await pump(bytes.subarray(6), new DecompressionStream('deflate-raw'), MAX_RESULT_BYTES);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(plain);
    if (fnv1a(text) !== sum) return { ok: false, reason: CODE_PROBLEMS.incomplete };
    return { ok: true, text };
  } catch {
    return { ok: false, reason: CODE_PROBLEMS.incomplete };
  }
}
