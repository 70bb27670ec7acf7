import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  describeResult,
  formatCount,
  formatPercent,
  inHundred,
  parsePercent,
  predictiveValue,
  WORKED_EXAMPLE,
} from '../../../../src/lib/calculators/predictive-value';

describe('predictiveValue: natural frequencies for 1,000 patients', () => {
  it('gives the lesson’s worked example: 18 true and 98 false positives, about 16 in 100 right', () => {
    const r = predictiveValue(WORKED_EXAMPLE);
    expect(r).toMatchObject({
      population: 1000,
      withCondition: 20,
      withoutCondition: 980,
      truePositives: 18,
      falseNegatives: 2,
      falsePositives: 98,
      trueNegatives: 882,
      positives: 116,
      negatives: 884,
    });
    expect(r.ppv).toBeCloseTo((100 * 18) / 116, 6);
    expect(r.npv).toBeCloseTo((100 * 882) / 884, 6);
    expect(inHundred(r.ppv!)).toBe('about 16 in 100');
  });

  it.each([
    // sens, spec, prev → TP, FP, FN, TN, PPV (per cent)
    [90, 90, 20, 180, 80, 20, 720, 69.2],
    [90, 90, 50, 450, 50, 50, 450, 90],
    [95, 99, 1, 10, 10, 0, 980, 50],
    [80, 95, 10, 80, 45, 20, 855, 64],
    [100, 100, 5, 50, 0, 0, 950, 100],
  ])(
    'sensitivity %i, specificity %i, prevalence %i per cent → %i TP, %i FP, %i FN, %i TN, PPV %f per cent',
    (sens, spec, prev, tp, fp, fn, tn, ppv) => {
      const r = predictiveValue({ sensitivity: sens, specificity: spec, prevalence: prev });
      expect([r.truePositives, r.falsePositives, r.falseNegatives, r.trueNegatives]).toEqual([tp, fp, fn, tn]);
      expect(r.ppv).toBeCloseTo(ppv, 0);
    },
  );

  it('the same test has a lower PPV where the condition is rarer', () => {
    const ppvAt = (prevalence: number) => predictiveValue({ ...WORKED_EXAMPLE, prevalence }).ppv!;
    expect(ppvAt(1)).toBeLessThan(ppvAt(2));
    expect(ppvAt(2)).toBeLessThan(ppvAt(10));
    expect(ppvAt(10)).toBeLessThan(ppvAt(30));
  });

  it('rounds a half patient up, without float noise (0.05% of 1,000 is 0.5 → 1)', () => {
    expect(predictiveValue({ sensitivity: 50, specificity: 50, prevalence: 0.05 }).withCondition).toBe(1);
    expect(predictiveValue({ sensitivity: 50, specificity: 50, prevalence: 0.15 }).withCondition).toBe(2);
  });

  it('has no PPV when nobody tests positive, and no NPV when nobody tests negative (never NaN)', () => {
    const none = predictiveValue({ sensitivity: 90, specificity: 100, prevalence: 0 });
    expect(none.positives).toBe(0);
    expect(none.ppv).toBeNull();
    expect(none.npv).toBe(100);
    expect(describeResult(none)).toMatch(/no positive predictive value/);
    const all = predictiveValue({ sensitivity: 100, specificity: 0, prevalence: 50 });
    expect(all.negatives).toBe(0);
    expect(all.npv).toBeNull();
    expect(describeResult(all)).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('refuses rates outside 0–100 or not numbers', () => {
    expect(() => predictiveValue({ ...WORKED_EXAMPLE, prevalence: 101 })).toThrow(RangeError);
    expect(() => predictiveValue({ ...WORKED_EXAMPLE, sensitivity: -1 })).toThrow(RangeError);
    expect(() => predictiveValue({ ...WORKED_EXAMPLE, specificity: Number.NaN })).toThrow(RangeError);
  });

  it('for any valid rates: the four cells are whole, add up to 1,000, and the values are within 0–100', () => {
    const rate = fc.double({ min: 0, max: 100, noNaN: true });
    fc.assert(
      fc.property(rate, rate, rate, (sensitivity, specificity, prevalence) => {
        const r = predictiveValue({ sensitivity, specificity, prevalence });
        const cells = [r.truePositives, r.falseNegatives, r.falsePositives, r.trueNegatives];
        expect(cells.every((c) => Number.isInteger(c) && c >= 0)).toBe(true);
        expect(cells.reduce((a, b) => a + b, 0)).toBe(1000);
        expect(r.positives + r.negatives).toBe(1000);
        for (const v of [r.ppv, r.npv]) if (v !== null) expect(v >= 0 && v <= 100).toBe(true);
        expect(describeResult(r)).not.toMatch(/NaN|undefined|Infinity/);
      }),
    );
  });
});

describe('parsePercent: what a learner types', () => {
  it.each([
    ['2', 2],
    [' 2.5 ', 2.5],
    ['2,5', 2.5],
    ['90 %', 90],
    ['0', 0],
    ['100', 100],
    ['.5', 0.5],
  ])('reads "%s" as %f', (raw, value) => {
    expect(parsePercent(raw, 'prevalence')).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'prevalence', /Enter the prevalence, a number from 0 to 100/],
    ['   ', 'sensitivity', /Enter the sensitivity/],
    ['abc', 'specificity', /Specificity must be a number from 0 to 100/],
    ['1e3', 'prevalence', /must be a number/],
    ['-1', 'prevalence', /Prevalence cannot be below 0%/],
    ['100.1', 'sensitivity', /Sensitivity cannot be above 100%/],
    ['250', 'prevalence', /cannot be above 100%/],
  ] as const)('refuses "%s" for %s with a clear message', (raw, field, message) => {
    const r = parsePercent(raw, field);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.message).toMatch(message);
  });
});

describe('wording', () => {
  it.each([
    [15.517, 'about 16 in 100'],
    [50, '50 in 100'],
    [0.2, 'less than 1 in 100'],
    [99.8, 'more than 99 in 100'],
    [100, '100 in 100'],
    [0, '0 in 100'],
  ])('%f per cent reads "%s"', (p, text) => {
    expect(inHundred(p)).toBe(text);
  });

  it('prints per cent with at most one decimal', () => {
    expect(formatPercent(15.517)).toBe('15.5%');
    expect(formatPercent(99.77)).toBe('99.8%');
    expect(formatPercent(50)).toBe('50%');
  });

  // Both are written by hand so the calculator never waits for the browser's locale data;
  // they must still print what toLocaleString('en-GB') would.
  it('prints counts and per cent as toLocaleString("en-GB") would', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), (n) => {
        expect(formatCount(n)).toBe(n.toLocaleString('en-GB'));
      }),
    );
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), (p) => {
        const tenth = Math.round(Number((p * 10).toPrecision(12))) / 10;
        expect(formatPercent(p)).toBe(`${tenth.toLocaleString('en-GB', { maximumFractionDigits: 1 })}%`);
      }),
    );
    expect(formatCount(1000)).toBe('1,000');
    expect(formatCount(98)).toBe('98');
  });

  it('describes the worked example in one sentence for the live region', () => {
    expect(describeResult(predictiveValue(WORKED_EXAMPLE))).toBe(
      'Of 1,000 patients, 116 test positive. Positive predictive value: 18 of 116 positive results are right, about 16 in 100 (15.5%). Negative predictive value: 882 of 884 negative results are right (99.8%).',
    );
  });
});
