/**
 * The "progress code": a progress document squeezed into a short, URL-safe string a
 * learner can paste on another device (or an LMS can keep in SCORM `suspend_data`).
 * JSON → deflate-raw (the platform's CompressionStream, also in Node 24) → base64url,
 * behind a prefix that names the format so a later release can change it.
 */

import { fromBase64Url, pump, toBase64Url } from './bytes';

export const CODE_PREFIX = 'dhs1.';
/** Largest text a code may unpack to; stops a tiny code from inflating into gigabytes. */
export const MAX_CODE_TEXT = 1_000_000;

/** Looks like a progress code (after removing the spaces and line breaks pasting adds). */
export function isProgressCode(text: string): boolean {
  return text.replace(/\s+/g, '').startsWith(CODE_PREFIX);
}

export async function textToCode(text: string): Promise<string> {
  const bytes = await pump(new TextEncoder().encode(text), new CompressionStream('deflate-raw'), Infinity);
  return CODE_PREFIX + toBase64Url(bytes);
}

/** Unpacks a code; throws with a message a learner can act on. */
export async function codeToText(code: string): Promise<string> {
  const body = code.replace(/\s+/g, '').slice(CODE_PREFIX.length);
  if (!/^[A-Za-z0-9_-]+$/.test(body)) throw new Error('The progress code has characters a code never contains.');
  let bytes: Uint8Array;
  try {
    bytes = fromBase64Url(body);
  } catch {
    throw new Error('The progress code is incomplete or mistyped.');
  }
  let out: Uint8Array;
  try {
    out = await pump(bytes, new DecompressionStream('deflate-raw'), MAX_CODE_TEXT);
  } catch (e) {
    throw new Error(
      e instanceof Error && e.message === 'too large'
        ? 'The progress code unpacks to more than 1 MB, which no real progress needs.'
        : 'The progress code is incomplete or mistyped.',
      { cause: e },
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(out);
  } catch {
    throw new Error('The progress code is incomplete or mistyped.');
  }
}
