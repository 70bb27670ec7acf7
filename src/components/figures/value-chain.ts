import { SIZE, W, el, type El, arrow, rect, text, textHeight, wrap, type FigureDef } from './svg';

interface Link {
  name: string;
  /** The source's figures and plans for this link (as of mid-2025). */
  facts: string[];
}

/** The AI value chain as the Commission's overview (6/9/2025) presents it, with its figures. */
const links: Link[] = [
  {
    name: 'Chips',
    facts: ['Chips Act review: AI semiconductors for wearables, implants, diagnostic tools and robots'],
  },
  {
    name: 'Supercomputers and AI Factories',
    facts: [
      '13 AI Factories launched by EuroHPC, 10 of them focusing on healthcare, among others',
      'AI Gigafactories planned',
    ],
  },
  { name: 'Cloud', facts: ['A Cloud and AI Development Act planned, to boost cloud and data centre capacity'] },
  {
    name: 'Data',
    facts: [
      'Target: 60 million cancer images by the end of 2026',
      'Genomic Data Infrastructure: 26 Member States building, target of 15 operational by 2026',
      'ICU data: six clinical use cases',
    ],
  },
  {
    name: 'Trustworthy AI models',
    facts: ['Robust models built on that data', 'Rules for safe AI: the AI Act with the MDR and IVDR'],
  },
  {
    name: 'Care',
    facts: [
      'Prevention, diagnosis and treatment',
      'GenAI4EU: over EUR 700 million committed to generative AI',
      'TEF-Health tests AI in real-life settings',
      '82 of 163 EDIHs cover healthcare',
    ],
  },
];

const X = 8;
const BOX_W = W - 2 * X;
const TEXT_X = 52;
const TEXT_W = W - TEXT_X - 14;
const GAP = 22;

function draw(): { svg: El[]; height: number } {
  let y = 8;
  const parts: El[] = [];
  links.forEach((link, i) => {
    const nameLines = wrap(link.name, TEXT_W, SIZE.title, true);
    const factLines = link.facts.map((f) => wrap(`• ${f}`, TEXT_W, SIZE.small));
    const nameH = textHeight(nameLines.length, SIZE.title);
    const factsH = factLines.reduce((s, l) => s + textHeight(l.length, SIZE.small) + 5, 0);
    const h = 12 + nameH + 6 + factsH + 6;
    parts.push(rect(X, y, BOX_W, h, i === links.length - 1 ? 'fg-accent-box' : 'fg-box'));
    parts.push(el('circle', { cx: 28, cy: y + 20, r: 12, class: 'fg-accent' }));
    parts.push(text([String(i + 1)], { x: 28, y: y + 24.5, size: SIZE.title, cls: 'fg-on-accent', anchor: 'middle' }));
    let ty = y + 12 + SIZE.title;
    parts.push(text(nameLines, { x: TEXT_X, y: ty, size: SIZE.title, cls: 'fg-b' }));
    ty += nameH - SIZE.title + 6 + SIZE.small + 2;
    for (const lines of factLines) {
      parts.push(text(lines, { x: TEXT_X, y: ty, size: SIZE.small, cls: 'fg-m' }));
      ty += textHeight(lines.length, SIZE.small) + 5;
    }
    y += h;
    if (i < links.length - 1) {
      parts.push(arrow(28, y + 2, 28, y + GAP - 2));
      y += GAP;
    }
  });
  return { svg: parts, height: y + 8 };
}

const drawn = draw();

export const valueChain: FigureDef = {
  id: 'value-chain',
  label: 'The AI value chain, from chips to care',
  caption:
    'The AI value chain in which the EU invests, with the figures from the Commission overview (as of mid-2025). A tool at the bedside is the last link: each link before it decides how far you can trust it.',
  height: drawn.height,
  svg: drawn.svg,
  intro: 'Six links, each leading to the next, from chips to care:',
  describe: links.map((l, i) => ({ text: `${i + 1}. ${l.name}`, items: l.facts })),
};
