/**
 * The result code: a learner's result file as text short enough for an email body or a
 * messaging app, which the trainer pastes into the cohort report instead of a file.
 *
 * `dhsr1.` + base64url of [course: 2 bytes][checksum: 4 bytes][deflate-raw of the file's compact JSON].
 * - course: the first two bytes of FNV-1a of the course's name, so a code from another
 *   course built on this software is recognised and refused by name;
 * - checksum: FNV-1a of the JSON, so a truncated or altered code is refused, never half-read.
 * Writing lives here (the learner's page); reading in result-code.ts (the cohort report),
 * so each page carries only its half.
 */
import { fnv1a } from '../../quiz/hash';
import { pump, toBase64Url } from '../../progress/bytes';
import type { ResultFile } from './result-file';

export const RESULT_CODE_PREFIX = 'dhsr1.';

/** Two bytes that tell this course's codes from another course's. */
export function courseTag(course: string): [number, number] {
  const h = fnv1a(course);
  return [h >>> 24, (h >>> 16) & 0xff];
}

export async function encodeResultCode(file: ResultFile, course: string): Promise<string> {
  const json = JSON.stringify(file);
  const packed = await pump(new TextEncoder().encode(json), new CompressionStream('deflate-raw'), Infinity);
  const sum = fnv1a(json);
  const out = new Uint8Array(6 + packed.length);
  out.set(courseTag(course), 0);
  out.set([sum >>> 24, (sum >>> 16) & 0xff, (sum >>> 8) & 0xff, sum & 0xff], 2);
  out.set(packed, 6);
  return RESULT_CODE_PREFIX + toBase64Url(out);
}
