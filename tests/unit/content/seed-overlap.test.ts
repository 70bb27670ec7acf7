import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OFFICIAL_TITLES, RUN, copiedPassages, fingerprint } from '../../../scripts/lib/own-words.mjs';
import { loadContent } from '../../helpers/load-content';
import { coursePassages } from './text';

/**
 * Own words: no run of RUN or more consecutive words (lower case, punctuation stripped, US and
 * British spellings folded together) may be shared between any course text and the source
 * document. The source is not in the repository: tests/fixtures/source-fingerprint.json holds
 * the hashes of its normalised RUN-word shingles (made by scripts/source-fingerprint.mjs, rules
 * in scripts/lib/own-words.mjs). An official title on the short list in own-words.mjs counts as
 * a single word on both sides, so naming it is fine but copying the sentence around it is not.
 */
interface Fingerprint {
  run: number;
  officialTitles: string[];
  hashes: string[];
}
const FINGERPRINT = JSON.parse(
  readFileSync(new URL('../../fixtures/source-fingerprint.json', import.meta.url), 'utf8'),
) as Fingerprint;
const hashes = new Set(FINGERPRINT.hashes);

describe('own words', () => {
  const { input } = loadContent();

  it('the fingerprint was made with the same rules as the check', () => {
    // A changed run length or title list needs a new fingerprint: node scripts/source-fingerprint.mjs <source>
    expect(FINGERPRINT.run).toBe(RUN);
    expect(FINGERPRINT.officialTitles).toEqual(OFFICIAL_TITLES);
    expect(hashes.size, 'the fingerprint holds no shingles').toBeGreaterThan(500);
  });

  it(`no lesson, module, question or glossary entry shares ${RUN}+ consecutive words with the source`, () => {
    const copies = coursePassages(input).flatMap(({ where, text }) =>
      copiedPassages(text, hashes).map((p) => `${where}: "${p}"`),
    );
    expect(copies).toEqual([]);
  });

  it('the check finds a copied sentence even with changed spelling, punctuation and case', () => {
    const copied =
      'As the overview notes, the EuroHPC Joint-Undertaking has launched 13 AI factories to give start ups and SMEs access to supercomputing!';
    expect(copiedPassages(copied, hashes)).toHaveLength(1);
    expect(copiedPassages('Start-ups and SMEs can use supercomputers through 13 AI Factories.', hashes)).toEqual([]);
  });

  it('naming an official title is allowed, but not the sentence around it', () => {
    expect(
      copiedPassages(
        'In January 2025 the Commission adopted the Action Plan on the cybersecurity of hospitals and healthcare providers.',
        hashes,
      ),
    ).toEqual([]);
    expect(
      copiedPassages(
        'The Commission adopted an Action Plan on the cybersecurity of hospitals and healthcare providers to strengthen the security of our health systems.',
        hashes,
      ),
    ).toHaveLength(1);
  });

  it('the fingerprint script and the check agree on a text of our own', () => {
    const own = 'Twelve words or more copied in a row from a source would be caught here by the check.';
    const ownHashes = new Set(fingerprint(own));
    expect(copiedPassages(`Before that: ${own.toUpperCase()} And after.`, ownHashes)).toHaveLength(1);
    expect(copiedPassages('Twelve words or more copied in a row from elsewhere pass.', ownHashes)).toEqual([]);
  });
});
