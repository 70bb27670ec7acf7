/**
 * The "progress code": a progress document squeezed into a short, URL-safe string a
 * learner can paste on another device (or an LMS can keep in SCORM `suspend_data`).
 * JSON → deflate-raw (the platform's CompressionStream, also in Node 24) → base64url,
 * behind a prefix that names the format so a later release can change it.
 */

export const CODE_PREFIX = 'dhs1.';
/** Largest text a code may unpack to; stops a tiny code from inflating into gigabytes. */
export const MAX_CODE_TEXT = 1_000_000;

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

async function pump(
  input: Uint8Array,
  stream: CompressionStream | DecompressionStream,
  limit: number,
): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  // Write errors surface through the reader; this catch only keeps them from being unhandled.
  writer.write(input as Uint8Array<ArrayBuffer>).catch(() => {});
  writer.close().catch(() => {});
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw new Error('too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

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
