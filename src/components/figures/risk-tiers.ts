import { SIZE, W, type El, text, textHeight, wrap, rect, type FigureDef } from './svg';

/** Regulation (EU) 2024/1689: four tiers, from the top (strictest) down. */
const tiers = [
  { name: 'Unacceptable risk', rule: 'Prohibited (Art. 5)', tone: 'red' },
  { name: 'High risk', rule: 'Strict requirements before and after reaching the market (Art. 6)', tone: 'amber' },
  {
    name: 'Transparency risk ("limited")',
    rule: 'Tell people they are dealing with AI, e.g. a chatbot (Art. 50)',
    tone: 'blue',
  },
  { name: 'Minimal risk', rule: 'No risk-specific duties; AI literacy still applies', tone: 'green' },
] as const;

function draw(): { svg: El[]; height: number } {
  const parts: El[] = [];
  let y = 8;
  const n = tiers.length;
  tiers.forEach((t, i) => {
    const w = 212 + (i * (W - 8 - 212)) / (n - 1);
    const x = (W - w) / 2;
    const name = wrap(t.name, w - 16, SIZE.body, true);
    const rule = wrap(t.rule, w - 16, SIZE.small);
    const h = 10 + textHeight(name.length, SIZE.body) + 4 + textHeight(rule.length, SIZE.small) + 10;
    parts.push(rect(x, y, w, h, `fg-tone-${t.tone}`, 4));
    parts.push(text(name, { x: W / 2, y: y + 10 + SIZE.body - 1, size: SIZE.body, cls: 'fg-b', anchor: 'middle' }));
    const ry = y + 10 + textHeight(name.length, SIZE.body) + 4 + SIZE.small - 1;
    parts.push(text(rule, { x: W / 2, y: ry, size: SIZE.small, anchor: 'middle' }));
    y += h + 4;
  });
  parts.push(
    text(['Stricter rules at the top; most AI sits at the bottom.'], {
      x: W / 2,
      y: y + 12,
      size: SIZE.small,
      cls: 'fg-m',
      anchor: 'middle',
    }),
  );
  return { svg: parts, height: y + 22 };
}
const drawn = draw();

export const riskTiers: FigureDef = {
  id: 'risk-tiers',
  label: "The AI Act's four risk tiers",
  caption:
    'The AI Act sets duties by risk, in four tiers. Medical AI is not automatically high-risk: the next figure shows when it is.',
  height: drawn.height,
  svg: drawn.svg,
  intro: 'From the strictest tier at the top to the lightest at the bottom:',
  describe: [...tiers.map((t) => `${t.name}: ${t.rule}`), 'Stricter rules at the top; most AI sits at the bottom.'],
};
