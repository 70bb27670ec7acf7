import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../helpers/load-content';
import { coursePassages, normalisedWords } from './text';

/**
 * Own words: no run of RUN or more consecutive words (lower case, punctuation stripped, US and
 * British spellings folded together) may be shared between any course text and the source
 * documents in ../shared/seeds/. An official title may be named: each title below counts as a
 * single word on both sides, so naming it is fine but copying the sentence around it is not.
 */
const RUN = 12;
const SEEDS = resolve(process.cwd(), process.env['SEEDS_DIR'] ?? '../shared/seeds');

/** Official titles a lesson may name in full. Keep this list short: titles only, never sentences. */
const OFFICIAL_TITLES = [
  'Action Plan on the cybersecurity of hospitals and healthcare providers',
  'Testing and Experimentation Facility for Health',
  'European Virtual Human Twins Initiative',
  'Intensive Care Unit (ICU) data infrastructure',
];

const TITLE_TOKENS = OFFICIAL_TITLES.map((t, i) => ({ words: normalisedWords(t), token: `§title${i}` }));

/** Words of a text with each official title collapsed into one token. */
function words(text: string): string[] {
  const w = normalisedWords(text);
  const out: string[] = [];
  for (let i = 0; i < w.length;) {
    const title = TITLE_TOKENS.find((t) => t.words.every((tw, k) => w[i + k] === tw));
    if (title) {
      out.push(title.token);
      i += title.words.length;
    } else out.push(w[i++]!);
  }
  return out;
}

function seedRuns(): Set<string> {
  if (!existsSync(SEEDS)) {
    throw new Error(
      `The source documents are missing: no folder ${SEEDS}. The own-words check needs them; ` +
        'run the tests from a checkout beside ../shared, or set SEEDS_DIR to the seeds folder.',
    );
  }
  const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));
  if (files.length === 0) throw new Error(`No source documents (*.txt) in ${SEEDS}.`);
  const runs = new Set<string>();
  for (const f of files) {
    // Each line of a seed is its own paragraph: runs do not cross line breaks.
    for (const line of readFileSync(join(SEEDS, f), 'utf8').split(/\r?\n/)) {
      const w = words(line);
      for (let i = 0; i + RUN <= w.length; i++) runs.add(w.slice(i, i + RUN).join(' '));
    }
  }
  return runs;
}

/** The longest stretches of `text` whose every RUN-word window appears in the seeds. */
function copiedPassages(text: string, runs: Set<string>): string[] {
  const w = words(text);
  const found: string[] = [];
  let start = -1;
  let end = -1;
  for (let i = 0; i + RUN <= w.length; i++) {
    if (!runs.has(w.slice(i, i + RUN).join(' '))) continue;
    if (start >= 0 && i <= end) end = i + RUN;
    else {
      if (start >= 0) found.push(w.slice(start, end).join(' '));
      start = i;
      end = i + RUN;
    }
  }
  if (start >= 0) found.push(w.slice(start, end).join(' '));
  return found.map((p) => p.replace(/§title(\d+)/g, (_m, n: string) => `[${OFFICIAL_TITLES[Number(n)]}]`));
}

describe('own words', () => {
  const { input } = loadContent();

  it(`no lesson, module, question or glossary entry shares ${RUN}+ consecutive words with the source`, () => {
    const runs = seedRuns();
    expect(runs.size, 'the seeds gave no text to compare with').toBeGreaterThan(0);
    const copies = coursePassages(input).flatMap(({ where, text }) =>
      copiedPassages(text, runs).map((p) => `${where}: "${p}"`),
    );
    expect(copies).toEqual([]);
  });

  it('the check finds a copied sentence even with changed spelling, punctuation and case', () => {
    const runs = seedRuns();
    const copied =
      'As the overview notes, the EuroHPC Joint-Undertaking has launched 13 AI factories to give start ups and SMEs access to supercomputing!';
    expect(copiedPassages(copied, runs)).toHaveLength(1);
    expect(copiedPassages('Start-ups and SMEs can use supercomputers through 13 AI Factories.', runs)).toEqual([]);
  });

  it('naming an official title is allowed, but not the sentence around it', () => {
    const runs = seedRuns();
    expect(
      copiedPassages(
        'In January 2025 the Commission adopted the Action Plan on the cybersecurity of hospitals and healthcare providers.',
        runs,
      ),
    ).toEqual([]);
    expect(
      copiedPassages(
        'The Commission adopted an Action Plan on the cybersecurity of hospitals and healthcare providers to strengthen the security of our health systems.',
        runs,
      ),
    ).toHaveLength(1);
  });
});
