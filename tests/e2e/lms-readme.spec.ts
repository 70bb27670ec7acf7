/**
 * The LMS administrator's readme (issue 23): dist-lms/README.md beside the zips, and a short
 * LMS-README.txt inside every zip that no manifest names, so the LMS never launches it.
 * Needs `npm run package:test` (or `npm run package`) first.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { expect, test } from '@playwright/test';
import type { CourseFile } from '../../src/lib/course/course-file';
import { dayText } from '../../scripts/lms-readme.mjs';

const out = join(process.cwd(), 'dist-lms');
const zips = existsSync(out) ? readdirSync(out).filter((f) => f.endsWith('.zip')) : [];
/** The edition this build is (build/course.json): every zip and readme names it. */
const built = JSON.parse(readFileSync(join(process.cwd(), 'build', 'course.json'), 'utf8')) as Pick<
  CourseFile,
  'edition' | 'lawTense'
>;
const edition = built.edition.edition;
/** "Built on …; the next legal date … passes on …": the tense the build wrote its dates in. */
const tense = built.lawTense;
const builtOn = `Built on ${dayText(tense.builtOn)}`;
const nextDate = tense.next ? dayText(tense.next.date) : undefined;

test('dist-lms/README.md tells an administrator which zip to upload and what it reports', () => {
  expect(zips.length, 'run "npm run package:test" first').toBeGreaterThan(0);
  const readme = readFileSync(join(out, 'README.md'), 'utf8');
  for (const zip of zips) expect(readme).toContain(`\`${zip}\``);
  for (const standard of ['SCORM 1.2', 'SCORM 2004 4th edition', 'cmi5']) expect(readme).toContain(standard);
  expect(readme).toContain('`lms.html`');
  expect(readme).toMatch(/mastery score/i);
  expect(readme).toMatch(/\| 80% \(Final assessment\) \|/);
  for (const reported of ['Status', 'Score', 'Interactions', 'Suspend data'])
    expect(readme).toMatch(new RegExp(`^- ${reported}( \\([^)]*\\))?:`, 'm'));
  expect(readme).toMatch(new RegExp(`\\*\\*Edition ${edition}, law checked \\d{1,2} [A-Z][a-z]+ \\d{4}\\.\\*\\*`));
  expect(readme).toContain('## Updating to a new edition');
  expect(readme).toContain('## Reporting a problem');
  // An LMS keeps a package for months: the readme says which day the tense is of, and after
  // which day to upload a newer build.
  expect(readme).toContain(`## Legal dates and their tense\n\n${builtOn}.`);
  if (nextDate) expect(readme).toContain(`passes on **${nextDate} (`);
});

for (const zip of zips) {
  test(`${zip} carries LMS-README.txt, which its manifest does not name`, () => {
    const files = unzipSync(new Uint8Array(readFileSync(join(out, zip))));
    const text = strFromU8(files['LMS-README.txt']!);
    expect(text).toContain(`This is ${zip}:`);
    expect(text).toContain('Launch file:    lms.html');
    expect(text).toMatch(/Mastery score: {2}\d+% \(/);
    expect(text).toContain('Updating to a new edition:');
    expect(text).toContain('Reporting a problem:');
    expect(text).toContain(`Edition ${edition}, law checked `);
    expect(text).toContain(`Legal dates and their tense:\n${builtOn}`);
    if (nextDate) expect(text).toContain(`passes on ${nextDate} (`);
    const manifest = strFromU8(files['imsmanifest.xml'] ?? files['cmi5.xml']!);
    expect(manifest).not.toContain('LMS-README');
    // The manifest carries the edition: SCORM's manifest version, cmi5's course description.
    if (files['imsmanifest.xml'])
      expect(manifest).toMatch(new RegExp(`<manifest identifier="[^"]+" version="${edition}"`));
    else expect(manifest).toMatch(new RegExp(`Edition ${edition}, law checked [^<]+</langstring></description>`));
  });
}
