import { formatLegalDate, legalDates, type Law, type LegalDate } from '../../data/legal-dates';
import { SIZE, W, el, type El, text, textHeight, wrap, type FigureDef } from './svg';

const TONE: Partial<Record<Law, string>> = {
  'AI Act': 'blue',
  MDR: 'green',
  IVDR: 'green',
  EHDS: 'amber',
  NIS2: 'red',
};

const AXIS_X = 96;
const TEXT_X = 110;
const TEXT_W = W - TEXT_X - 6;
const GAP = 14;

/** A date as two lines: "2 December" and "2027"; a month and year likewise. */
function dateLines(date: string): string[] {
  const s = formatLegalDate(date);
  const i = s.lastIndexOf(' ');
  return [s.slice(0, i), s.slice(i + 1)];
}

/** Entries on the same date share one stop on the line. */
function stops(entries: LegalDate[]): LegalDate[][] {
  const byDate = new Map<string, LegalDate[]>();
  for (const e of [...entries].sort((a, b) => a.date.localeCompare(b.date))) {
    byDate.set(e.date, [...(byDate.get(e.date) ?? []), e]);
  }
  return [...byDate.values()];
}

function draw(entries: LegalDate[]): { svg: El[]; height: number } {
  const parts: El[] = [];
  let y = 14;
  const top = y;
  for (const group of stops(entries)) {
    const date = group[0]!.date;
    parts.push(
      el(
        'text',
        { class: 'fg-t fg-date', 'font-size': SIZE.small, 'text-anchor': 'end', 'data-date': date },
        dateLines(date).map((l, i) =>
          el('tspan', i === 0 ? { x: AXIS_X - 12, y: y + SIZE.small, class: 'fg-b' } : { x: AXIS_X - 12, dy: 15 }, [l]),
        ),
      ),
    );
    parts.push(el('circle', { cx: AXIS_X, cy: y + 8, r: 6, class: `fg-dot-${TONE[group[0]!.law] ?? 'blue'}` }));
    let ty = y;
    for (const e of group) {
      const lines = wrap(e.event, TEXT_W, SIZE.small);
      parts.push(text([e.law], { x: TEXT_X, y: ty + SIZE.small, size: SIZE.small, cls: 'fg-b' }));
      parts.push(text(lines, { x: TEXT_X, y: ty + SIZE.small + 15, size: SIZE.small }));
      ty += 15 + textHeight(lines.length, SIZE.small) + 6;
    }
    y = Math.max(ty - 6, y + 30) + GAP;
  }
  const bottom = y - GAP;
  parts.unshift(el('line', { x1: AXIS_X, y1: top, x2: AXIS_X, y2: bottom, class: 'fg-axis' }));
  return { svg: parts, height: bottom + 10 };
}

const drawn = draw(legalDates);

export const timeline: FigureDef = {
  id: 'timeline',
  label: 'Timeline of the EU laws that matter to a clinician, 2021 to 2031',
  caption:
    'When the rules apply: the AI Act (dates as amended in 2026), the MDR and IVDR, the EHDS phases and NIS2. The dates come from one data file that the lessons are checked against.',
  height: drawn.height,
  svg: drawn.svg,
  intro: 'In date order:',
  describe: stops(legalDates).map((g) => ({
    text: formatLegalDate(g[0]!.date),
    items: g.map((e) => `${e.law}: ${e.event} (${e.citation})`),
  })),
};
