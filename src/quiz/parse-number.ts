/**
 * Reads the number in a learner's typed answer, the way a person would:
 * "60 million", "60,000,000", "60 000 000", "60m", "€700M", "EUR 700 million",
 * "1.5 billion", "2,5", "100%", "60 million images". A prompt that asks "more than how
 * many…" gets answers such as "over 700", "more than 100", "at least 13", "> 700", "700+"
 * or "100 or more": the bound word is read past and the number kept. A bound the other way
 * ("under 700", "less than 100", "700 or fewer") and anything else ("sixty", "60 or 70",
 * "") gives null, which scores as wrong.
 *
 * Separators: a single "." is always a decimal point. A single "," is a thousands
 * separator when it could be one ("60,000", "1,500") and a decimal comma otherwise
 * ("2,5", "0,75", "12345,6"). When both appear the last one is the decimal mark
 * ("1.234,5", "1,234.5"). Spaces and apostrophes only group thousands. Groups after the
 * first must have three digits, so "13 14" or "1,00,0" are not read as numbers.
 */

/** Powers of ten named by multiplier words and abbreviations (lower case). */
const MULTIPLIERS: Readonly<Record<string, number>> = {
  k: 3,
  thousand: 3,
  thousands: 3,
  m: 6,
  mn: 6,
  mio: 6,
  million: 6,
  millions: 6,
  b: 9,
  bn: 9,
  bln: 9,
  billion: 9,
  billions: 9,
  tn: 12,
  trillion: 12,
  trillions: 12,
};

/** Multiplier words that may open a question's unit ("million images"); never single letters. */
const UNIT_MULTIPLIERS = new Set([
  'thousand',
  'thousands',
  'mn',
  'mio',
  'million',
  'millions',
  'bn',
  'bln',
  'billion',
  'billions',
  'trillion',
  'trillions',
]);

const CURRENCY = String.raw`(?:€|\$|£|eur|euros?|usd|gbp)`;
const HEDGE = String.raw`(?:about|around|approx\.?|approximately|roughly|ca\.?|c\.|~|≈)`;
/** "more than how many…" answered as the learner would: "over 700", "more than 100", "≥ 13". */
const LOWER_BOUND = String.raw`(?:(?:just|well|a little|slightly)\s+)?(?:more than|greater than|over|above|at least|in excess of|upwards of|>=|≥|>)`;
/** Words after the number that turn it into an upper bound, which a "more than" figure is not. */
const UPPER_BOUND_AFTER = /\b(?:or|and) (?:less|fewer|below|under|lower)\b/;
const NUMBER = String.raw`\d+(?:[.,' ’]\d+)*`;
const PATTERN = new RegExp(
  String.raw`^(?:(?:${HEDGE}|${LOWER_BOUND})\s*)?(?:${CURRENCY}\s*)?([+\-−])?\s*(?:${CURRENCY}\s*)?(${NUMBER})(?:\s*([a-z]+))?([^\d]*)$`,
);

/** Longest text worth reading; anything longer is not a number a learner typed. */
const MAX_LENGTH = 80;

/** A number read from a learner's text, and whether they wrote a scale word ("million", "M") with it. */
export interface ParsedNumber {
  value: number;
  /** True for "60 million", "€700M", "3k"; false for "60" or "60,000,000". */
  scaled: boolean;
}

/** The number in `text`, or null when there is none or it is ambiguous. */
export function parseNumber(text: unknown): number | null {
  return readNumber(text)?.value ?? null;
}

/** Like `parseNumber`, and also says whether the learner wrote a scale word. */
export function readNumber(text: unknown): ParsedNumber | null {
  if (typeof text !== 'string' || text.length > MAX_LENGTH) return null;
  const input = text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  const match = PATTERN.exec(input);
  if (!match) return null;
  const [, sign, digits, word, rest = ''] = match;
  if (digits === undefined) return null;
  if (UPPER_BOUND_AFTER.test(`${word ?? ''}${rest}`)) return null;
  const plain = plainDecimal(digits);
  if (plain === null) return null;
  // A word straight after the number multiplies it only if it is a multiplier
  // ("60 million"); any other word ("60 images") is just a unit.
  const exponent = word === undefined ? 0 : (MULTIPLIERS[word] ?? 0);
  const value = Number(`${plain}e${exponent}`);
  if (!Number.isFinite(value)) return null;
  return { value: sign === '-' || sign === '−' ? -value : value, scaled: exponent !== 0 };
}

/**
 * The scale a lesson prints a whole-number answer in when it is a round number of millions or
 * billions: 60,000,000 is "60 million", so a learner who types "60" for a question about it
 * means 60 million. 1 for anything else (thousands stay literal: "60" is not 60,000).
 */
export function impliedScale(answer: number): number {
  for (const scale of [1e9, 1e6]) {
    if (Math.abs(answer) >= scale && Number.isInteger(answer / scale)) return scale;
  }
  return 1;
}

/** How many of a question's answer units one "unit" is worth: 1e6 for "million images". */
export function unitScale(unit: string | undefined): number {
  if (unit === undefined) return 1;
  const words = unit.toLowerCase().match(/[a-z]+/g) ?? [];
  const first = words.find((w) => !/^(?:eur|euros?|usd|gbp)$/.test(w));
  return first !== undefined && UNIT_MULTIPLIERS.has(first) ? 10 ** (MULTIPLIERS[first] ?? 0) : 1;
}

/** "60,000,000" → "60000000", "2,5" → "2.5"; null when the grouping makes no sense. */
function plainDecimal(token: string): string | null {
  const separators = token.match(/\D/g) ?? [];
  if (separators.length === 0) return token;
  const groups = token.split(/\D/);
  const last = separators[separators.length - 1];
  const lastCount = separators.filter((s) => s === last).length;

  let decimal = false;
  if ((last === '.' || last === ',') && lastCount === 1) {
    if (separators.length > 1 || last === '.') {
      decimal = true;
    } else {
      // One comma alone: thousands when it reads as thousands, else a decimal comma.
      const [before = '', after = ''] = groups;
      decimal = !(after.length === 3 && before.length <= 3 && !before.startsWith('0'));
    }
  }

  const intGroups = decimal ? groups.slice(0, -1) : groups;
  const thousands = decimal ? separators.slice(0, -1) : separators;
  if (thousands.some((s) => s !== thousands[0])) return null;
  if (thousands.length > 0) {
    const [head = '', ...rest] = intGroups;
    if (head.length > 3 || rest.some((g) => g.length !== 3)) return null;
  }
  const integer = intGroups.join('');
  return decimal ? `${integer}.${groups[groups.length - 1] ?? ''}` : integer;
}
