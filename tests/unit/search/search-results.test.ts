import { describe, expect, it } from 'vitest';
import {
  excerptParts,
  rankSections,
  statusText,
  toHits,
  uniqueHits,
  type PagefindResultData,
  type SearchHit,
} from '../../../src/components/search/search-results';

describe('excerptParts', () => {
  it('splits an excerpt into plain text and matched words', () => {
    expect(excerptParts('Hospitals face <mark>ransomware</mark> attacks.')).toEqual([
      { text: 'Hospitals face ', mark: false },
      { text: 'ransomware', mark: true },
      { text: ' attacks.', mark: false },
    ]);
  });

  it('decodes entities and keeps markup as text, never as HTML', () => {
    expect(excerptParts('R&amp;D &lt;script&gt; &#39;x&#39; &#x27;y&#x27; <mark>opt&nbsp;out</mark><b>!</b>')).toEqual([
      { text: "R&D <script> 'x' 'y' ", mark: false },
      { text: 'opt\u00a0out', mark: true },
      { text: '!', mark: false },
    ]);
  });

  it('returns nothing for an empty excerpt', () => {
    expect(excerptParts('')).toEqual([]);
  });
});

const overview: PagefindResultData = {
  url: '/modules/cybersecurity/overview/',
  excerpt: 'whole page',
  meta: { title: 'Overview', module: 'Module 7' },
  sub_results: [
    {
      title: 'Cybersecurity action plan',
      url: '/modules/cybersecurity/overview/#action-plan',
      excerpt: 'a',
      locations: [1, 2],
    },
    { title: 'Ransomware', url: '/modules/cybersecurity/overview/#ransomware', excerpt: 'r', locations: [9] },
  ],
};

const lesson: PagefindResultData = {
  url: '/modules/cybersecurity/threats/',
  excerpt: 'page excerpt',
  meta: { title: 'Cyber threats', module: 'Module 7: Cybersecurity' },
  sub_results: [
    { title: 'Summary', url: '/modules/cybersecurity/threats/#summary', excerpt: 's', locations: [1, 2] },
    { title: 'What it does', url: '/modules/cybersecurity/threats/#what-it-does', excerpt: 'w', locations: [3, 4] },
    { title: 'Deadlines', url: '/modules/cybersecurity/threats/#deadlines', excerpt: 'd', locations: [5] },
  ],
};

describe('rankSections', () => {
  it('puts a heading that names the query first', () => {
    expect(rankSections(overview, 'ransomware').map((s) => s.title)).toEqual([
      'Ransomware',
      'Cybersecurity action plan',
    ]);
  });

  it('prefers a body section to the layout summary when they match as often', () => {
    expect(rankSections(lesson, 'attack')[0]?.title).toBe('What it does');
  });
});

describe('toHits', () => {
  it('links a lesson result to its best section, with title, module and excerpt', () => {
    expect(toHits(lesson, 'attack')).toEqual([
      {
        url: '/modules/cybersecurity/threats/#what-it-does',
        title: 'Cyber threats',
        section: 'What it does',
        module: 'Module 7: Cybersecurity',
        kind: undefined,
        excerpt: [{ text: 'w', mark: false }],
      },
    ]);
  });

  it('shows the best section and every other section whose heading names the query', () => {
    const hits = toHits(overview, 'action plan');
    expect(hits.map((h) => h.url)).toEqual(['/modules/cybersecurity/overview/#action-plan']);
    expect(toHits(overview, 'ransomware').map((h) => h.section)).toEqual(['Ransomware']);
  });

  it('shows a glossary term as the glossary entry it points at', () => {
    const hits = toHits(
      {
        url: '/glossary/#notified-body',
        excerpt: '<mark>Notified</mark> <mark>body</mark>. An independent organisation',
        meta: { title: 'Glossary', module: 'Glossary', section: 'Notified body', kind: '' },
      },
      'notified body',
    );
    expect(hits.map((h) => [h.url, h.title, h.section, h.module, h.kind])).toEqual([
      ['/glossary/#notified-body', 'Glossary', 'Notified body', 'Glossary', undefined],
    ]);
  });

  it('keeps a quiz explanation pointing at the section it names', () => {
    const hits = toHits(
      {
        url: '/modules/regulation/devices/#classes',
        excerpt: 'Under MDR <mark>Rule</mark> <mark>11</mark>…',
        meta: { title: 'Devices', module: 'Module 4', section: 'Classes', kind: 'Quiz explanation' },
      },
      'rule 11',
    );
    expect(hits).toEqual([
      {
        url: '/modules/regulation/devices/#classes',
        title: 'Devices',
        section: 'Classes',
        module: 'Module 4',
        kind: 'Quiz explanation',
        excerpt: [
          { text: 'Under MDR ', mark: false },
          { text: 'Rule', mark: true },
          { text: ' ', mark: false },
          { text: '11', mark: true },
          { text: '…', mark: false },
        ],
      },
    ]);
  });

  it('falls back to the page when it has no sections', () => {
    const hits = toHits({ url: '/about/', excerpt: 'x', meta: { title: 'About' }, sub_results: [] }, 'x');
    expect(hits.map((h) => [h.url, h.section])).toEqual([['/about/', undefined]]);
  });
});

describe('uniqueHits', () => {
  const hit = (url: string, kind?: string): SearchHit => ({
    url,
    title: url,
    section: undefined,
    module: undefined,
    kind,
    excerpt: [],
  });

  it('shows a place once, as lesson text rather than a quiz explanation, in the better position', () => {
    const out = uniqueHits([hit('/a/#s', 'Quiz explanation'), hit('/b/'), hit('/a/#s')]);
    expect(out.map((h) => [h.url, h.kind])).toEqual([
      ['/a/#s', undefined],
      ['/b/', undefined],
    ]);
  });
});

describe('statusText', () => {
  it.each([
    ['zzqx', 0, 0, 'No results for “zzqx”.'],
    ['ransomware', 1, 1, '1 result for “ransomware”.'],
    ['ehds', 6, 6, '6 results for “ehds”.'],
    ['ai', 6, 30, '30 results for “ai”, best 6 shown.'],
  ])('%s: %i shown of %i', (q, shown, total, text) => {
    expect(statusText(q, shown, total)).toBe(text);
  });
});
