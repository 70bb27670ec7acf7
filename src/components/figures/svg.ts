/**
 * Build-time drawing helpers for the course's figures. Figures are plain SVG markup made from
 * data when the site is built (a tree of elements that Figure.astro renders, so Astro escapes
 * every text and attribute): no client JavaScript, real `<text>` (readable by screen
 * readers, search and translation), and colours from CSS classes in `figures.css`, so they
 * follow the light and dark themes and print. Attributes only, never `style=""`, so the strict
 * Content Security Policy needs nothing extra.
 */

/** Width of every figure's drawing, in SVG units. Narrow on purpose: one layout that a 375 px phone shows at full size. */
export const W = 340;

/** Text sizes (SVG units; about CSS pixels on a phone). */
export const SIZE = { title: 14, body: 12.5, small: 12 } as const;

/** One SVG element: tag, attributes and children (elements or text). */
export interface El {
  t: string;
  a?: Record<string, string | number>;
  c?: (El | string)[];
}

export function el(t: string, a: El['a'] = {}, c: El['c'] = []): El {
  return { t, a, c };
}

/** Rough advance width of one character of the system sans-serif, as a share of the font size. */
const CHAR = { normal: 0.56, bold: 0.6 } as const;

/** Splits text into lines that fit `width` at `size` (greedy, on spaces; a lone long word keeps its own line). */
export function wrap(text: string, width: number, size: number, bold = false): string[] {
  const max = Math.max(4, Math.floor(width / (size * (bold ? CHAR.bold : CHAR.normal))));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!line) line = word;
    else if (line.length + 1 + word.length <= max) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export interface TextOptions {
  x: number;
  y: number;
  size?: number;
  /** CSS classes from figures.css, e.g. `fg-b` (bold) or `fg-m` (muted). */
  cls?: string;
  anchor?: 'start' | 'middle' | 'end';
  /** Line height in SVG units. */
  lh?: number;
}

/** One `<text>` element whose lines are `<tspan>`s; `y` is the first line's baseline. */
export function text(lines: string[], { x, y, size = SIZE.body, cls = '', anchor = 'start', lh }: TextOptions): El {
  const step = lh ?? Math.round(size * 1.3);
  const spans = lines.map((l, i) => el('tspan', i === 0 ? { x, y } : { x, dy: step }, [l]));
  return el(
    'text',
    { class: `fg-t ${cls}`.trim(), 'font-size': size, ...(anchor === 'start' ? {} : { 'text-anchor': anchor }) },
    spans,
  );
}

/** Height taken by `n` lines of text at `size` (from the top of the first line to below the last). */
export function textHeight(n: number, size: number = SIZE.body, lh?: number): number {
  const step = lh ?? Math.round(size * 1.3);
  return n === 0 ? 0 : size + (n - 1) * step;
}

export function rect(x: number, y: number, w: number, h: number, cls: string, r = 6): El {
  return el('rect', { x, y, width: w, height: h, rx: r, class: cls });
}

/** A straight line with an arrowhead at its end (drawn as a polygon: no shared `<marker>` ids). */
export function arrow(x1: number, y1: number, x2: number, y2: number, cls = 'fg-arrow'): El {
  const a = Math.atan2(y2 - y1, x2 - x1);
  const s = 7;
  const p = (da: number) => `${(x2 - s * Math.cos(a + da)).toFixed(1)},${(y2 - s * Math.sin(a + da)).toFixed(1)}`;
  const bx = (x2 - s * 0.8 * Math.cos(a)).toFixed(1);
  const by = (y2 - s * 0.8 * Math.sin(a)).toFixed(1);
  return el('g', {}, [
    el('line', { x1, y1, x2: bx, y2: by, class: cls }),
    el('polygon', { points: `${x2},${y2} ${p(0.45)} ${p(-0.45)}`, class: `${cls}-head` }),
  ]);
}

/** The text alternative: a list that names every label in the drawing, nested one level. */
export type DescribeItem = string | { text: string; items: string[] };

export interface FigureDef {
  /** Stable id (kebab-case); quiz questions name figures by it. */
  id: string;
  /** Short accessible name of the drawing (its `aria-label` and `<title>`). */
  label: string;
  /** Visible caption: what the figure shows and why it matters. */
  caption: string;
  /** Height of the drawing in SVG units (width is always `W`). */
  height: number;
  /** The drawing's elements. */
  svg: El[];
  /** Optional sentence before the list in "Describe this figure". */
  intro?: string;
  /** The text alternative. */
  describe: DescribeItem[];
}
