// @ts-check
/**
 * The own-words check, shared by `scripts/source-fingerprint.mjs` (which fingerprints the source
 * document) and `tests/unit/content/seed-overlap.test.ts` (which checks the course against that
 * fingerprint). Both sides must normalise text the same way, so the rules live here once.
 *
 * Normalisation, in order:
 *  1. Unicode NFKC, then lower case.
 *  2. Apostrophes (' ’ ‘) are dropped ("Europe's" → "europes"); any other run of characters that
 *     is not a letter or a digit is a word break ("AI-powered" → "ai", "powered").
 *  3. US spellings are folded to British (-ize → -ise, behavior, center/meter/fiber, program).
 *  4. Each official title in OFFICIAL_TITLES collapses into one token, on both sides, so a lesson
 *     may name the title but not copy the sentence around it.
 * A shingle is RUN consecutive tokens of one line (a line of the source is one paragraph, so a
 * shingle never crosses a line break), joined with single spaces. Its fingerprint is the first
 * 16 hex digits of the SHA-256 of that string.
 */
import { createHash } from 'node:crypto';

/** Shingle length in words: a shared run this long counts as copied. */
export const RUN = 12;

/**
 * Official titles a lesson may name in full. Keep this list short: titles only, never sentences.
 * Changing it changes the fingerprint: regenerate it with `node scripts/source-fingerprint.mjs`.
 */
export const OFFICIAL_TITLES = [
  'Action Plan on the cybersecurity of hospitals and healthcare providers',
  'Testing and Experimentation Facility for Health',
  'European Virtual Human Twins Initiative',
  'Intensive Care Unit (ICU) data infrastructure',
];

/**
 * Words for overlap checks: lower case, apostrophes dropped, any other punctuation a word break,
 * and US spellings folded to British ("organizations" = "organisations").
 * @param {string} text
 * @returns {string[]}
 */
export function normalisedWords(text) {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’‘]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter(Boolean)
    .map(foldSpelling);
}

/** @param {string} word */
function foldSpelling(word) {
  return word
    .replace(/^(\w+?)iz(e|es|ed|ing|ation|ations)$/, '$1is$2')
    .replace(/^behavior/, 'behaviour')
    .replace(/^(cent|met|fib)er(s?)$/, '$1re$2')
    .replace(/^program$/, 'programme')
    .replace(/^programs$/, 'programmes');
}

const TITLE_TOKENS = OFFICIAL_TITLES.map((t) => {
  const words = normalisedWords(t);
  return { words, token: `[${words.join('_')}]` };
});

/**
 * Normalised words of a text with each official title collapsed into one token.
 * @param {string} text
 * @returns {string[]}
 */
export function tokens(text) {
  const w = normalisedWords(text);
  /** @type {string[]} */
  const out = [];
  for (let i = 0; i < w.length;) {
    const title = TITLE_TOKENS.find((t) => t.words.every((tw, k) => w[i + k] === tw));
    if (title) {
      out.push(title.token);
      i += title.words.length;
    } else out.push(/** @type {string} */ (w[i++]));
  }
  return out;
}

/**
 * The fingerprint of one shingle (RUN tokens).
 * @param {readonly string[]} shingle
 */
export function shingleHash(shingle) {
  return createHash('sha256').update(shingle.join(' ')).digest('hex').slice(0, 16);
}

/**
 * Sorted, distinct fingerprints of every shingle of a source text (lines are paragraphs).
 * @param {string} source
 * @returns {string[]}
 */
export function fingerprint(source) {
  const hashes = new Set();
  for (const line of source.split(/\r?\n/)) {
    const w = tokens(line);
    for (let i = 0; i + RUN <= w.length; i++) hashes.add(shingleHash(w.slice(i, i + RUN)));
  }
  return [...hashes].sort();
}

/**
 * The longest stretches of `text` whose every RUN-token window is in the fingerprint, as words
 * (official titles shown in brackets).
 * @param {string} text
 * @param {ReadonlySet<string>} hashes
 * @returns {string[]}
 */
export function copiedPassages(text, hashes) {
  const w = tokens(text);
  /** @type {string[]} */
  const found = [];
  let start = -1;
  let end = -1;
  for (let i = 0; i + RUN <= w.length; i++) {
    if (!hashes.has(shingleHash(w.slice(i, i + RUN)))) continue;
    if (start >= 0 && i <= end) end = i + RUN;
    else {
      if (start >= 0) found.push(w.slice(start, end).join(' '));
      start = i;
      end = i + RUN;
    }
  }
  if (start >= 0) found.push(w.slice(start, end).join(' '));
  return found;
}
