/**
 * Natural frequencies for a test or an AI alert: out of 1,000 patients, how many have the
 * condition, how many of them the test flags, how many false alarms it raises, and so how
 * many of its positive results are right (the positive predictive value). Plain arithmetic,
 * no Svelte, so the lesson's calculator and its no-JavaScript table print the same numbers.
 *
 * Counts are whole patients. The people with the condition are rounded first, then each group
 * is split, and the second part of a split is what is left of the group (20 with the condition
 * and sensitivity 90% → 18 true positives and 2 false negatives), so the four cells always add
 * up to the population. The predictive values are read from those counts ("18 of 116 positive
 * results are right"), so a learner can check them against the tree and the table.
 */

/** The three rates a learner types, each in per cent (0–100). */
export interface PredictiveInput {
  sensitivity: number;
  specificity: number;
  prevalence: number;
}

export type PercentField = keyof PredictiveInput;

export interface PredictiveResult {
  population: number;
  withCondition: number;
  withoutCondition: number;
  truePositives: number;
  falseNegatives: number;
  falsePositives: number;
  trueNegatives: number;
  /** Everyone the test calls positive: true plus false positives. */
  positives: number;
  negatives: number;
  /** Share of positive results that are right, in per cent; `null` when nobody tests positive. */
  ppv: number | null;
  /** Share of negative results that are right, in per cent; `null` when nobody tests negative. */
  npv: number | null;
}

export const POPULATION = 1000;

/** The lesson's worked example: 18 true and 98 false positives, so about 16 in 100 alerts are right. */
export const WORKED_EXAMPLE: PredictiveInput = { sensitivity: 90, specificity: 90, prevalence: 2 };

export const FIELD_NAMES: Record<PercentField, string> = {
  sensitivity: 'Sensitivity',
  specificity: 'Specificity',
  prevalence: 'Prevalence',
};

/** Rounds half up, without the float noise of products such as 1000 × 0.05 / 100. */
function whole(x: number): number {
  return Math.round(Number(x.toPrecision(12)));
}

export function predictiveValue(input: PredictiveInput, population = POPULATION): PredictiveResult {
  for (const field of Object.keys(FIELD_NAMES) as PercentField[]) {
    const v = input[field];
    if (!Number.isFinite(v) || v < 0 || v > 100) throw new RangeError(`${field} must be 0–100, got ${v}`);
  }
  const withCondition = whole((population * input.prevalence) / 100);
  const withoutCondition = population - withCondition;
  const truePositives = whole((withCondition * input.sensitivity) / 100);
  const falseNegatives = withCondition - truePositives;
  const trueNegatives = whole((withoutCondition * input.specificity) / 100);
  const falsePositives = withoutCondition - trueNegatives;

  const positives = truePositives + falsePositives;
  const negatives = falseNegatives + trueNegatives;
  const share = (right: number, all: number) => (all > 0 ? (100 * right) / all : null);

  return {
    population,
    withCondition,
    withoutCondition,
    truePositives,
    falseNegatives,
    falsePositives,
    trueNegatives,
    positives,
    negatives,
    ppv: share(truePositives, positives),
    npv: share(trueNegatives, negatives),
  };
}

export type Parsed = { ok: true; value: number } | { ok: false; message: string };

/**
 * Reads what a learner typed in a per-cent field: "2", "2.5", "2,5", "2 %". Empty, not a
 * number, below 0 or above 100 gives a message that names the field and what to type.
 */
export function parsePercent(raw: string, field: PercentField): Parsed {
  const name = FIELD_NAMES[field];
  const text = raw.trim().replace(/\s*%$/, '').replace(',', '.');
  if (text === '') return { ok: false, message: `Enter the ${name.toLowerCase()}, a number from 0 to 100.` };
  const value = /^[+-]?(\d+\.?\d*|\.\d+)$/.test(text) ? Number(text) : Number.NaN;
  if (Number.isNaN(value)) return { ok: false, message: `${name} must be a number from 0 to 100.` };
  if (value < 0) return { ok: false, message: `${name} cannot be below 0%. Enter a number from 0 to 100.` };
  if (value > 100) return { ok: false, message: `${name} cannot be above 100%. Enter a number from 0 to 100.` };
  return { ok: true, value };
}

/**
 * "1,000", "98": counts (whole patients) with a thousands separator, as the lessons print
 * them. Written out rather than with `toLocaleString('en-GB')`, which gives the same text:
 * a page's first use of the browser's locale data took 50–65 ms in Chromium here, a pause
 * just as the calculator scrolls into view.
 */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** "about 16 in 100": a predictive value as natural frequency; "less than 1 in 100" near zero. */
export function inHundred(percent: number): string {
  const n = whole(percent);
  if (n === 0 && percent > 0) return 'less than 1 in 100';
  if (n === 100 && percent < 100) return 'more than 99 in 100';
  return `${percent === n ? '' : 'about '}${n} in 100`;
}

/** "15.5%": one decimal, none when whole. */
export function formatPercent(percent: number): string {
  // A whole number of tenths divided by ten prints with at most one decimal, and 0–100 needs
  // no thousands separator.
  return `${Math.round(Number((percent * 10).toPrecision(12))) / 10}%`;
}

/**
 * What the results mean, for the live region and as the calculator's visible summary:
 * "Of 1,000 patients, 116 test positive. Positive predictive value: 18 of 116 positive results
 * are right, about 16 in 100 (15.5%). Negative predictive value: …"
 */
export function describeResult(r: PredictiveResult): string {
  const n = formatCount;
  const pos = r.positives === 1 ? '1 tests positive' : `${n(r.positives)} test positive`;
  const ppv =
    r.ppv === null
      ? 'No one tests positive, so there is no positive predictive value.'
      : `Positive predictive value: ${n(r.truePositives)} of ${n(r.positives)} positive results are right, ${inHundred(r.ppv)} (${formatPercent(r.ppv)}).`;
  const npv =
    r.npv === null
      ? 'No one tests negative, so there is no negative predictive value.'
      : `Negative predictive value: ${n(r.trueNegatives)} of ${n(r.negatives)} negative results are right (${formatPercent(r.npv)}).`;
  return `Of ${n(r.population)} patients, ${pos}. ${ppv} ${npv}`;
}
