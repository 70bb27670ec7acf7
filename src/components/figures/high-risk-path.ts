import { describeDecisionPath, drawDecisionPath, type Outcome, type Step } from './decision-path';
import type { FigureDef } from './svg';

/** Regulation (EU) 2024/1689, Art. 6(1) with the MDR/IVDR, and Annex III point 5(d). */
const steps: Step[] = [
  {
    question: 'Is it used for emergency patient triage?',
    on: 'Yes',
    outcome: { label: 'High risk', detail: 'Annex III, device or not', tone: 'amber' },
  },
  {
    question: 'Is it a medical device, or a safety component of one, under the MDR or IVDR?',
    on: 'No',
    outcome: { label: 'Not high-risk by this route', tone: 'neutral' },
  },
  {
    question: 'Does the device need a notified body to assess it (e.g. MDR class IIa, IIb or III)?',
    on: 'No',
    outcome: { label: 'Not high-risk by this route', detail: 'e.g. MDR class I', tone: 'neutral' },
  },
];
const end: Outcome = { label: 'High risk', detail: 'Art. 6(1) with the MDR or IVDR', tone: 'amber' };
const drawn = drawDecisionPath(steps, end);

export const highRiskPath: FigureDef = {
  id: 'high-risk-path',
  label: 'When medical AI is high-risk under the AI Act',
  caption:
    'Two routes make medical AI high-risk: emergency triage (Annex III), and a device under the MDR or IVDR that needs a notified body (Art. 6(1)). Not all medical AI is high-risk; the answer depends on the product and its intended purpose.',
  height: drawn.height,
  svg: drawn.svg,
  describe: describeDecisionPath(steps, end),
};
