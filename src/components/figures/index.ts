import { aiWrong } from './ai-wrong';
import { ehdsUses } from './ehds-uses';
import { highRiskPath } from './high-risk-path';
import { reportingClocks } from './reporting-clocks';
import { riskTiers } from './risk-tiers';
import { rule11 } from './rule-11';
import type { FigureId } from '../../schemas/figure-ids';
import type { FigureDef } from './svg';
import { timeline } from './timeline';
import { valueChain } from './value-chain';

/** Every course figure by id. Quiz questions name a figure by one of these ids. */
export const figures = {
  'value-chain': valueChain,
  'risk-tiers': riskTiers,
  'high-risk-path': highRiskPath,
  'rule-11': rule11,
  timeline,
  'ehds-uses': ehdsUses,
  'reporting-clocks': reportingClocks,
  'ai-wrong': aiWrong,
} as const satisfies Record<FigureId, FigureDef>;

export type { FigureId };
