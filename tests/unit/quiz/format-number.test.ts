import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../src/quiz/format-number';
import { mulberry32 } from '../../../src/quiz/random';

// formatNumber writes digits by hand so that a page never waits for the browser's locale
// data (src/quiz/format-number.ts). These tests hold it to what Intl would have written.
const intl = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 6 });

describe('formatNumber', () => {
  it('uses a scale word only when that loses nothing', () => {
    expect(formatNumber(60_000_000)).toBe('60 million');
    expect(formatNumber(1_500_000_000)).toBe('1.5 billion');
    expect(formatNumber(2e12)).toBe('2 trillion');
    expect(formatNumber(60_123_456)).toBe('60,123,456');
    expect(formatNumber(60_000)).toBe('60,000');
    expect(formatNumber(2.5)).toBe('2.5');
    expect(formatNumber(-1234.5)).toBe('-1,234.5');
    expect(formatNumber(Number.NaN)).toBe('NaN');
  });

  it('rounds to six decimals as Intl does, halves away from zero', () => {
    for (const [value, text] of [
      [0.0000005, '0.000001'],
      [1.0000005, '1.000001'],
      [1.0000015, '1.000002'],
      [0.1234565, '0.123457'],
      [999.9999995, '1,000'],
      [0.00000025, '0'],
      [-0.0000001, '-0'],
      [0, '0'],
      [-0, '-0'],
      [1.2345678901234568e21, '1,234,567,890,123,456,800,000'],
    ] as const) {
      expect(formatNumber(value)).toBe(text);
      expect(text).toBe(intl.format(value));
    }
  });

  it('writes what Intl.NumberFormat("en-GB") writes, for numbers of every size', () => {
    const next = mulberry32(20261207);
    for (let i = 0; i < 5000; i++) {
      const magnitude = 10 ** Math.floor(next() * 18 - 8);
      const sign = next() < 0.2 ? -1 : 1;
      // Every third number is a tie at the seventh decimal, where rounding can go wrong.
      const value =
        i % 3 === 0
          ? (sign * (Math.floor(next() * 1e9) + 0.5)) / 1e6
          : (sign * Math.round(next() * 1e6) * magnitude) / 1e3;
      const written = formatNumber(value);
      if (/million|billion|trillion/.test(written)) continue;
      expect(written, String(value)).toBe(intl.format(value));
    }
  });
});
