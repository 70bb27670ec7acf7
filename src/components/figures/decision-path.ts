import { SIZE, W, el, type El, arrow, rect, text, textHeight, wrap, type DescribeItem } from './svg';

export type Tone = 'red' | 'amber' | 'blue' | 'green' | 'neutral';

export interface Outcome {
  label: string;
  detail?: string;
  tone: Tone;
}
export interface Step {
  question: string;
  /** The answer that leads to `outcome`, drawn to the right; the other answer leads down to the next step. */
  on: 'Yes' | 'No';
  outcome: Outcome;
}

const Q_X = 8;
const Q_W = 200;
const O_X = 240;
const O_W = W - O_X - 6;
const PAD = 9;
const GAP = 26;

const boxClass = (t: Tone) => (t === 'neutral' ? 'fg-box' : `fg-tone-${t}`);

function outcomeLines(o: Outcome, width: number) {
  return {
    label: wrap(o.label, width - 2 * PAD, SIZE.body, true),
    detail: o.detail ? wrap(o.detail, width - 2 * PAD, SIZE.small) : [],
  };
}

function outcomeBox(o: Outcome, x: number, y: number, w: number): { svg: El; h: number } {
  const l = outcomeLines(o, w);
  const h =
    PAD * 2 +
    textHeight(l.label.length, SIZE.body) +
    (l.detail.length ? 4 + textHeight(l.detail.length, SIZE.small) : 0);
  const svg = el('g', {}, [rect(x, y, w, h, boxClass(o.tone))]);
  svg.c!.push(text(l.label, { x: x + PAD, y: y + PAD + SIZE.body - 1, size: SIZE.body, cls: 'fg-b' }));
  if (l.detail.length) {
    const dy = y + PAD + textHeight(l.label.length, SIZE.body) + 4 + SIZE.small - 1;
    svg.c!.push(text(l.detail, { x: x + PAD, y: dy, size: SIZE.small }));
  }
  return { svg, h };
}

/**
 * A decision path read from top to bottom: each question either ends in an outcome (to its
 * right) or leads down to the next question; the last answer leads to `end`. One column of
 * questions and one of outcomes fits a 375 px phone without scaling the text down.
 */
export function drawDecisionPath(steps: Step[], end: Outcome, top = 8): { svg: El[]; height: number } {
  const parts: El[] = [];
  let y = top;
  for (const s of steps) {
    const q = wrap(s.question, Q_W - 2 * PAD, SIZE.body);
    const qh = PAD * 2 + textHeight(q.length, SIZE.body);
    const o = outcomeLines(s.outcome, O_W);
    const oh =
      PAD * 2 +
      textHeight(o.label.length, SIZE.body) +
      (o.detail.length ? 4 + textHeight(o.detail.length, SIZE.small) : 0);
    const rowH = Math.max(qh, oh);
    parts.push(rect(Q_X, y, Q_W, qh, 'fg-box'));
    parts.push(text(q, { x: Q_X + PAD, y: y + PAD + SIZE.body - 1, size: SIZE.body }));
    parts.push(outcomeBox(s.outcome, O_X, y, O_W).svg);
    const mid = y + Math.min(qh, oh) / 2;
    parts.push(arrow(Q_X + Q_W, mid, O_X - 1, mid));
    parts.push(text([s.on], { x: (Q_X + Q_W + O_X) / 2, y: mid - 5, size: SIZE.small, cls: 'fg-b', anchor: 'middle' }));
    const cx = Q_X + 28;
    const next = y + rowH + GAP;
    parts.push(arrow(cx, y + qh, cx, next - 1));
    parts.push(
      text([s.on === 'Yes' ? 'No' : 'Yes'], { x: cx + 8, y: (y + qh + next) / 2 + 4, size: SIZE.small, cls: 'fg-b' }),
    );
    y = next;
  }
  const eb = outcomeBox(end, Q_X, y, Q_W);
  parts.push(eb.svg);
  y += eb.h;
  return { svg: parts, height: y + 8 };
}

const outcomeText = (o: Outcome) => (o.detail ? `${o.label}: ${o.detail}` : o.label);

/** The same path as a list, naming every question, answer and outcome. */
export function describeDecisionPath(steps: Step[], end: Outcome): DescribeItem[] {
  return [
    ...steps.map((s, i) => ({
      text: `${i + 1}. ${s.question}`,
      items: [
        `${s.on}: ${outcomeText(s.outcome)}`,
        `${s.on === 'Yes' ? 'No' : 'Yes'}: ${i === steps.length - 1 ? outcomeText(end) : 'go to question ' + (i + 2)}`,
      ],
    })),
  ];
}
