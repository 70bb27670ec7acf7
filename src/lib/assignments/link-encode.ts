/**
 * Encoding side of the assignment link codec (see assignment-link.ts for the format):
 * used by the trainer's builder only.
 */
import { fnv1a } from '../../quiz/hash';
import { linkVersion, normalizeAssignment, toText, type AssignmentSpec } from './link';
import { pump, toBase64Url } from '../../progress/bytes';

/** A fresh random id (10 characters, 60 bits). */
export function newAssignmentId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return toBase64Url(bytes).slice(0, 10);
}

export async function encodeAssignment(a: AssignmentSpec): Promise<string> {
  const clean = normalizeAssignment(a);
  if (!clean) throw new Error('encodeAssignment: the assignment is not valid');
  const text = toText(clean);
  const raw = new TextEncoder().encode(text);
  const packed = await pump(raw, new CompressionStream('deflate-raw'), Infinity);
  const deflated = packed.length < raw.length;
  const body = deflated ? packed : raw;
  const sum = fnv1a(text);
  const out = new Uint8Array(6 + body.length);
  out[0] = linkVersion(clean);
  out[1] = deflated ? 1 : 0;
  out[2] = sum >>> 24;
  out[3] = (sum >>> 16) & 0xff;
  out[4] = (sum >>> 8) & 0xff;
  out[5] = sum & 0xff;
  out.set(body, 6);
  return toBase64Url(out);
}
