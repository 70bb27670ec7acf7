/**
 * The dates of EU law that matter to a clinician, in one place. The timeline figure
 * (src/components/figures/timeline.ts) draws from this file, and a unit test checks that each
 * date is stated in the lessons in the course's date style, so the figure and the text cannot
 * disagree. AI Act dates are as amended in 2026 by the Digital Omnibus on AI; cite EUR-Lex's
 * consolidated text of Regulation (EU) 2024/1689 (Art. 113), https://eur-lex.europa.eu/eli/reg/2024/1689/oj.
 */

export type Law = 'AI Act' | 'MDR' | 'IVDR' | 'EHDS' | 'NIS2';

export interface LegalDate {
  law: Law;
  /** What happens on that date, in plain words. */
  event: string;
  /** ISO date, `YYYY-MM-DD`; or `YYYY-MM` where the law's own date is only known to the month here. */
  date: string;
  /** The primary text that sets the date. */
  citation: string;
}

const AI_ACT = 'Regulation (EU) 2024/1689, Art. 113';
const AI_ACT_AMENDED = 'Regulation (EU) 2024/1689, Art. 113, as amended in 2026 (EUR-Lex consolidated text)';
const EHDS = 'Regulation (EU) 2025/327, Art. 105';

export const legalDates: LegalDate[] = [
  {
    law: 'MDR',
    event: 'The Medical Devices Regulation applies',
    date: '2021-05-26',
    citation: 'Regulation (EU) 2017/745, Art. 123(2), as amended by Regulation (EU) 2020/561',
  },
  {
    law: 'IVDR',
    event: 'The In Vitro Diagnostic Medical Devices Regulation applies',
    date: '2022-05-26',
    citation: 'Regulation (EU) 2017/746, Art. 113(2)',
  },
  { law: 'AI Act', event: 'Enters into force', date: '2024-08-01', citation: AI_ACT },
  {
    law: 'NIS2',
    event: 'Deadline for Member States to write NIS2 into national law',
    date: '2024-10-17',
    citation: 'Directive (EU) 2022/2555, Art. 41(1)',
  },
  { law: 'AI Act', event: 'Prohibitions and AI literacy apply', date: '2025-02-02', citation: AI_ACT },
  { law: 'EHDS', event: 'Enters into force', date: '2025-03', citation: EHDS },
  { law: 'AI Act', event: 'Rules for general-purpose AI models apply', date: '2025-08-02', citation: AI_ACT },
  {
    law: 'AI Act',
    event: 'Transparency duties apply, such as telling people they are talking to an AI (Art. 50)',
    date: '2026-08-02',
    citation: AI_ACT,
  },
  { law: 'EHDS', event: 'General date of application', date: '2027-03-26', citation: EHDS },
  {
    law: 'AI Act',
    event: 'High-risk rules apply to the uses listed in Annex III, such as emergency triage',
    date: '2027-12-02',
    citation: AI_ACT_AMENDED,
  },
  {
    law: 'AI Act',
    event: 'High-risk rules apply to AI in medical devices under the MDR and IVDR (Art. 6(1))',
    date: '2028-08-02',
    citation: AI_ACT_AMENDED,
  },
  {
    law: 'EHDS',
    event: 'Patient summaries and ePrescriptions; most secondary-use rules and the opt-out',
    date: '2029-03-26',
    citation: EHDS,
  },
  {
    law: 'EHDS',
    event: 'Medical images, laboratory results and discharge reports',
    date: '2031-03-26',
    citation: EHDS,
  },
];

const MONTH = { month: 'long', year: 'numeric', timeZone: 'UTC' } as const;
const DAY = { day: 'numeric', ...MONTH } as const;

/** The date as the course writes it: "2 December 2027", or "March 2025" for a month. */
export function formatLegalDate(date: string): string {
  const d = new Date(date.length === 7 ? `${date}-01T00:00:00Z` : `${date}T00:00:00Z`);
  return d.toLocaleDateString('en-GB', date.length === 7 ? MONTH : DAY);
}
