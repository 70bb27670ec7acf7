/**
 * The ids of the course figures (see index.ts). A quiz question may name one in its `figure`
 * field; kept apart from the drawings so the question schema does not load them.
 */
export const FIGURE_IDS = [
  'value-chain',
  'risk-tiers',
  'high-risk-path',
  'rule-11',
  'timeline',
  'ehds-uses',
  'reporting-clocks',
  'ai-wrong',
] as const;

export type FigureId = (typeof FIGURE_IDS)[number];

/** The Astro component that shows each figure in a lesson (`src/components/figures/<Name>.astro`). */
export const FIGURE_COMPONENTS: Record<FigureId, string> = {
  'value-chain': 'ValueChain',
  'risk-tiers': 'RiskTiers',
  'high-risk-path': 'HighRiskPath',
  'rule-11': 'Rule11',
  timeline: 'Timeline',
  'ehds-uses': 'EhdsUses',
  'reporting-clocks': 'ReportingClocks',
  'ai-wrong': 'AiWrong',
};
