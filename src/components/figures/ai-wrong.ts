import { SIZE, W, el, type El, arrow, rect, text, textHeight, wrap, type FigureDef } from './svg';

/**
 * What a clinician does when an AI tool's output does not fit the patient, as module 8 ("AI at
 * the bedside") teaches it: human oversight (Regulation (EU) 2024/1689, Art. 14(4)(d): the
 * overseer can override the output), deployer duties (Art. 26(5)), and the MDR's vigilance route
 * (Regulation (EU) 2017/745, Art. 87(10): professionals report suspected serious incidents).
 */
const steps = [
  {
    name: 'Override',
    text: 'You stay responsible for the decision: act on your clinical assessment, not the output, and get a second opinion when the stakes are high.',
  },
  {
    name: 'Document',
    text: 'Write in the record what the tool suggested, what you decided and why, with the tool’s name, version and the time.',
  },
  {
    name: 'Escalate',
    text: 'Tell the senior clinician and report through the hospital’s incident system the same day, even a near miss.',
  },
  {
    name: 'Report',
    text: 'For a suspected serious incident, the hospital reports onward to the national competent authority and the manufacturer.',
  },
];

function draw(): { svg: El[]; height: number } {
  const parts: El[] = [];
  let y = 8;
  steps.forEach((s, i) => {
    const body = wrap(s.text, W - 16 - 56 - 10, SIZE.small);
    const h = Math.max(50, 10 + SIZE.title + 6 + textHeight(body.length, SIZE.small) + 10);
    parts.push(rect(8, y, W - 16, h, i === 0 ? 'fg-tone-amber' : 'fg-box'));
    parts.push(el('circle', { cx: 34, cy: y + h / 2, r: 15, class: 'fg-accent' }));
    parts.push(
      text([String(i + 1)], { x: 34, y: y + h / 2 + 5, size: SIZE.title, cls: 'fg-on-accent', anchor: 'middle' }),
    );
    parts.push(text([s.name], { x: 64, y: y + 10 + SIZE.title - 1, size: SIZE.title, cls: 'fg-b' }));
    parts.push(text(body, { x: 64, y: y + 10 + SIZE.title + 6 + SIZE.small - 1, size: SIZE.small }));
    y += h;
    if (i < steps.length - 1) {
      parts.push(arrow(34, y + 2, 34, y + 18));
      y += 20;
    }
  });
  return { svg: parts, height: y + 8 };
}
const drawn = draw();

export const aiWrong: FigureDef = {
  id: 'ai-wrong',
  label: 'When the AI is wrong: override, document, escalate, report',
  caption:
    'Override, document and escalate are yours at the bedside: the patient first, then a record, then the people who can fix the tool. For a medical device, the hospital’s vigilance process then reports a suspected serious incident onward to the authority and the manufacturer.',
  height: drawn.height,
  svg: drawn.svg,
  intro: 'Four steps, in order:',
  describe: steps.map((s, i) => `${i + 1}. ${s.name}: ${s.text}`),
};
