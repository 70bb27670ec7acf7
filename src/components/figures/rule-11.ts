import { describeDecisionPath, drawDecisionPath, type Outcome, type Step } from './decision-path';
import type { FigureDef } from './svg';

/** MDR Annex VIII, Rule 11 (Regulation (EU) 2017/745): classification of software, first "yes" wins. */
const steps: Step[] = [
  {
    question:
      'Does it give information used for diagnosis or therapy, where a decision could cause death or an irreversible deterioration of health?',
    on: 'Yes',
    outcome: { label: 'Class III', tone: 'red' },
  },
  {
    question: 'Does it give such information, where a decision could cause a serious deterioration or surgery?',
    on: 'Yes',
    outcome: { label: 'Class IIb', tone: 'amber' },
  },
  {
    question: 'Does it give information used for any other diagnostic or therapeutic decision?',
    on: 'Yes',
    outcome: { label: 'Class IIa', tone: 'blue' },
  },
  {
    question: 'Does it monitor vital physiological parameters, where changes could mean immediate danger?',
    on: 'Yes',
    outcome: { label: 'Class IIb', tone: 'amber' },
  },
  {
    question: 'Does it monitor other physiological processes?',
    on: 'Yes',
    outcome: { label: 'Class IIa', tone: 'blue' },
  },
];
const end: Outcome = { label: 'Class I', detail: 'all other software', tone: 'green' };
const drawn = drawDecisionPath(steps, end);

export const rule11: FigureDef = {
  id: 'rule-11',
  label: 'MDR Rule 11 as a decision path for software',
  caption:
    'MDR Annex VIII, Rule 11, read as questions from top to bottom: the first "yes" gives the class. Class IIa and above needs a notified body, which makes AI in such a device high-risk under the AI Act.',
  height: drawn.height,
  svg: drawn.svg,
  intro: 'Answer the questions in order; the first answer that leads to a class gives the class of the software.',
  describe: describeDecisionPath(steps, end),
};
