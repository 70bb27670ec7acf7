/**
 * "What changed": dated entries shown on /changes/ and in its feed (/changes/feed.xml). Add one
 * whenever a lesson, question or legal fact changes in a way a learner or trainer should know:
 * what changed, why, and which lessons (`<module>/<lesson>`) and questions (`<quiz>:<question>`)
 * it touched. Newest first. `tests/unit/content/changes.test.ts` checks every reference.
 */
export interface ChangeEntry {
  /** Stable id, used as the page anchor and the feed item's id. */
  id: string;
  /** ISO date the change was published. */
  date: string;
  /** Course edition it belongs to. */
  edition: number;
  title: string;
  /** What changed, in one to three plain sentences. */
  what: string;
  /** Why, e.g. "the AI Act was amended". */
  why: string;
  lessons: string[];
  questions: string[];
}

/** The course edition this build is (one definition, in edition.ts). */
export { EDITION_RELEASE as EDITION } from './edition';

export const changes: ChangeEntry[] = [
  {
    id: 'december-2026-law',
    date: '2026-12-06',
    edition: 3,
    title: 'The law as of December 2026',
    what: 'Two AI Act dates of 2 December 2026 are now written as past: the new prohibition on AI-made intimate images applies, and the grace period for marking AI-generated content has ended. The EHDS entry into force is given as 26 March 2025, the Digital Omnibus on AI as in force since 27 July 2026 (reported as Regulation (EU) 2026/1744), and the AI Liability Directive as withdrawn in 2025.',
    why: 'Dates passed, and the course now checks every legal fact against its source.',
    lessons: [
      'regulation/dates-and-choosing-tools',
      'ai-in-practice/genai4eu',
      'health-data/data-and-the-ehds',
      'ecosystem-and-skills/records-online',
      'ai-at-the-bedside/talking-with-patients',
    ],
    questions: ['regulation:omnibus-what-moved', 'ai-at-the-bedside:pld-software', 'ai-at-the-bedside:dates-order'],
  },
  {
    id: 'december-2026-review',
    date: '2026-12-06',
    edition: 3,
    title: 'Clearer tenses for rules that do not apply yet',
    what: "Rights and duties that start later now say so: the EHDS right to see your records applies in stages, from 2029 for the first kinds of record, and the AI Act's data and bias duties for providers of AI medical devices apply from 2 August 2028. The Digital Omnibus on AI is described as in force since 27 July 2026 rather than adopted in June, and the lesson on the Letta and Draghi reports says who asked for each.",
    why: 'An expert review of the third edition found sentences that read as if these rules already applied.',
    lessons: [
      'ecosystem-and-skills/records-online',
      'judging-and-running-ai/reading-an-ai-tools-evidence',
      'ai-in-practice/genai4eu',
      'ai-in-practice/tef-health',
      'ecosystem-and-skills/digital-skills',
      'why-digital-health/strategic-sector',
    ],
    questions: ['regulation:medical-ai-year'],
  },
  {
    id: 'law-checked',
    date: '2026-12-06',
    edition: 3,
    title: 'Every legal date from one checked list, and "Law checked" on each lesson',
    what: 'Legal dates in lessons, quizzes, the glossary and the timeline now come from one list of legal facts, each with its source and the day it was checked. A lesson shows "Law checked" with the month of its oldest check, and the timeline marks today.',
    why: 'The law under this course moves; one list keeps every page in step and written in the right tense.',
    lessons: ['regulation/dates-and-choosing-tools', 'regulation/ai-act-and-medical-devices'],
    questions: ['regulation:ai-act-dates-order', 'regulation:annex-iii-date'],
  },
  {
    id: 'module-9',
    date: '2026-12-06',
    edition: 3,
    title: 'A ninth module: Judging and running AI in your service',
    what: "A new module with three lessons: reading an AI tool's evidence (with a predictive-value calculator), when your hospital becomes the provider, and generative AI at the point of care; a 17-question quiz and three questions in the final assessment.",
    why: "A review of the course found that judging a tool's evidence and knowing when the hospital takes on a provider's duties were the largest practical gaps for ward staff.",
    lessons: [
      'judging-and-running-ai/reading-an-ai-tools-evidence',
      'judging-and-running-ai/when-your-hospital-becomes-the-provider',
      'judging-and-running-ai/generative-ai-at-the-point-of-care',
    ],
    questions: ['final:judging-ppv', 'final:judging-retrained', 'final:judging-chatbot-dose'],
  },
  {
    id: 'ai-act-amended-2026',
    date: '2026-11-29',
    edition: 2,
    title: 'AI Act high-risk dates as amended in 2026',
    what: 'The high-risk rules for Annex III uses such as emergency triage now read from 2 December 2027 (was 2 August 2026), and for AI in MDR and IVDR devices from 2 August 2028 (was 2 August 2027). Deployer duties start on those dates, and Article 4 on AI literacy is taught with its 2026 wording.',
    why: 'The AI Act was amended by the Digital Omnibus on AI.',
    lessons: [
      'regulation/dates-and-choosing-tools',
      'ai-in-practice/tef-health',
      'ai-in-practice/genai4eu',
      'ecosystem-and-skills/digital-skills',
    ],
    questions: ['regulation:annex-iii-date', 'regulation:medical-ai-year', 'ai-in-practice:device-high-risk'],
  },
  {
    id: 'module-8',
    date: '2026-11-29',
    edition: 2,
    title: 'A new module: AI at the bedside',
    what: 'Three lessons on what to do when an AI tool is wrong, what a hospital using high-risk AI must do and report, and how to talk with patients about AI, their data and breaches, with an 18-question quiz.',
    why: 'Learners asked how the rules turn into what they do on a shift.',
    lessons: [
      'ai-at-the-bedside/when-the-ai-is-wrong',
      'ai-at-the-bedside/deployer-duties-and-reporting',
      'ai-at-the-bedside/talking-with-patients',
    ],
    questions: ['ai-at-the-bedside:triage-year', 'ai-at-the-bedside:mdr-clocks-order'],
  },
  {
    id: 'second-edition-tools',
    date: '2026-11-29',
    edition: 2,
    title: 'Figures, LMS packages, offline use and search',
    what: 'Seven diagrams drawn in the lessons that explain them, including a timeline of legal dates; SCORM 1.2, SCORM 2004 and cmi5 packages for learning management systems; an offline copy after the first visit; and search across lessons, questions and the glossary.',
    why: 'Trainers asked to run the course in their LMS, and learners to use it on the ward without a connection.',
    lessons: ['regulation/ai-act-and-medical-devices', 'regulation/dates-and-choosing-tools'],
    questions: [],
  },
  {
    id: 'first-edition',
    date: '2026-11-28',
    edition: 1,
    title: 'First edition',
    what: 'Seven modules on how Europe is building digital health, with knowledge checks in every lesson, a quiz for each module, a final assessment and a certificate.',
    why: 'The course was published.',
    lessons: ['why-digital-health/triple-win'],
    questions: [],
  },
];
