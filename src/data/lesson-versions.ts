/**
 * Every lesson's content versions, oldest first (see src/lib/course/lesson-version.ts and
 * docs/law-watch.md, "When a lesson changes"). The first entry is the version learners could
 * first complete; each later one says when it was published and what changed, with `note`
 * (one plain sentence a returning learner reads at the top of the lesson) or `change` (the id of
 * the src/data/changes.ts entry that names the lesson, whose title is then shown).
 *
 * When the build warns "its text changed", add the version it names here with today's date and
 * a note. A fix of a typo can go in without a note: the learner is then told only that the lesson
 * was updated.
 */
export interface LessonVersion {
  /** The 3-character version the build printed. */
  version: string;
  /** ISO day this version was published. */
  date: string;
  /** What changed, for a learner who completed an earlier version. */
  note?: string;
  /** Id of a src/data/changes.ts entry that names this lesson; its title is the note. */
  change?: string;
}

// Versions start with the third edition (6 December 2026): progress saved before then has no
// versions and is never told of a change.
export const lessonVersions: Record<string, LessonVersion[]> = {
  'why-digital-health/triple-win': [{ version: 'u3o', date: '2026-12-06' }],
  'why-digital-health/strategic-sector': [{ version: '9gp', date: '2026-12-06' }],
  'ai-infrastructure/supercomputing': [{ version: 'iii', date: '2026-12-06' }],
  'ai-infrastructure/chips': [{ version: '61s', date: '2026-12-06' }],
  'ai-infrastructure/cloud': [{ version: 'ygu', date: '2026-12-06' }],
  'health-data/data-and-the-ehds': [{ version: 'fwk', date: '2026-12-06' }],
  'health-data/cancer-and-genomics': [{ version: 'f01', date: '2026-12-06' }],
  'health-data/icu-and-virtual-twins': [{ version: 'l5j', date: '2026-12-06' }],
  'regulation/ai-act-and-medical-devices': [{ version: 'iu3', date: '2026-12-06' }],
  'regulation/dates-and-choosing-tools': [{ version: 'wuc', date: '2026-12-06' }],
  'regulation/gdpr-health-data': [{ version: 'avh', date: '2026-12-06' }],
  'ai-in-practice/apply-ai-strategy': [{ version: 'btz', date: '2026-12-06' }],
  'ai-in-practice/genai4eu': [{ version: 'tdi', date: '2026-12-06' }],
  'ai-in-practice/tef-health': [{ version: '3oo', date: '2026-12-06' }],
  'ecosystem-and-skills/records-online': [{ version: 'lmh', date: '2026-12-06' }],
  'ecosystem-and-skills/partners-and-hubs': [{ version: '8pi', date: '2026-12-06' }],
  'ecosystem-and-skills/digital-skills': [{ version: 'bva', date: '2026-12-06' }],
  'cybersecurity/threats-and-nis2': [{ version: '2pm', date: '2026-12-06' }],
  'cybersecurity/action-plan': [{ version: 'viu', date: '2026-12-06' }],
  'cybersecurity/everyday-practice': [{ version: 'ggq', date: '2026-12-06' }],
  'ai-at-the-bedside/when-the-ai-is-wrong': [{ version: 'ycm', date: '2026-12-06' }],
  'ai-at-the-bedside/deployer-duties-and-reporting': [{ version: '22f', date: '2026-12-06' }],
  'ai-at-the-bedside/talking-with-patients': [
    { version: 'rec', date: '2026-12-06' },
    {
      version: 'mbk',
      date: '2026-12-07',
      note: "The Product Liability Directive's deadline for national law is now worded so that it stays right once the deadline has passed.",
    },
  ],
  'judging-and-running-ai/reading-an-ai-tools-evidence': [{ version: 'fff', date: '2026-12-06' }],
  'judging-and-running-ai/when-your-hospital-becomes-the-provider': [{ version: 'tpw', date: '2026-12-06' }],
  'judging-and-running-ai/generative-ai-at-the-point-of-care': [{ version: '4r6', date: '2026-12-06' }],
};
