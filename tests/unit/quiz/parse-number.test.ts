import { describe, expect, it } from 'vitest';
import { impliedScale, parseNumber, readNumber, unitScale } from '../../../src/quiz/parse-number';

type Row = [text: string, expected: number];

/** Every form a learner may type, grouped by the form; each row is one answer and the number it means. */
describe.each<[string, Row[]]>([
  [
    'digits with separators and scale words',
    [
      ['60 million', 60_000_000],
      ['60,000,000', 60_000_000],
      ['60000000', 60_000_000],
      ['60 000 000', 60_000_000],
      ['60\u00a0000\u00a0000', 60_000_000],
      ['60\u202f000\u202f000', 60_000_000],
      ["60'000'000", 60_000_000],
      ['60.000.000', 60_000_000],
      ['60m', 60_000_000],
      ['60M', 60_000_000],
      ['60 mn', 60_000_000],
      ['60 mln', 60_000_000],
      ['60 Mln', 60_000_000],
      ['60 Mio', 60_000_000],
      ['60 million images', 60_000_000],
      ['60 millions', 60_000_000],
      ['1.5 billion', 1_500_000_000],
      ['1,5 billion', 1_500_000_000],
      ['0.7 billion', 700_000_000],
      ['3k', 3000],
      ['3 thousand', 3000],
    ],
  ],
  [
    'money and percentages',
    [
      ['€700M', 700_000_000],
      ['€ 700 million', 700_000_000],
      ['EUR 700 million', 700_000_000],
      ['700 million euros', 700_000_000],
      ['700 mln EUR', 700_000_000],
      ['700m', 700_000_000],
      ['$5bn', 5_000_000_000],
      ['100%', 100],
      ['100 %', 100],
      ['50 percent', 50],
    ],
  ],
  [
    'plain and decimal numbers',
    [
      ['13', 13],
      [' 13 ', 13],
      ['13.', 13],
      ['2,5', 2.5],
      ['2.5', 2.5],
      ['0,75', 0.75],
      ['0,500', 0.5],
      ['60,000', 60_000],
      ['1,500', 1500],
      ['1.500', 1.5],
      ['12345,6', 12345.6],
      ['1,234.5', 1234.5],
      ['1.234,5', 1234.5],
      ['1 234,5', 1234.5],
      ['-5', -5],
      ['−5', -5],
      ['+5', 5],
      ['６０', 60],
      ['60 meters', 60],
      ['60 kg', 60],
      ['about 60 million', 60_000_000],
      ['approx. 700m', 700_000_000],
      ['~13', 13],
    ],
  ],
  [
    '"more than how many…" answered with the bound the prompt asked for',
    [
      ['over 700', 700],
      ['Over 700', 700],
      ['more than 100', 100],
      ['More than 100 organisations', 100],
      ['greater than 100', 100],
      ['above 700', 700],
      ['at least 13', 13],
      ['just over 700', 700],
      ['well over 100', 100],
      ['in excess of 700', 700],
      ['upwards of 700', 700],
      ['> 700', 700],
      ['>700', 700],
      ['>= 100', 100],
      ['≥ 100', 100],
      ['700+', 700],
      ['100 +', 100],
      ['100 or more', 100],
      ['100 plus', 100],
      ['over 700 million', 700_000_000],
      ['over €700M', 700_000_000],
      ['more than EUR 700 million', 700_000_000],
      ['over EUR 700M', 700_000_000],
      ['over a hundred', 100],
      ['more than seven hundred million euros', 700_000_000],
    ],
  ],
  [
    'deadlines as people say them',
    [
      ['within 24 hours', 24],
      ['Within 24 hours', 24],
      ['within 24h', 24],
      ['in 72 hours', 72],
      ['within twenty-four hours', 24],
      ['6 months', 6],
      ['six months', 6],
      ['at least 6 months', 6],
    ],
  ],
  [
    'years, alone or in a date',
    [
      ['2028', 2028],
      ['in 2028', 2028],
      ['In 2028', 2028],
      ['by 2028', 2028],
      ['from 2028', 2028],
      ['since 2025', 2025],
      ['in the year 2028', 2028],
      ['by the end of 2026', 2026],
      ['2 August 2028', 2028],
      ['2nd August 2028', 2028],
      ['2 Aug 2028', 2028],
      ['2nd of August 2028', 2028],
      ['August 2, 2028', 2028],
      ['August 2028', 2028],
      ['on 2 December 2027', 2027],
      ['from 2 August 2028', 2028],
      ['2028-08-02', 2028],
      ['2.8.2028', 2028],
      ['02/08/2028', 2028],
      ['2-8-2028', 2028],
      ['1.5.2024', 2024],
      ['two thousand and twenty-eight', 2028],
    ],
  ],
  [
    'numbers in words',
    [
      ['six', 6],
      ['Six', 6],
      ['fifteen', 15],
      ['twenty-four', 24],
      ['twenty four', 24],
      ['Twenty-Four', 24],
      ['seventy-two hours', 72],
      ['a hundred', 100],
      ['one hundred', 100],
      ['one hundred and sixty-three', 163],
      ['one hundred sixty-three hubs', 163],
      ['seven hundred', 700],
      ['seven hundred million', 700_000_000],
      ['sixty million', 60_000_000],
      ['Sixty million images', 60_000_000],
      ['sixty mln', 60_000_000],
      ['sixty millions', 60_000_000],
      ['about sixty million', 60_000_000],
      ['five billion three hundred million', 5_300_000_000],
      ['zero', 0],
    ],
  ],
])('parseNumber reads %s', (_form, rows) => {
  it.each(rows)('%j → %d', (text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });
});

/** Text that is not one number: null, which scores as wrong (never an error). */
describe.each<[string, string[]]>([
  ['empty or no number', ['', '   ', 'million', '€', '%', 'it is 60', 'NaN', 'Infinity', 'lots!', 'a few']],
  [
    'two numbers',
    [
      '13 14',
      '60 or 70',
      '60-70',
      'sixty or seventy',
      'ten five',
      'sixty seventy',
      'twenty twenty-eight',
      '24 or 72 hours',
      'six 6',
    ],
  ],
  [
    'broken grouping or notation',
    ['1,00,0', '1,234,56', '1 234 5', '1,,000', '5e6', '0x10', '32.13.2028', '1'.repeat(400)],
  ],
  [
    'a bound the other way, which a "more than" figure is not',
    [
      'under 700',
      'less than 100',
      'fewer than 100',
      'below 700',
      'up to 700',
      '< 700',
      '700 or less',
      '100 or fewer',
      'under sixty',
      'sixty or less',
    ],
  ],
  ['a bound word doubled or missing its partner', ['over over 700', 'more 100']],
])('parseNumber gives null for %s', (_kind, texts) => {
  it.each(texts)('%j → null', (text) => {
    expect(parseNumber(text)).toBeNull();
  });
});

describe('parseNumber on values that are not text', () => {
  it.each([[undefined], [null], [60], [true], [['60']], [{}]])('a non-text value (%j) → null', (value) => {
    expect(parseNumber(value)).toBeNull();
  });

  it('gives exact values for decimals with a scale word (no 0.7 × 1e9 rounding error)', () => {
    expect(parseNumber('0.1 billion')).toBe(100_000_000);
    expect(parseNumber('2.3 million')).toBe(2_300_000);
  });
});

describe('unitScale', () => {
  it.each([
    [undefined, 1],
    ['images', 1],
    ['%', 1],
    ['m', 1],
    ['million images', 1e6],
    ['million euros', 1e6],
    ['EUR million', 1e6],
    ['€ billion', 1e9],
    ['thousand hospitals', 1e3],
    ['images per million', 1],
  ])('%j → %d', (unit, expected) => {
    expect(unitScale(unit)).toBe(expected);
  });
});

describe('readNumber says whether the learner wrote a scale word', () => {
  it.each([
    ['60', 60, false],
    ['60,000,000', 60_000_000, false],
    ['60 million', 60_000_000, true],
    ['€700M', 700_000_000, true],
    ['3k', 3000, true],
    ['over 700', 700, false],
    ['60 images', 60, false],
    ['sixty million', 60_000_000, true],
    ['sixty', 60, false],
    ['2 August 2028', 2028, false],
    ['within 24 hours', 24, false],
  ])('%j → %d (scaled: %s)', (text, value, scaled) => {
    expect(readNumber(text)).toEqual({ value, scaled });
  });

  it('gives null where parseNumber does', () => {
    expect(readNumber('sixty or seventy')).toBeNull();
    expect(readNumber(60)).toBeNull();
  });
});

describe('impliedScale: the scale a lesson prints a round answer in', () => {
  it.each([
    [60_000_000, 1e6],
    [700_000_000, 1e6],
    [1_000_000, 1e6],
    [5_300_000_000, 1e6],
    [20_000_000_000, 1e9],
    [60_500_000, 1], // 60.5 million: a bare "60.5" is not read as millions
    [60_000, 1],
    [2028, 1],
    [13, 1],
    [0, 1],
    [0.5, 1],
  ])('%d → %d', (answer, expected) => {
    expect(impliedScale(answer)).toBe(expected);
  });
});
