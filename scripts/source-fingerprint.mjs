#!/usr/bin/env node
// @ts-check
/**
 * Fingerprints the source document for the own-words check, so the check runs without the
 * source text being in the repository.
 *
 *   node scripts/source-fingerprint.mjs <path-to-source.txt> [more.txt …]
 *
 * writes tests/fixtures/source-fingerprint.json: the sorted SHA-256 prefixes of every normalised
 * 12-word shingle of the source(s) (rules in scripts/lib/own-words.mjs). The hashes cannot be
 * turned back into the text. Run it again when the source, the normalisation or the list of
 * official titles changes; `tests/unit/content/seed-overlap.test.ts` reads the file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { OFFICIAL_TITLES, RUN, fingerprint } from './lib/own-words.mjs';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('Usage: node scripts/source-fingerprint.mjs <path-to-source.txt> [more.txt …]');
  process.exit(2);
}

const hashes = new Set(files.flatMap((f) => fingerprint(readFileSync(f, 'utf8'))));
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'fixtures', 'source-fingerprint.json');
const data = {
  about:
    'Fingerprint of the source document for the own-words check: sorted SHA-256 prefixes (16 hex digits) of its normalised 12-word shingles. Made by scripts/source-fingerprint.mjs; normalisation in scripts/lib/own-words.mjs.',
  sources: files.map((f) => basename(f)),
  run: RUN,
  officialTitles: OFFICIAL_TITLES,
  hashes: [...hashes].sort(),
};
// Written as Prettier would, so `npm run lint` accepts the file as it comes out.
const options = { ...(await resolveConfig(out)), filepath: out };
writeFileSync(out, await format(JSON.stringify(data), options));
console.log(`${data.hashes.length} shingles of ${files.length} source file(s) → ${out}`);
