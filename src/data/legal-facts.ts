/**
 * Every legal fact the course teaches, in one checked place. Lessons, quiz questions, glossary
 * entries and figures take their dates and status from here: `<Law fact="…" />` in a lesson,
 * `{law:…}` in YAML (see docs/law-watch.md). The build validates this list (src/data/law.ts,
 * `validateFacts`) and stops with the fact and the field named when something is wrong.
 *
 * Dates are ISO: `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` where the law's date is only known to the
 * month or year. `lastChecked` is the day someone last read the source for this fact.
 * AI Act dates are as amended in 2026 (Digital Omnibus on AI): cite EUR-Lex's consolidated text.
 */

/** The law a fact belongs to, as the timeline and listings name it. */
export type LawName =
  | 'AI Act'
  | 'Digital Omnibus on AI'
  | 'MDR'
  | 'IVDR'
  | 'MDR and IVDR'
  | 'EHDS'
  | 'NIS2'
  | 'Cyber Resilience Act'
  | 'Cybersecurity action plan'
  | 'GDPR'
  | 'Digital Omnibus'
  | 'Product Liability Directive'
  | 'AI Liability Directive'
  | 'Chips Act';

/**
 * in-force: the act (or provision) is in force from `date`; applies-from: its rules apply from
 * `date`; proposal: proposed on `date`, not law; withdrawn: withdrawn (in `date`); superseded: a
 * date the law once set and an amendment replaced (kept so lessons can say what moved);
 * adopted: a policy document (not legislation) adopted on `date`.
 */
export const FACT_STATUSES = ['in-force', 'applies-from', 'proposal', 'withdrawn', 'superseded', 'adopted'] as const;
export type FactStatus = (typeof FACT_STATUSES)[number];

/** primary: read in the legal or official text; reported: reported by several reliable secondary sources. */
export const FACT_CERTAINTIES = ['primary', 'reported'] as const;
export type FactCertainty = (typeof FACT_CERTAINTIES)[number];

export interface LegalSource {
  /** The act, e.g. "Regulation (EU) 2024/1689 (AI Act)". */
  act: string;
  /** Article(s), e.g. "Art. 113(c), as amended in 2026". */
  article?: string;
  /** EUR-Lex or ELI link (https). */
  url: string;
}

export interface LegalFact {
  /** kebab-case id, used by `<Law fact="…" />` and `{law:…}`. */
  id: string;
  law: LawName;
  /** What the fact says, in one plain sentence. */
  statement: string;
  /** The fact's date (ISO). A fact with no date (a reporting deadline such as "72 hours") has none. */
  date?: string;
  /** Other named dates of the same fact, e.g. `{ proposed: '2025-11-19' }`: `<Law fact="…" date="proposed" />`. */
  dates?: Record<string, string>;
  status: FactStatus;
  /** For a superseded date: the fact that replaced it. */
  supersededBy?: string;
  /** Phrases for `form="verb"` when the status's own ("applies from" / "has applied since") does not fit. */
  tense?: { future: string; past: string };
  source: LegalSource;
  certainty: FactCertainty;
  /** ISO date someone last checked this fact against its source. */
  lastChecked: string;
  /** Put the fact on the timeline figure, with this short label. */
  timeline?: string;
}

const CHECKED = '2026-12-06';

const AI_ACT = 'Regulation (EU) 2024/1689 (AI Act)';
const AI_ACT_URL = 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj';
const AMENDED = 'as amended in 2026 (EUR-Lex consolidated text)';
const MDR = 'Regulation (EU) 2017/745 (MDR)';
const MDR_URL = 'https://eur-lex.europa.eu/eli/reg/2017/745/oj';
const IVDR = 'Regulation (EU) 2017/746 (IVDR)';
const IVDR_URL = 'https://eur-lex.europa.eu/eli/reg/2017/746/oj';
const EHDS = 'Regulation (EU) 2025/327 (European Health Data Space)';
const EHDS_URL = 'https://eur-lex.europa.eu/eli/reg/2025/327/oj';
const NIS2 = 'Directive (EU) 2022/2555 (NIS2)';
const NIS2_URL = 'https://eur-lex.europa.eu/eli/dir/2022/2555/oj';
const GDPR = 'Regulation (EU) 2016/679 (GDPR)';
const GDPR_URL = 'https://eur-lex.europa.eu/eli/reg/2016/679/oj';
const PLD = 'Directive (EU) 2024/2853 (Product Liability Directive)';
const PLD_URL = 'https://eur-lex.europa.eu/eli/dir/2024/2853/oj';

export const legalFacts: LegalFact[] = [
  // AI Act
  {
    id: 'ai-act-in-force',
    law: 'AI Act',
    statement: 'The AI Act {when} and applies in stages.',
    date: '2024-08-01',
    status: 'in-force',
    source: { act: AI_ACT, article: 'Art. 113', url: AI_ACT_URL },
    certainty: 'primary',
    lastChecked: CHECKED,
    timeline: 'Enters into force',
  },
  {
    id: 'ai-act-prohibitions',
    law: 'AI Act',
    statement: 'The ban on the prohibited AI practices of Article 5 {when}.',
    date: '2025-02-02',
    status: 'applies-from',
    source: { act: AI_ACT, article: 'Art. 5; Art. 113(a)', url: AI_ACT_URL },
    certainty: 'primary',
    lastChecked: CHECKED,
    timeline: 'Prohibitions and AI literacy apply',
  },
  {
    id: 'ai-act-literacy',
    law: 'AI Act',
    statement:
      'Article 4 on the AI literacy of staff {when}; the 2026 amendment softened its wording but kept the date.',
    date: '2025-02-02',
    status: 'applies-from',
    source: { act: AI_ACT, article: `Art. 4; Art. 113(a), ${AMENDED}`, url: AI_ACT_URL },
    certainty: 'reported',
    lastChecked: CHECKED,
  },
  {
    id: 'ai-act-gpai',
    law: 'AI Act',
    statement: 'The duties of providers of general-purpose AI models {when}.',
    date: '2025-08-02',
    status: 'applies-from',
    source: { act: AI_ACT, article: 'Chapter V; Art. 113(b)', url: AI_ACT_URL },
    certainty: 'primary',
    lastChecked: CHECKED,
    timeline: 'Rules for general-purpose AI models apply',
  },
  {
    id: 'ai-act-transparency',
    law: 'AI Act',
    statement:
      'The transparency duties of Article 50, such as telling people they are dealing with an AI, and most remaining rules: this stage {when}, a date the 2026 amendment did not move.',
    date: '2026-08-02',
    status: 'applies-from',
    source: { act: AI_ACT, article: 'Art. 50; Art. 113', url: AI_ACT_URL },
    certainty: 'primary',
    lastChecked: CHECKED,
    timeline: 'Transparency duties apply, such as telling people they are talking to an AI (Art. 50)',
  },
  {
    id: 'ai-act-annex-iii',
    law: 'AI Act',
    statement:
      'As amended in 2026, the high-risk rules for the uses listed in Annex III, such as emergency triage: this stage {when}.',
    date: '2027-12-02',
    status: 'applies-from',
    source: { act: AI_ACT, article: `Art. 6(2), Annex III; Art. 113, ${AMENDED}`, url: AI_ACT_URL },
    certainty: 'reported',
    lastChecked: CHECKED,
    timeline: 'High-risk rules apply to the uses listed in Annex III, such as emergency triage',
  },
  {
    id: 'ai-act-medical-devices',
    law: 'AI Act',
    statement:
      'As amended in 2026, the high-risk rules for AI in products under Annex I law, such as devices under the MDR and IVDR (Art. 6(1)): this stage {when}.',
    date: '2028-08-02',
    status: 'applies-from',
    source: { act: AI_ACT, article: `Art. 6(1), Annex I; Art. 113, ${AMENDED}`, url: AI_ACT_URL },
    certainty: 'reported',
    lastChecked: CHECKED,
    timeline: 'High-risk rules apply to AI in medical devices under the MDR and IVDR (Art. 6(1))',
  },
  {
    id: 'ai-act-annex-iii-original',
    law: 'AI Act',
    statement:
      'Before the 2026 amendment, the high-risk rules for Annex III uses {when}; the amendment moved them to {date:ai-act-annex-iii}.',
    date: '2026-08-02',
    status: 'superseded',
    supersededBy: 'ai-act-annex-iii',
    tense: { future: 'were to apply from', past: 'were to apply from' },
    source: { act: AI_ACT, article: 'Art. 113, as adopted in 2024', url: AI_ACT_URL },
    certainty: 'primary',
    lastChecked: CHECKED,
  },
  {
    id: 'ai-act-medical-devices-original',
    law: 'AI Act',
    statement:
      'Before the 2026 amendment, the high-risk rules under Art. 6(1) {when}; the amendment moved them to {date:ai-act-medical-devices}.',
    date: '2027-08-02',
    status: 'superseded',
    supersededBy: 'ai-act-medical-devices',
    tense: { future: 'were to apply from', past: 'were to apply from' },
    source: { act: AI_ACT, article: 'Art. 113(c), as adopted in 2024', url: AI_ACT_URL },
    certainty: 'primary',
    lastChecked: CHECKED,
  },
  {
    id: 'ai-act-marking-grace',
    law: 'AI Act',
    statement:
      'The grace period for systems already on the market to add the machine-readable marking of AI-generated content (Art. 50(2)) {when}.',
    date: '2026-12-02',
    status: 'applies-from',
    tense: { future: 'ends on', past: 'ended on' },
    source: { act: AI_ACT, article: `Art. 50(2); Art. 111, ${AMENDED}`, url: AI_ACT_URL },
    certainty: 'reported',
    lastChecked: CHECKED,
  },
  {
    id: 'ai-act-new-prohibition',
    law: 'AI Act',
    statement:
      'A prohibition added in 2026, on AI that makes non-consensual intimate images or child sexual abuse material, {when}.',
    date: '2026-12-02',
    status: 'applies-from',
    source: { act: AI_ACT, article: `Art. 5, ${AMENDED}`, url: AI_ACT_URL },
    certainty: 'reported',
    lastChecked: CHECKED,
  },
  {
    id: 'ai-act-fria',
    law: 'AI Act',
    statement:
      'The duty of public bodies and private providers of public services, such as most hospitals, to assess the impact on fundamental rights before deploying an Annex III high-risk system {when}.',
    date: '2027-12-02',
    status: 'applies-from',
    source: { act: AI_ACT, article: `Art. 27; Art. 113, ${AMENDED}`, url: AI_ACT_URL },
    certainty: 'reported',
    lastChecked: CHECKED,
  },
  {
    id: 'ai-act-explanation',
    law: 'AI Act',
    statement:
      'The right of a person affected by a decision based on an Annex III high-risk system to ask the deployer for a clear explanation {when}.',
    date: '2027-12-02',
    status: 'applies-from',
    source: { act: AI_ACT, article: `Art. 86; Art. 113, ${AMENDED}`, url: AI_ACT_URL },
    certainty: 'reported',
    lastChecked: CHECKED,
  },
  {
    id: 'ai-act-deployer-duties',
    law: 'AI Act',
    statement:
      'Deployers of high-risk AI use it as instructed, assign competent human oversight, monitor it, report risks and serious incidents, keep logs at least six months and inform people and workers; these duties apply from the high-risk dates.',
    status: 'applies-from',
    source: { act: AI_ACT, article: 'Art. 26', url: AI_ACT_URL },
    certainty: 'primary',
    lastChecked: CHECKED,
  },
  {
    id: 'ai-act-serious-incidents',
    law: 'AI Act',
    statement:
      'Providers of high-risk AI report a serious incident within 15 days of becoming aware, 10 days where a person died and 2 days for a widespread infringement or serious disruption of critical infrastructure; for AI medical devices only fundamental-rights breaches go this way.',
    status: 'applies-from',
    source: { act: AI_ACT, article: 'Art. 73', url: AI_ACT_URL },
    certainty: 'primary',
    lastChecked: CHECKED,
  },
  {
    id: 'digital-omnibus-ai',
    law: 'Digital Omnibus on AI',
    statement:
      'The Digital Omnibus on AI, reported as Regulation (EU) 2026/1744, amends the AI Act and {when}; it was proposed on {date:proposed} and agreed on {date:agreed}.',
    date: '2026-07-27',
    dates: { proposed: '2025-11-19', agreed: '2026-05-07', voted: '2026-06-16', published: '2026-07-24' },
    status: 'in-force',
    source: {
      act: 'Regulation (EU) 2026/1744 (reported), amending Regulation (EU) 2024/1689',
      article: 'AI Act consolidated text of 27 July 2026',
      url: AI_ACT_URL,
    },
    certainty: 'reported',
    lastChecked: CHECKED,
  },
  // Medical devices
  {
    id: 'mdr-applies',
    law: 'MDR',
    statement: 'The Medical Devices Regulation {when}.',
    date: '2021-05-26',
    status: 'applies-from',
    source: { act: MDR, article: 'Art. 123(2), as amended by Regulation (EU) 2020/561', url: MDR_URL },
    certainty: 'primary',
    lastChecked: CHECKED,
    timeline: 'The Medical Devices Regulation applies',
  },
  {
    id: 'ivdr-applies',
    law: 'IVDR',
    statement: 'The In Vitro Diagnostic Medical Devices Regulation {when}.',
    date: '2022-05-26',
    status: 'applies-from',
    source: { act: IVDR, article: 'Art. 113(2)', url: IVDR_URL },
    certainty: 'primary',
    lastChecked: CHECKED,
    timeline: 'The In Vitro Diagnostic Medical Devices Regulation applies',
  },
  {
    id: 'mdr-vigilance',
    law: 'MDR and IVDR',
    statement:
      'Manufacturers report a serious incident immediately and at the latest 15 days after becoming aware, 10 days for a death or unanticipated serious deterioration in health, 2 days for a serious public health threat.',
    status: 'applies-from',
    source: { act: `${MDR}; ${IVDR}`, article: 'MDR Art. 87; IVDR Art. 82', url: MDR_URL },
    certainty: 'primary',
    lastChecked: CHECKED,
  },
  {
    id: 'mdr-rule-11',
    law: 'MDR',
    statement:
      'Software that informs diagnostic or therapeutic decisions is class IIa, IIb or III depending on the harm a wrong decision could cause (Annex VIII Rule 11).',
    status: 'applies-from',
    source: { act: MDR, article: 'Annex VIII, Rule 11', url: MDR_URL },
    certainty: 'primary',
    lastChecked: CHECKED,
  },
  {
    id: 'mdr-ivdr-revision-proposal',
    law: 'MDR and IVDR',
    statement: 'A revision of the MDR and IVDR {when}; it is a proposal, not law.',
    date: '2025-12-16',
    status: 'proposal',
    source: {
      act: 'Commission proposal of 16 December 2025 amending Regulations (EU) 2017/745 and 2017/746',
      article: 'listed with the MDR’s related documents on EUR-Lex',
      // The MDR's "all" page lists the acts and proposals that amend it; a proposal has no ELI.
      url: 'https://eur-lex.europa.eu/legal-content/EN/ALL/?uri=CELEX:32017R0745',
    },
    certainty: 'primary',
    lastChecked: CHECKED,
  },
  // European Health Data Space
  {
    id: 'ehds-in-force',
    law: 'EHDS',
    statement: 'The EHDS Regulation, published in the Official Journal on {date:published}, {when}.',
    date: '2025-03-26',
    dates: { published: '2025-03-05' },
    status: 'in-force',
    source: { act: EHDS, article: 'Art. 105', url: EHDS_URL },
    certainty: 'primary',
    lastChecked: CHECKED,
    timeline: 'Enters into force',
  },
  {
    id: 'ehds-general-application',
    law: 'EHDS',
    statement: 'The EHDS as a whole {when}.',
    date: '2027-03-26',
    status: 'applies-from',
    source: { act: EHDS, article: 'Art. 105', url: EHDS_URL },
    certainty: 'primary',
    lastChecked: CHECKED,
    timeline: 'General date of application',
  },
  {
    id: 'ehds-2029',
    law: 'EHDS',
    statement:
      'The EHDS rules for patient summaries, ePrescriptions and eDispensations, and most secondary-use rules: this stage {when}.',
    date: '2029-03-26',
    status: 'applies-from',
    source: { act: EHDS, article: 'Art. 105', url: EHDS_URL },
    certainty: 'primary',
    lastChecked: CHECKED,
    timeline: 'Patient summaries and ePrescriptions; most secondary-use rules and the opt-out',
  },
  {
    id: 'ehds-opt-out',
    law: 'EHDS',
    statement:
      "The right to opt out of the secondary use of one's electronic health data at any time without giving reasons (Art. 71) {when} for most data.",
    date: '2029-03-26',
    status: 'applies-from',
    source: { act: EHDS, article: 'Art. 71; Art. 105', url: EHDS_URL },
    certainty: 'primary',
    lastChecked: CHECKED,
  },
  {
    id: 'ehds-2031',
    law: 'EHDS',
    statement: 'The EHDS rules for medical images, laboratory results and discharge reports: this stage {when}.',
    date: '2031-03-26',
    status: 'applies-from',
    source: { act: EHDS, article: 'Art. 105', url: EHDS_URL },
    certainty: 'primary',
    lastChecked: CHECKED,
    timeline: 'Medical images, laboratory results and discharge reports',
  },
  // Cybersecurity
  {
    id: 'nis2-transposition',
    law: 'NIS2',
    statement: 'NIS2, which lists health as a sector of high criticality, {when}.',
    date: '2024-10-17',
    status: 'in-force',
    tense: { future: 'must be written into national law by', past: 'had to be written into national law by' },
    source: { act: NIS2, article: 'Art. 41(1); Annex I', url: NIS2_URL },
    certainty: 'primary',
    lastChecked: CHECKED,
    timeline: 'Deadline for Member States to write NIS2 into national law',
  },
  {
    id: 'nis2-reporting',
    law: 'NIS2',
    statement:
      'A significant incident is reported with an early warning within 24 hours and a notification within 72 hours of becoming aware of it, and a final report within one month of the notification.',
    status: 'in-force',
    source: { act: NIS2, article: 'Art. 23(4)', url: NIS2_URL },
    certainty: 'primary',
    lastChecked: CHECKED,
  },
  {
    id: 'nis2-amendment-proposal',
    law: 'NIS2',
    statement:
      'A targeted NIS2 amendment with a revised Cybersecurity Act (COM(2026) 13) {when}; it is a proposal and the reporting deadlines are unchanged.',
    date: '2026-01-20',
    status: 'proposal',
    source: {
      act: 'COM(2026) 13, proposal amending Directive (EU) 2022/2555',
      url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52026PC0013',
    },
    certainty: 'primary',
    lastChecked: CHECKED,
  },
  {
    id: 'cra-reporting',
    law: 'Cyber Resilience Act',
    statement:
      "Manufacturers' duty to report actively exploited vulnerabilities and severe incidents {when}; MDR and IVDR devices are outside the Act.",
    date: '2026-09-11',
    status: 'applies-from',
    source: {
      act: 'Regulation (EU) 2024/2847 (Cyber Resilience Act)',
      article: 'Art. 14; Art. 71(2); Art. 2(2)',
      url: 'https://eur-lex.europa.eu/eli/reg/2024/2847/oj',
    },
    certainty: 'primary',
    lastChecked: CHECKED,
  },
  {
    id: 'cybersecurity-action-plan',
    law: 'Cybersecurity action plan',
    statement:
      'The action plan on the cybersecurity of hospitals and healthcare providers {when} as a Commission Communication, not legislation.',
    date: '2025-01-15',
    status: 'adopted',
    source: {
      act: 'COM(2025) 10, European action plan on the cybersecurity of hospitals and healthcare providers',
      url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52025DC0010',
    },
    certainty: 'primary',
    lastChecked: CHECKED,
  },
  // Data protection
  {
    id: 'gdpr-breach-72h',
    law: 'GDPR',
    statement:
      'A controller notifies a personal data breach to the supervisory authority without undue delay and where feasible within 72 hours of becoming aware, and tells the people affected when the risk to them is high.',
    status: 'in-force',
    source: { act: GDPR, article: 'Art. 33; Art. 34', url: GDPR_URL },
    certainty: 'primary',
    lastChecked: CHECKED,
  },
  {
    id: 'gdpr-health-data',
    law: 'GDPR',
    statement: 'Health data is a special category of personal data; processing it needs a ground in Article 9(2).',
    status: 'in-force',
    source: { act: GDPR, article: 'Art. 4(15); Art. 9', url: GDPR_URL },
    certainty: 'primary',
    lastChecked: CHECKED,
  },
  {
    id: 'digital-omnibus-gdpr-proposal',
    law: 'Digital Omnibus',
    statement:
      'The broader Digital Omnibus (COM(2025) 837) proposes 96 hours for breach notification; it is a proposal, not law, so 72 hours still applies.',
    status: 'proposal',
    source: {
      act: 'COM(2025) 837, Digital Omnibus proposal',
      url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52025PC0837',
    },
    certainty: 'primary',
    lastChecked: CHECKED,
  },
  // Liability
  {
    id: 'pld-transposition',
    law: 'Product Liability Directive',
    statement:
      'The new Product Liability Directive, which treats software including AI as a product, {when}; it covers products placed on the market after that date.',
    date: '2026-12-09',
    status: 'in-force',
    tense: { future: 'must be written into national law by', past: 'had to be written into national law by' },
    source: { act: PLD, article: 'Art. 2(1); Art. 22', url: PLD_URL },
    certainty: 'primary',
    lastChecked: CHECKED,
  },
  {
    id: 'ai-liability-withdrawn',
    law: 'AI Liability Directive',
    statement: 'The proposed AI Liability Directive {when}; it is not coming law.',
    date: '2025',
    status: 'withdrawn',
    source: {
      act: 'COM(2022) 496, proposal for an AI Liability Directive',
      url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52022PC0496',
    },
    certainty: 'reported',
    lastChecked: CHECKED,
  },
  // Infrastructure
  {
    id: 'chips-act-in-force',
    law: 'Chips Act',
    statement: 'The Chips Act {when}.',
    date: '2023-09',
    status: 'in-force',
    source: {
      act: 'Regulation (EU) 2023/1781 (Chips Act)',
      article: 'Art. 48',
      url: 'https://eur-lex.europa.eu/eli/reg/2023/1781/oj',
    },
    certainty: 'primary',
    lastChecked: CHECKED,
  },
];
