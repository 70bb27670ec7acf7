/**
 * Ready-made paths a trainer can hand out as they are or adjust: each is a preset list of
 * lessons and quizzes. Ids are checked against the course when the trainer page is built
 * (`resolvePaths` in src/lib/assignments/paths.ts), so a path naming a lesson or quiz the
 * course does not have fails the build.
 *
 * Wording: the course supports the AI literacy measures Art. 4 of the AI Act asks of
 * deployers (as amended in 2026, "measures to support" it); it does not certify compliance.
 */
export interface PathDefinition {
  /** Short, typeable name: the handout's short way in (`/assignment/#path=<slug>.<group>`). */
  slug: string;
  title: string;
  /** Who it is for, in one sentence. */
  audience: string;
  /** What it covers, a few short phrases. */
  covers: string[];
  /** `lesson:<module>/<lesson>`, `quiz:<id>` or `module:<id>`, as an assignment carries them. */
  items: string[];
}

export const PATHS: readonly PathDefinition[] = [
  {
    slug: 'ai-literacy',
    title: 'AI literacy essentials for clinical staff',
    audience: 'Ward nurses, doctors and allied health staff who use or will use AI tools at work.',
    covers: [
      'what the AI Act and the medical device rules ask, and the dates as amended in 2026',
      'choosing an AI tool and spotting when it is wrong',
      'what the hospital must do and what to report',
      'talking with patients about AI',
      "judging an AI tool's evidence, and generative AI at the point of care",
    ],
    items: [
      'lesson:regulation/ai-act-and-medical-devices',
      'lesson:regulation/dates-and-choosing-tools',
      'lesson:ai-in-practice/genai4eu',
      'module:ai-at-the-bedside',
      'lesson:judging-and-running-ai/reading-an-ai-tools-evidence',
      'lesson:judging-and-running-ai/generative-ai-at-the-point-of-care',
      'quiz:regulation',
    ],
  },
  {
    slug: 'cyber-ward',
    title: 'Cybersecurity for ward staff',
    audience: 'Everyone on a ward who logs in to clinical systems.',
    covers: [
      'the threats hospitals face and the NIS2 rules',
      'the EU action plan for hospital cybersecurity',
      'everyday good practice on the ward',
      'health data under the GDPR',
    ],
    items: ['module:cybersecurity', 'lesson:regulation/gdpr-health-data'],
  },
  {
    slug: 'ai-committee',
    title: 'Deep dive for managers and AI committees',
    audience: 'Managers, AI committee members and staff who choose or oversee AI tools.',
    covers: [
      'the AI Act, the medical device rules and GDPR in depth',
      'deployer duties and incident reporting',
      'when the hospital itself becomes an AI provider',
      'testing AI safely and the EU strategy behind it',
      'health data spaces and hospital cybersecurity',
    ],
    items: [
      'module:regulation',
      'lesson:ai-at-the-bedside/deployer-duties-and-reporting',
      'lesson:judging-and-running-ai/when-your-hospital-becomes-the-provider',
      'lesson:ai-in-practice/apply-ai-strategy',
      'lesson:ai-in-practice/tef-health',
      'lesson:health-data/data-and-the-ehds',
      'lesson:cybersecurity/threats-and-nis2',
      'lesson:cybersecurity/action-plan',
      'quiz:ai-at-the-bedside',
      'quiz:final',
    ],
  },
];
