/**
 * Turns Pagefind's result data into what the search box shows. Pure functions, no DOM, so
 * they are unit-tested directly (tests/unit/search/).
 */

/** The parts of Pagefind's result data the course uses (pagefind.js has no types of its own). */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: PagefindSubResult[];
}

export interface SearchHit {
  url: string;
  /** The lesson's (or glossary's) title. */
  title: string;
  /** The section heading the link goes to, when it is not the top of the page. */
  section: string | undefined;
  /** "Module 7: Cybersecurity", "Glossary"… */
  module: string | undefined;
  /** "Quiz explanation" for a quiz explanation; undefined for page text. */
  kind: string | undefined;
  excerpt: ExcerptPart[];
}

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decode(s: string): string {
  return s.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[e.toLowerCase()] ?? whole;
  });
}

/**
 * Pagefind's excerpts are escaped text with `<mark>` around the matched words. Split them
 * into plain text parts so they are rendered with textContent, never as HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const re = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  const push = (raw: string, mark: boolean) => {
    const text = decode(raw.replace(/<[^>]*>/g, ''));
    if (text) parts.push({ text, mark });
  };
  for (const m of excerpt.matchAll(re)) {
    push(excerpt.slice(last, m.index), false);
    push(m[1] ?? '', true);
    last = m.index + m[0].length;
  }
  push(excerpt.slice(last), false);
  return parts;
}

/** Sections the lesson layout adds to every lesson: they repeat what the body teaches. */
const LAYOUT_SECTION = /#(objectives|summary|sources)$/;

const words = (q: string) =>
  q
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1);

function titleMatches(title: string, query: string): boolean {
  const t = title.toLowerCase();
  const ws = words(query);
  return ws.length > 0 && ws.every((w) => t.includes(w));
}

/**
 * A page's sections, best first: a heading that names the query (a glossary term, a section
 * on the topic), then the most matched words; the layout's objectives, summary and sources last.
 */
export function rankSections(data: PagefindResultData, query: string): PagefindSubResult[] {
  const score = (s: PagefindSubResult) =>
    (titleMatches(s.title, query) ? 100 : 0) + (s.locations?.length ?? 0) - (LAYOUT_SECTION.test(s.url) ? 0.5 : 0);
  return [...(data.sub_results ?? [])].sort((a, b) => score(b) - score(a));
}

/**
 * What one Pagefind result shows: its best section, plus any other section whose heading
 * names the query.
 */
export function toHits(data: PagefindResultData, query: string): SearchHit[] {
  const title = data.meta['title'] ?? data.url;
  const module = data.meta['module'];
  const section = data.meta['section'];
  if (section) {
    // A record of its own (a quiz explanation, a glossary term) already points at its section.
    return [
      {
        url: data.url,
        title,
        section,
        module,
        kind: data.meta['kind'] || undefined,
        excerpt: excerptParts(data.excerpt),
      },
    ];
  }
  const ranked = rankSections(data, query);
  const sections = ranked.filter((s, i) => i === 0 || titleMatches(s.title, query));
  if (!sections.length)
    return [{ url: data.url, title, section: undefined, module, kind: undefined, excerpt: excerptParts(data.excerpt) }];
  return sections.map((sub) => ({
    url: sub.url,
    title,
    section: sub.url.includes('#') && sub.title !== title ? sub.title : undefined,
    module,
    kind: undefined,
    excerpt: excerptParts(sub.excerpt),
  }));
}

/**
 * One result per destination. A quiz explanation and the lesson text of the section it
 * points at are one place: the lesson text is shown, in the better of the two positions.
 */
export function uniqueHits(hits: SearchHit[]): SearchHit[] {
  const out: SearchHit[] = [];
  const at = new Map<string, number>();
  for (const h of hits) {
    const i = at.get(h.url);
    if (i === undefined) {
      at.set(h.url, out.length);
      out.push(h);
    } else if (out[i]?.kind && !h.kind) out[i] = h;
  }
  return out;
}

/** What the status line says (and screen readers announce). */
export function statusText(query: string, shown: number, total: number): string {
  if (total === 0) return `No results for “${query}”.`;
  const n = `${total} ${total === 1 ? 'result' : 'results'}`;
  return shown < total ? `${n} for “${query}”, best ${shown} shown.` : `${n} for “${query}”.`;
}
