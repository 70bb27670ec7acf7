/**
 * The course edition and its law-checked day, worked out at build time (pages pass it to
 * islands as a prop, so the legal facts never reach a page's JavaScript).
 */
import { EDITION, type Edition } from '../../data/edition';
import { legalFacts } from '../../data/legal-facts';

export function courseEdition(): Edition {
  const checked = legalFacts.map((f) => f.lastChecked).sort()[0];
  if (!checked) throw new Error('src/data/legal-facts.ts: no facts, so no law-checked date for the course edition');
  return { edition: EDITION, lawChecked: checked };
}
