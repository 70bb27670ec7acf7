import {
  describeResult,
  FIELD_NAMES,
  parsePercent,
  predictiveValue,
  type PercentField,
  type PredictiveInput,
} from '../../lib/calculators/predictive-value';

export const FIELDS = Object.keys(FIELD_NAMES) as PercentField[];

/**
 * What the calculator's three fields hold, and what follows from them. A field that does not
 * hold a number from 0 to 100 gets a message; the picture and the table keep the last numbers
 * that worked (named in the table's caption), so nothing ever shows NaN.
 */
export class PredictiveValueForm {
  /** What the learner typed, per field. */
  raw: Record<PercentField, string> = $state({ sensitivity: '', specificity: '', prevalence: '' });
  /** The last complete, valid set of rates: what the picture and the table show. */
  shown: PredictiveInput = $state({ sensitivity: 0, specificity: 0, prevalence: 0 });

  errors: Partial<Record<PercentField, string>> = $derived.by(() => {
    const out: Partial<Record<PercentField, string>> = {};
    for (const f of FIELDS) {
      const p = parsePercent(this.raw[f], f);
      if (!p.ok) out[f] = p.message;
    }
    return out;
  });
  result = $derived(predictiveValue(this.shown));
  /** The sentence for the live region: the new result, or what to fix. */
  status = $derived.by(() => {
    const problems = FIELDS.flatMap((f) => this.errors[f] ?? []);
    return problems.length
      ? `${problems.join(' ')} The picture and the table still show the last numbers that worked.`
      : describeResult(this.result);
  });

  constructor(start: PredictiveInput) {
    this.shown = { ...start };
    for (const f of FIELDS) this.raw[f] = String(start[f]);
  }

  set(field: PercentField, raw: string): void {
    this.raw[field] = raw;
    const next = { ...this.shown };
    for (const f of FIELDS) {
      const p = parsePercent(this.raw[f], f);
      if (!p.ok) return;
      next[f] = p.value;
    }
    this.shown = next;
  }
}
