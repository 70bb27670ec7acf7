/**
 * The dates on the timeline figure (src/components/figures/timeline.ts), derived from the legal
 * facts (src/data/legal-facts.ts): every fact with a `timeline` label and a date. Change a date
 * in the facts file, never here.
 */
import { legalFacts, type LawName } from './legal-facts';

export { formatLegalDate } from './law';

export type Law = LawName;

export interface LegalDate {
  /** The fact this entry shows. */
  fact: string;
  law: Law;
  /** What happens on that date, in plain words. */
  event: string;
  /** ISO date, `YYYY-MM-DD`; or `YYYY-MM` where the law's own date is only known to the month. */
  date: string;
  /** The primary text that sets the date. */
  citation: string;
}

export const legalDates: LegalDate[] = legalFacts
  .filter((f) => f.timeline && f.date)
  .map((f) => ({
    fact: f.id,
    law: f.law,
    event: f.timeline!,
    date: f.date!,
    citation: [f.source.act.replace(/ \([^)]*\)$/, ''), f.source.article].filter(Boolean).join(', '),
  }))
  .sort((a, b) => a.date.localeCompare(b.date));
