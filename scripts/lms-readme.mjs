// The LMS administrator's readme: dist-lms/README.md beside the zips, and a short
// LMS-README.txt inside every zip (not named in imsmanifest.xml or cmi5.xml, so an LMS never
// offers it as something to launch). Written by scripts/package-lms.mjs from what it built.

/** What each standard is for, in the order an administrator should consider them. */
export const STANDARD_INFO = {
  scorm12: {
    name: 'SCORM 1.2',
    use: 'the default: every LMS supports it',
    manifest: 'imsmanifest.xml',
  },
  scorm2004: {
    name: 'SCORM 2004 4th edition',
    use: 'separate completion and pass status, and a progress measure',
    manifest: 'imsmanifest.xml',
  },
  cmi5: {
    name: 'cmi5',
    use: 'an LMS with an xAPI learning record store (LRS)',
    manifest: 'cmi5.xml',
  },
};

/** Where a problem goes; SUPPORT (a web address or an e-mail) names the team that built the packages. */
export function supportLine(support) {
  return support
    ? `Report a problem to ${support}, naming the zip file and what the learner or the LMS showed.`
    : 'Report a problem to the team that gave you these packages, naming the zip file and what the learner or the LMS showed; they can pass it on to the course maintainers.';
}

const WHAT_IS_REPORTED = [
  'Status: incomplete when started; completed when every lesson of the package is done; passed or failed against the mastery score (SCORM 1.2 `lesson_status`, SCORM 2004 `completion_status` and `success_status`, cmi5 completed/passed/failed).',
  'Score: the best full attempt at the assessment, 0 to 100 (`score.raw`, with `score.scaled` 0–1 in SCORM 2004; the result score in cmi5). Retries of missed questions are practice and are not scored.',
  'Interactions: one per question of each submitted attempt, with the learner’s response, the correct pattern and the result (cmi5: an "answered" statement). Multiple-response answers list the options in the question bank’s order.',
  'Suspend data: the learner’s progress as a compressed code in `suspend_data` (cmi5: the state document), and the page they were on as the lesson location; written shortly after each change, when the window closes, and on "Save and exit".',
];

const EDITION_UPDATE = [
  'Upload the new zip into the same activity (replace its package file) rather than adding a new activity, so learners keep their record.',
  'A learner’s saved progress names lessons and quiz attempts by their ids: lessons done and attempts taken in the earlier edition still count where the new edition has the same lesson or quiz. A lesson or quiz the new edition removed no longer counts towards completion.',
  'A status the LMS already holds is never lowered by the course: a pass stays a pass.',
];

/**
 * dist-lms/README.md.
 * @param {{ packages: Array<{ name: string, scope: string, title: string, standard: string, mastery: number, assessment: string }>, support?: string, lrsOrigins?: string[] }} opts
 */
export function adminReadme({ packages, support, lrsOrigins = [] }) {
  const rows = packages.map(
    (p) =>
      `| \`${p.name}\` | ${STANDARD_INFO[p.standard].name} | ${p.scope === 'course' ? 'the whole course' : p.title} | ${p.mastery}% (${p.assessment}) |`,
  );
  const standards = Object.values(STANDARD_INFO).map((s) => `- **${s.name}** (\`${s.manifest}\`): ${s.use}.`);
  return `# Digital Health Skills: LMS packages

Upload one zip to your learning management system (LMS). Each zip is one activity: a single
SCO (SCORM) or a single AU (cmi5). Every zip holds a short \`LMS-README.txt\` with the same
facts for that package; the LMS ignores it.

## Which zip to upload

Pick the standard your LMS supports, and the scope: the whole course, or one module alone.

${standards.join('\n')}

| file | standard | scope | mastery score (assessment) |
| --- | --- | --- | --- |
${rows.join('\n')}

## Launch file and mastery score

- The launch file is \`lms.html\` at the root of the zip (the manifest names it; nothing needs setting).
- The mastery score is the pass mark of the package's assessment: the final assessment for
  the whole course, the module quiz for a module package. A mastery score set in the LMS
  replaces it.
${lrsOrigins.length ? `- The cmi5 packages admit these learning record stores: ${lrsOrigins.join(', ')}.\n` : '- The cmi5 packages admit only a learning record store on the same address as the course; to admit another, rebuild with `LRS_ORIGIN=https://lrs.example.org npm run package`.\n'}
## What is reported to the LMS

${WHAT_IS_REPORTED.map((l) => `- ${l}`).join('\n')}

Nothing of the learner is kept in the browser: the LMS holds the record.

## Updating to a new edition

${EDITION_UPDATE.map((l) => `- ${l}`).join('\n')}

## Reporting a problem

${supportLine(support)}
`;
}

/** LMS-README.txt inside one zip: plain text, short, for whoever opens the zip. */
export function zipReadme({ name, standard, title, scope, mastery, assessment, support }) {
  const s = STANDARD_INFO[standard];
  const wrap = (text) => text.replace(/`/g, '');
  return `${title}
${'='.repeat(Math.min(title.length, 72))}

This is ${name}: ${scope === 'course' ? 'the whole course' : 'one module of the course'} as a ${s.name} package (${s.use}).
Upload the whole zip to your LMS as one activity. This file is for you; the LMS ignores it.

Launch file:    lms.html (named in ${s.manifest})
Mastery score:  ${mastery}% (${assessment})

What is reported to the LMS:
${WHAT_IS_REPORTED.map((l) => `- ${wrap(l)}`).join('\n')}

Updating to a new edition:
${EDITION_UPDATE.map((l) => `- ${wrap(l)}`).join('\n')}

Reporting a problem:
${supportLine(support)}
`;
}
