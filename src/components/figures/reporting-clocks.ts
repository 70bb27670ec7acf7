import { SIZE, W, el, type El, rect, text, textHeight, wrap, type FigureDef } from './svg';

/** NIS2 Art. 23 (Directive (EU) 2022/2555) and GDPR Art. 33–34 (Regulation (EU) 2016/679). */
const start = 'The organisation becomes aware: both clocks start';
const lanes = [
  { name: 'NIS2', sub: 'significant incident', tone: 'red' },
  { name: 'GDPR', sub: 'personal data breach', tone: 'blue' },
] as const;
const rows: { at: string; nis2?: string; gdpr?: string }[] = [
  { at: '24 h', nis2: 'Early warning' },
  {
    at: '72 h',
    nis2: 'Incident notification',
    gdpr: 'Notify the supervisory authority, where feasible, unless the breach is unlikely to be a risk',
  },
  { at: '1 month', nis2: 'Final report, one month after the notification' },
];
const gdprAlso = 'Without undue delay: tell the people affected when the risk to them is high';

const AT_W = 66;
const LANE_X = [8 + AT_W, 8 + AT_W + 10 + (W - 16 - AT_W - 10) / 2];
const LANE_W = (W - 16 - AT_W - 10) / 2;
const P = 8;

function cell(s: string, x: number, y: number, tone: string): { svg: El; h: number } {
  const l = wrap(s, LANE_W - 2 * P, SIZE.small);
  const h = 2 * P + textHeight(l.length, SIZE.small);
  return {
    svg: el('g', {}, [
      rect(x, y, LANE_W, h, `fg-tone-${tone}`, 4),
      text(l, { x: x + P, y: y + P + SIZE.small - 1, size: SIZE.small }),
    ]),
    h,
  };
}

function draw(): { svg: El[]; height: number } {
  const parts: El[] = [];
  let y = 8;
  // Lane headings
  lanes.forEach((l, i) => {
    parts.push(
      text([l.name], {
        x: LANE_X[i]! + LANE_W / 2,
        y: y + SIZE.title,
        size: SIZE.title,
        cls: 'fg-b',
        anchor: 'middle',
      }),
    );
    parts.push(
      text([l.sub], {
        x: LANE_X[i]! + LANE_W / 2,
        y: y + SIZE.title + 16,
        size: SIZE.small,
        cls: 'fg-m',
        anchor: 'middle',
      }),
    );
  });
  y += 40;
  const startLines = wrap(start, W - 16 - AT_W - 16, SIZE.small, true);
  const sh = 16 + textHeight(startLines.length, SIZE.small);
  parts.push(rect(LANE_X[0]!, y, W - 8 - LANE_X[0]!, sh, 'fg-box', 4));
  parts.push(text(['0 h'], { x: 8, y: y + 8 + SIZE.small, size: SIZE.small, cls: 'fg-b' }));
  parts.push(text(startLines, { x: LANE_X[0]! + 8, y: y + 8 + SIZE.small - 1, size: SIZE.small, cls: 'fg-b' }));
  y += sh;
  const axisTop = y;
  for (const r of rows) {
    y += 18;
    parts.push(el('line', { x1: 8, y1: y - 9, x2: W - 8, y2: y - 9, class: 'fg-rule' }));
    parts.push(text([r.at], { x: 8, y: y + 8 + SIZE.small, size: SIZE.small, cls: 'fg-b' }));
    let h = 30;
    if (r.nis2) {
      const c = cell(r.nis2, LANE_X[0]!, y, lanes[0].tone);
      parts.push(c.svg);
      h = Math.max(h, c.h);
    }
    if (r.gdpr) {
      const c = cell(r.gdpr, LANE_X[1]!, y, lanes[1].tone);
      parts.push(c.svg);
      h = Math.max(h, c.h);
    }
    y += h;
  }
  const axisBottom = y;
  y += 14;
  const also = wrap(gdprAlso, W - 16, SIZE.small);
  parts.push(text(also, { x: 8, y: y + SIZE.small, size: SIZE.small, cls: 'fg-m' }));
  y += textHeight(also.length, SIZE.small) + 6;
  // Lane guide lines behind the cells
  const guides = LANE_X.map((x) =>
    el('line', { x1: x + LANE_W / 2, y1: axisTop, x2: x + LANE_W / 2, y2: axisBottom, class: 'fg-axis' }),
  );
  return { svg: [...guides, ...parts], height: y + 6 };
}
const drawn = draw();

export const reportingClocks: FigureDef = {
  id: 'reporting-clocks',
  label: 'Reporting clocks after an incident: NIS2 and GDPR',
  caption:
    'Not to scale. After a significant incident, NIS2 asks for an early warning within 24 hours, a notification within 72 hours and a final report within a month; if personal data is breached, the GDPR’s 72-hour clock runs at the same time.',
  height: drawn.height,
  svg: drawn.svg,
  intro: `0 h: ${start}.`,
  describe: [
    { text: 'NIS2, significant incident', items: rows.filter((r) => r.nis2).map((r) => `${r.at}: ${r.nis2}`) },
    {
      text: 'GDPR, personal data breach',
      items: [...rows.filter((r) => r.gdpr).map((r) => `${r.at}: ${r.gdpr}`), gdprAlso],
    },
  ],
};
