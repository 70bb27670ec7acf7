import { lawPhrase, lawToday } from '../../data/law';
import { SIZE, W, type El, arrow, rect, text, textHeight, wrap, type FigureDef } from './svg';

/** "from <date>" (or "since <date>" once passed), from the legal facts. */
const law = (fact: string) => lawPhrase({ fact, form: 'from' }, lawToday());

/** Regulation (EU) 2025/327: the two sides of the EHDS. */
const source = 'A person’s electronic health data';
const sides = [
  {
    title: 'Primary use: care',
    tone: 'blue',
    items: [
      'Health professionals use it to treat the person',
      'The person can access their own data',
      'Across borders: MyHealth@EU',
      `Patient summaries and ePrescriptions ${law('ehds-2029')}; images, lab results and discharge reports ${law('ehds-2031')}`,
    ],
  },
  {
    title: 'Secondary use: research, innovation, policy',
    tone: 'amber',
    items: [
      'Reuse goes through a health data access body, under strict conditions',
      'Across borders: HealthData@EU',
      'Opt-out: a person can refuse at any time, without giving reasons',
      `Most rules ${lawPhrase({ fact: 'ehds-opt-out', form: 'verbs' }, lawToday())}`,
    ],
  },
] as const;

const COL_W = (W - 8 * 2 - 10) / 2;

function draw(): { svg: El[]; height: number } {
  const parts: El[] = [];
  const srcLines = wrap(source, W - 40, SIZE.body, true);
  const srcH = 16 + textHeight(srcLines.length, SIZE.body);
  parts.push(rect(8, 8, W - 16, srcH, 'fg-box'));
  parts.push(text(srcLines, { x: W / 2, y: 8 + 8 + SIZE.body - 1, size: SIZE.body, cls: 'fg-b', anchor: 'middle' }));
  const top = 8 + srcH + 30;
  const cols = sides.map((s) => {
    const title = wrap(s.title, COL_W - 16, SIZE.body, true);
    const items = s.items.map((i) => wrap(`• ${i}`, COL_W - 16, SIZE.small));
    const h =
      10 +
      textHeight(title.length, SIZE.body) +
      8 +
      items.reduce((a, l) => a + textHeight(l.length, SIZE.small) + 7, 0) +
      4;
    return { s, title, items, h };
  });
  const colH = Math.max(...cols.map((c) => c.h));
  cols.forEach((c, i) => {
    const x = 8 + i * (COL_W + 10);
    parts.push(arrow(W / 2 + (i === 0 ? -30 : 30), 8 + srcH + 2, x + COL_W / 2, top - 2));
    parts.push(rect(x, top, COL_W, colH, `fg-tone-${c.s.tone}`));
    parts.push(text(c.title, { x: x + 8, y: top + 10 + SIZE.body - 1, size: SIZE.body, cls: 'fg-b' }));
    let y = top + 10 + textHeight(c.title.length, SIZE.body) + 8 + SIZE.small - 1;
    for (const l of c.items) {
      parts.push(text(l, { x: x + 8, y, size: SIZE.small }));
      y += textHeight(l.length, SIZE.small) + 7;
    }
  });
  return { svg: parts, height: top + colH + 8 };
}
const drawn = draw();

export const ehdsUses: FigureDef = {
  id: 'ehds-uses',
  label: 'EHDS: primary use for care and secondary use for research and policy',
  caption:
    'The same health data serves two purposes under the EHDS: the care of the person (primary use) and, through health data access bodies, research, innovation and policy (secondary use), which people can opt out of.',
  height: drawn.height,
  svg: drawn.svg,
  intro: `${source} can be used in two ways:`,
  describe: sides.map((s) => ({ text: s.title, items: [...s.items] })),
};
