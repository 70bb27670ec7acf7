/**
 * The progress code (`dhs1.` + base64url of raw-deflated JSON, see src/progress/code.ts)
 * made synchronously with fflate, so the launcher can still write `suspend_data` inside a
 * `pagehide` handler, where nothing asynchronous finishes. Same format: a code made here
 * opens with `codeToText`, and the other way round.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { fromBase64Url, toBase64Url } from '../progress/bytes';
import { CODE_PREFIX, MAX_CODE_TEXT } from '../progress/code';

export function textToCodeSync(text: string): string {
  return CODE_PREFIX + toBase64Url(deflateSync(strToU8(text), { level: 9 }));
}

/** The JSON text in a code; throws on anything that is not one. */
export function codeToTextSync(code: string): string {
  const body = code.replace(/\s+/g, '');
  if (!body.startsWith(CODE_PREFIX)) throw new Error('not a progress code');
  const rest = body.slice(CODE_PREFIX.length);
  if (!/^[A-Za-z0-9_-]+$/.test(rest)) throw new Error('not a progress code');
  // No LMS field holds more than SCORM 2004's 64,000 characters; a longer "code" is not ours.
  if (rest.length > 64_000) throw new Error('too large');
  const out = inflateSync(fromBase64Url(rest));
  if (out.length > MAX_CODE_TEXT) throw new Error('too large');
  return strFromU8(out);
}
