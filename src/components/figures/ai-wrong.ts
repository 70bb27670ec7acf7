import { SIZE, W, el, type El, arrow, rect, text, textHeight, wrap, type FigureDef } from './svg';

/**
 * What a clinician does when an AI tool's output looks wrong. Grounded in the AI Act's duties of
 * deployers (Regulation (EU) 2024/1689, Art. 26: human oversight, monitoring, informing the
 * provider, suspending use) and MDR Art. 87(10) (professionals report suspected serious incidents).
 */
const steps = [
  { name: 'Override', text: 'Act on your clinical judgement and what the patient needs, not on the output.' },
  { name: 'Document', text: 'Record what the tool showed, what you did instead and why.' },
  {
    name: 'Escalate',
    text: 'Tell the person responsible for the tool. If it may present a risk, the hospital informs the provider and can suspend its use.',
  },
  {
    name: 'Report',
    text: 'A suspected serious incident goes to the manufacturer and the national competent authority, by your hospital’s route.',
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
    'When an AI tool’s output looks wrong, the patient comes first; then leave a record and make sure the people who can fix the tool hear about it.',
  height: drawn.height,
  svg: drawn.svg,
  intro: 'Four steps, in order:',
  describe: steps.map((s, i) => `${i + 1}. ${s.name}: ${s.text}`),
};
