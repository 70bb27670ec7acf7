/**
 * Reads the number in a learner's typed answer, the way a person would:
 * "60 million", "60,000,000", "60 000 000", "60m", "60 mln", "€700M", "EUR 700 million",
 * "1.5 billion", "2,5", "100%", "60 million images". A prompt that asks "more than how
 * many…" gets answers such as "over 700", "more than 100", "at least 13", "> 700", "700+"
 * or "100 or more": the bound word is read past and the number kept. Deadlines and years
 * come as people say them: "within 24 hours", "in 2028", "by 2028", and a date that contains
 * the year ("2 August 2028", "August 2028", "2028-08-02", "2.8.2028") reads as its year.
 * Numbers in words are read too: "six", "twenty-four", "one hundred and sixty-three",
 * "seven hundred", "sixty million".
 * A bound the other way ("under 700", "less than 100", "700 or fewer") and anything else
 * ("60 or 70", "sixty or seventy", "") gives null, which scores as wrong: a learner's
 * answer is never an error, only right or wrong.
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
  mln: 6,
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
  'mln',
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
/** How people put a deadline or a year: "within 24 hours", "in 2028", "by 2028", "from 2027". */
const WHEN = String.raw`(?:within|in|by|from|since|before|on|until|till|in the year|by the end of)`;
const NUMBER = String.raw`\d+(?:[.,' ’]\d+)*`;
const PATTERN = new RegExp(
  String.raw`^(?:(?:${HEDGE}|${LOWER_BOUND}|${WHEN})\s*)?(?:${CURRENCY}\s*)?([+\-−])?\s*(?:${CURRENCY}\s*)?(${NUMBER})(?:\s*([a-z]+))?([^\d]*)$`,
);
/** A lead-in word before a number in words or a date ("about", "over", "within", "in"). */
const LEAD = new RegExp(String.raw`^(?:(?:${HEDGE}|${LOWER_BOUND}|${WHEN})\s+)?`);

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
/** "2 August 2028", "2nd of August, 2028", "August 2, 2028", "August 2028": the year is the number. */
const NAMED_DATE = new RegExp(
  String.raw`^(?:(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?:${MONTHS})\.?(?:\s+(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?)?,?\s+(\d{4})$`,
);
/** "2028-08-02" (ISO) or "2.8.2028", "2/8/2028", "02-08-2028" (day first or month first). */
const NUMERIC_DATE =
  /^(?:(\d{4})-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])|(?:0?[1-9]|[12]\d|3[01])([./-])(?:0?[1-9]|[12]\d|3[01])\2(\d{4}))$/;

const UNITS: Readonly<Record<string, number>> = {
  zero: 0,
  nought: 0,
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
/** Scale words in a number written out: "hundred" multiplies the group, the rest close it. */
const WORD_SCALES: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

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
  const lead = LEAD.exec(input)?.[0] ?? '';
  const body = input.slice(lead.length);
  const date = readDate(body);
  if (date !== null) return { value: date, scaled: false };
  const match = PATTERN.exec(input);
  if (!match) return readWords(body);
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

/** The year of a date ("2 August 2028" → 2028), or null when `text` is not a date. */
function readDate(text: string): number | null {
  const named = NAMED_DATE.exec(text);
  if (named) return Number(named[1]);
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) return Number(numeric[1] ?? numeric[3]);
  return null;
}

/**
 * A number written in words at the start of `text` ("twenty-four hours", "sixty million",
 * "one hundred and sixty-three"), followed by nothing or by words that are neither numbers
 * nor an upper bound. Null when there is no such number or when a second number follows.
 */
function readWords(text: string): ParsedNumber | null {
  const words = text
    .replace(/[,]/g, ' ')
    .split(/[\s-]+/)
    .filter(Boolean);
  let total = 0;
  let group = 0;
  let used = 0;
  let seen = false;
  let scaled = false;
  /** The word before, when it was a unit word ("sixty" in "sixty-three"). */
  let previous: number | undefined;
  for (const word of words) {
    const unit = UNITS[word];
    const scale = WORD_SCALES[word] ?? (UNIT_MULTIPLIERS.has(word) ? 10 ** (MULTIPLIERS[word] ?? 0) : undefined);
    if (unit !== undefined) {
      // "a"/"an" only count as one before a scale word ("a hundred").
      if ((word === 'a' || word === 'an') && (seen || WORD_SCALES[words[used + 1] ?? ''] === undefined)) break;
      // Two unit words in a row make one number only as tens then ones ("sixty-three");
      // "sixty seventy" or "ten five" are two numbers.
      if (previous !== undefined && !(previous >= 20 && previous % 10 === 0 && unit < 10)) return null;
      // After "hundred", a unit word must fit below it ("one hundred and sixty-three").
      if (group % 100 !== 0 && previous === undefined) return null;
      group += unit;
      seen = true;
      previous = unit;
      used += 1;
      continue;
    }
    previous = undefined;
    if (scale !== undefined && seen) {
      if (scale === 100) group = (group || 1) * 100;
      else {
        total += (group || 1) * scale;
        group = 0;
        scaled = true;
      }
    } else if (word === 'and' && seen) {
      // "one hundred and sixty-three"
    } else break;
    used += 1;
  }
  if (!seen) return null;
  const rest = words.slice(used).join(' ');
  if (UPPER_BOUND_AFTER.test(` ${rest}`) || /\d/.test(rest)) return null;
  if (rest.split(' ').some((w) => UNITS[w] !== undefined && w !== 'a' && w !== 'an')) return null;
  return { value: total + group, scaled };
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
