import { describe, expect, it } from 'vitest';
import { impliedScale, parseNumber, readNumber, unitScale } from '../../../src/quiz/parse-number';

describe('parseNumber reads a number the way a learner types it', () => {
  it.each([
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
    ['60 Mio', 60_000_000],
    ['60 million images', 60_000_000],
    ['60 millions', 60_000_000],
    ['€700M', 700_000_000],
    ['€ 700 million', 700_000_000],
    ['EUR 700 million', 700_000_000],
    ['700 million euros', 700_000_000],
    ['700m', 700_000_000],
    ['$5bn', 5_000_000_000],
    ['100%', 100],
    ['100 %', 100],
    ['50 percent', 50],
    ['1.5 billion', 1_500_000_000],
    ['1,5 billion', 1_500_000_000],
    ['0.7 billion', 700_000_000],
    ['3k', 3000],
    ['3 thousand', 3000],
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
    ['about 60 million', 60_000_000],
    ['approx. 700m', 700_000_000],
    ['~13', 13],
    ['６０', 60],
    ['60 meters', 60],
    ['60 kg', 60],
    // "More than how many…" answered with the bound the prompt asked for.
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
    ['700 million', 700_000_000],
  ])('%j → %d', (text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });

  it.each([
    ['sixty'],
    ['sixty million'],
    [''],
    ['   '],
    ['million'],
    ['€'],
    ['%'],
    ['13 14'],
    ['60 or 70'],
    ['60-70'],
    ['1,00,0'],
    ['1.5.2024'],
    ['1,234,56'],
    ['1 234 5'],
    ['1,,000'],
    ['5e6'],
    ['0x10'],
    ['NaN'],
    ['Infinity'],
    ['it is 60'],
    ['1'.repeat(400)],
    // A bound the other way is not the figure a "more than" question asks for.
    ['under 700'],
    ['less than 100'],
    ['fewer than 100'],
    ['below 700'],
    ['up to 700'],
    ['< 700'],
    ['700 or less'],
    ['100 or fewer'],
    ['over over 700'],
    ['more 100'],
  ])('%j → null', (text) => {
    expect(parseNumber(text)).toBeNull();
  });

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
  ])('%j → %d (scaled: %s)', (text, value, scaled) => {
    expect(readNumber(text)).toEqual({ value, scaled });
  });

  it('gives null where parseNumber does', () => {
    expect(readNumber('sixty')).toBeNull();
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
