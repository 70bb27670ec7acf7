import { lawToday } from '../../data/law';
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

/** The build day, marked on the line so a reader sees which dates have passed. */
const TODAY_LABEL = 'Today';
const TODAY_EVENT = 'The dates above have passed; the dates below are still to come';
const todayEntry = (): LegalDate => ({
  fact: '',
  law: TODAY_LABEL as Law,
  event: TODAY_EVENT,
  date: lawToday(),
  citation: '',
});

/** Entries on the same date share one stop on the line. */
function stops(entries: LegalDate[]): LegalDate[][] {
  const byDate = new Map<string, LegalDate[]>();
  for (const e of [...entries].sort((a, b) => a.date.localeCompare(b.date))) {
    // Today gets its own stop, after the facts of the same day (those have already happened).
    const key = e.fact ? e.date : `${e.date}~today`;
    byDate.set(key, [...(byDate.get(key) ?? []), e]);
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
    const isToday = !group[0]!.fact;
    parts.push(
      isToday
        ? el('rect', { x: AXIS_X - 7, y: y + 1, width: 14, height: 14, class: 'fg-today', 'data-today': date })
        : el('circle', { cx: AXIS_X, cy: y + 8, r: 6, class: `fg-dot-${TONE[group[0]!.law] ?? 'blue'}` }),
    );
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

const entries = [...legalDates, todayEntry()];
const drawn = draw(entries);

export const timeline: FigureDef = {
  id: 'timeline',
  label: 'Timeline of the EU laws that matter to a clinician, 2021 to 2031, with today marked',
  caption:
    "When the rules apply: the AI Act (dates as amended in 2026), the MDR and IVDR, the EHDS phases and NIS2. The square marks today; the dates come from the course's one file of legal facts.",
  height: drawn.height,
  svg: drawn.svg,
  intro: 'In date order:',
  describe: stops(entries).map((g) => ({
    text: formatLegalDate(g[0]!.date),
    items: g.map((e) => (e.fact ? `${e.law}: ${e.event} (${e.citation})` : `${e.law}: ${e.event}`)),
  })),
};
