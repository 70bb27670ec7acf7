import { existsSync, readFileSync } from 'node:fs';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatLegalDate, legalDates } from '../../../src/data/legal-dates';
import { lawToday } from '../../../src/data/law';
import { FIGURE_COMPONENTS, FIGURE_IDS } from '../../../src/schemas/figure-ids';
import { figures } from '../../../src/components/figures/index';
import Figure from '../../../src/components/figures/Figure.astro';
import { wrap, type FigureDef } from '../../../src/components/figures/svg';
import { loadContent } from '../../helpers/load-content';

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
const norm = (s: string) => decode(s).replace(/\s+/g, ' ').trim().toLowerCase();

/** What a sighted reader sees: each `<text>` element's lines joined, list bullets dropped. */
function drawnLabels(html: string): string[] {
  return [...html.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) =>
    norm((m[1] ?? '').replace(/<tspan\b[^>]*>/g, ' ').replace(/<\/tspan>/g, '')).replace(/^• /, ''),
  );
}

function part(html: string, re: RegExp): string {
  return re.exec(html)?.[1] ?? '';
}

const all = Object.entries(figures);

/** The figure as Figure.astro renders it, through Astro's own compiler. */
async function render(def: FigureDef): Promise<string> {
  const container = await AstroContainer.create();
  return container.renderToString(Figure, { props: { def } });
}

describe.each(all)('figure %s', (id, def) => {
  let html = '';
  beforeAll(async () => {
    html = await render(def);
  });

  it('is a <figure> with a caption and an image with a short accessible name', () => {
    expect(html).toMatch(new RegExp(`^<figure class="fig" data-figure="${id}">`));
    expect(def.id).toBe(id);
    // HTML allows a figcaption only as the first or last child of its figure.
    expect(html).toMatch(
      /^<figure [^>]*><div class="fig-art">[\s\S]*<\/div><figcaption>[\s\S]*<\/figcaption><\/figure>$/,
    );
    expect(norm(part(html, /<p class="fig-caption">([\s\S]*?)<\/p>/)).length).toBeGreaterThan(40);
    expect(html).toMatch(/<svg [^>]*role="img"[^>]*aria-label="[^"]{10,}"/);
    expect(decode(part(html, /<title>([\s\S]*?)<\/title>/))).toBe(def.label);
  });

  it('draws real text, and its "Describe this figure" text names every label in the drawing', () => {
    const details = part(
      html,
      /<details class="fig-describe"><summary>Describe this figure<\/summary>([\s\S]*?)<\/details>/,
    );
    expect(details, 'no "Describe this figure" disclosure').not.toBe('');
    const alternative = norm(details.replace(/<[^>]+>/g, ' '));
    const labels = drawnLabels(html);
    expect(labels.length).toBeGreaterThan(3);
    expect(labels.filter((l) => !alternative.includes(l))).toEqual([]);
  });

  it('uses classes for colour and no inline styles or scripts (strict CSP, themes)', () => {
    expect(html).not.toMatch(/\sstyle=|<script|<style|\sfill="#|\sstroke="#/);
  });

  it('keeps every line of text inside the drawing', () => {
    for (const m of html.matchAll(/<tspan x="([\d.]+)"/g)) {
      expect(Number(m[1])).toBeGreaterThanOrEqual(0);
      expect(Number(m[1])).toBeLessThanOrEqual(340);
    }
  });
});

describe('figure ids', () => {
  it('the ids a quiz question may name are exactly the drawn figures', () => {
    expect(Object.keys(figures).sort()).toEqual([...FIGURE_IDS].sort());
  });
});

describe('text wrapping', () => {
  it('breaks on spaces within the width and keeps every word', () => {
    const s = 'Does it monitor vital physiological parameters, where changes could mean immediate danger?';
    const lines = wrap(s, 180, 12.5);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(s);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(Math.floor(180 / (12.5 * 0.54)));
  });
});

describe('the timeline', () => {
  let html = '';
  beforeAll(async () => {
    html = await render(figures.timeline);
  });
  const today = lawToday();
  // The build day has a stop of its own, after the facts of the same day.
  const dates = [...[...new Set(legalDates.map((d) => d.date))], today].sort();

  it('has one stop per date in src/data/legal-dates.ts, and one for today, in order, and no other', () => {
    expect([...html.matchAll(/data-date="([^"]+)"/g)].map((m) => m[1])).toEqual(dates);
  });

  it('writes each date in the course style', () => {
    const shown = [...html.matchAll(/<text class="fg-t fg-date"[^>]*>([\s\S]*?)<\/text>/g)].map((m) =>
      norm((m[1] ?? '').replace(/<tspan\b[^>]*>/g, ' ').replace(/<\/tspan>/g, '')),
    );
    expect(shown).toEqual(dates.map((d) => formatLegalDate(d).toLowerCase()));
  });

  it('marks today, so a reader sees which dates have passed', () => {
    expect([...html.matchAll(/data-today="([^"]+)"/g)].map((m) => m[1])).toEqual([today]);
    expect(norm(html.replace(/<[^>]+>/g, ' '))).toContain(norm('Today The dates above have passed'));
  });

  it('names every event of the data file', () => {
    const text = norm(html.replace(/<[^>]+>/g, ' '));
    for (const e of legalDates) expect(text).toContain(norm(e.event));
  });
});

describe('figures are in their lessons', () => {
  const { input } = loadContent();
  const component = FIGURE_COMPONENTS;
  const bedside = input.modules.some((m) => m.id === 'ai-at-the-bedside');
  it.each(Object.entries(component))('%s (%s.astro) is imported and shown by a lesson', (id, name) => {
    expect(existsSync(`src/components/figures/${name}.astro`)).toBe(true);
    expect(readFileSync(`src/components/figures/${name}.astro`, 'utf8')).toMatch(/<Figure def=\{\w+\} \/>/);
    if (id === 'ai-wrong' && !bedside) return; // goes into module 8, "AI at the bedside", once it exists
    const users = input.lessons.filter(
      (l) =>
        l.body?.includes(`import ${name} from '../../src/components/figures/${name}.astro';`) &&
        l.body.includes(`<${name} />`),
    );
    expect(users.map((l) => l.id)).not.toEqual([]);
  });
});
