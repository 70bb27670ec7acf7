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

/** "6 December 2026" from "2026-12-06". */
export function dayText(iso) {
  const format = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', format);
}

/**
 * "Edition 2026-12, law checked 6 December 2026.": the course edition (src/data/edition.ts) and
 * the day its legal facts were last checked, as the manifests and readmes print it.
 * @param {{ edition: string, lawChecked: string } | undefined} edition
 */
export function editionText(edition) {
  return edition ? `Edition ${edition.edition}, law checked ${dayText(edition.lawChecked)}.` : '';
}

/**
 * The day a build wrote its legal dates' tense in, and the next date to pass after it
 * (`lawTense` in src/data/law.ts, carried in build/course.json).
 * @typedef {import('../src/data/law').LawTense} LawTense
 */

/**
 * What the administrator needs to know about the tense of the legal dates: the build writes
 * "applies from 2 December 2027" or "has applied since 2 August 2026" as of the day it ran, and
 * an LMS keeps a package for months. Empty without the facts.
 * @param {LawTense | undefined} tense
 * @param {'long' | 'short'} [length]
 */
export function tenseText(tense, length = 'long') {
  if (!tense) return '';
  const built = `Built on ${dayText(tense.builtOn)}`;
  if (!tense.next) {
    return `${built}. Every legal date the course names had passed by then, so no sentence changes tense later.`;
  }
  const next = `${dayText(tense.next.date)} (${tense.next.laws.join(', ')})`;
  if (length === 'short') {
    return `${built}; the next legal date the course names passes on ${next}. After that day, upload a package built on or after it into the same activity, so the text reads in the right tense.`;
  }
  return `${built}. The course writes each legal date in the tense of the day it was built ("applies from …", "has applied since …"); the dates themselves do not change. The next date it names passes on **${next}**. After that day these packages still read as they did before it: upload packages built on or after that day into the same activities, as for a new edition (see "Updating to a new edition"), so the text reads in the right tense.`;
}

/** Where a problem goes; SUPPORT (a web address or an e-mail) names the team that built the packages. */
export function supportLine(support) {
  return support
    ? `Report a problem to ${support}, naming the zip file and what the learner or the LMS showed.`
    : 'Report a problem to the team that gave you these packages, naming the zip file and what the learner or the LMS showed; they can pass it on to the course maintainers.';
}

const WHAT_IS_REPORTED = [
  'Status: incomplete when started; completed when every lesson of the package is done; passed or failed against the mastery score (SCORM 1.2 `lesson_status`, SCORM 2004 `completion_status` and `success_status`, cmi5 completed/passed/failed).',
  'Score: the best full attempt at the assessment, 0 to 100 (`score.raw`, with `score.scaled` 0–1 in SCORM 2004; the result score in cmi5). Retries of missed questions are practice and are not scored.',
  'Interactions (SCORM): the latest assessed attempt of each quiz, one interaction per question of its bank with the learner’s response, the correct pattern and the result, plus one objective per quiz with its score and passed or failed. A later attempt overwrites its quiz’s interactions, so the record does not grow with retries; practice retries are not reported. Identifiers use letters, digits, `_` and `.` only (a `-` in an id becomes `_`), and a number too large for SCORM 2004’s five digits is reported as text (fill-in). cmi5: every answer of every submitted attempt as an "answered" statement. Multiple-response answers list the options in the question bank’s order.',
  'Suspend data: the learner’s progress as a compressed code in `suspend_data` (cmi5: the state document), and the page they were on as the lesson location; written shortly after each change, when the window closes, and on "Save and exit".',
];

const EDITION_UPDATE = [
  'Upload the new zip into the same activity (replace its package file) rather than adding a new activity, so learners keep their record.',
  'A learner’s saved progress names lessons and quiz attempts by their ids: lessons done and attempts taken in the earlier edition still count where the new edition has the same lesson or quiz. A lesson or quiz the new edition removed no longer counts towards completion.',
  'A status the LMS already holds is never lowered by the course: a pass stays a pass.',
  'Progress saved by an earlier edition’s package is read by the new one. A lesson whose text changed since the learner completed it stays completed and says at its top what changed.',
  'Which edition a zip holds: the manifest’s `version` (SCORM; the LOM lifecycle version in SCORM 1.2 also gives the law-checked day), the course description in `cmi5.xml`, and the first lines of `LMS-README.txt`.',
];

/** How Moodle treats attempts, and what each of its SCORM settings then does (issue 21). */
const MOODLE = [
  'The course always leaves with `exit` = `suspend`, even after a pass: Moodle then gives the learner’s record back on the next launch. (Moodle reopens a SCORM 2004 attempt that ended with `normal` in review mode with none of its data.) Completion and pass are in the statuses, which Moodle’s activity completion reads.',
  'SCORM 1.2: Moodle treats passed, failed or completed as a finished attempt. With *Force new attempt* set to **No**, the next launch opens that attempt in review mode (`credit` = `no-credit`): the course shows the learner’s progress, says “This attempt is finished in your organisation’s system; what you do now is not recorded”, and writes nothing. A learner who ticks *Start a new attempt* (or any launch with *Force new attempt* on) gets an empty attempt: the course starts from zero and says it is a new attempt.',
  'In review or browse mode, with `credit` = `no-credit`, or when the LMS holds a status or progress but no saved progress the course can read, the course never writes over the record.',
  '*Force new attempt*: **No** (recommended) keeps one attempt that the learner resumes; “When previous attempt completed, passed or failed” starts an empty attempt after a pass; **Yes** starts an empty attempt on every launch, so progress is not kept between visits.',
  '*Attempts grading* **Highest attempt** and *Grading method* **Highest grade** keep the best result when learners do start new attempts. *Maximum grade* 100 matches the course’s score.',
  '*Mastery score overrides status*: either; the course reports passed or failed against the same mastery score.',
  '*Display package*: current window or new window. After “Save and exit” the course says “You can now close this window or use your learning platform’s exit button”: in Moodle that is *Exit activity*.',
  'Every commit stays small enough for Moodle, which sends every element it holds on every save: a learner who has done the whole course commits about 810 fields and 44 KB, under PHP’s default of 1,000 input fields and the browser’s 64 KB limit for the save sent on leaving.',
];

/**
 * dist-lms/README.md.
 * @param {{ packages: Array<{ name: string, scope: string, title: string, standard: string, mastery: number, assessment: string }>, support?: string | undefined, lrsOrigins?: string[], edition?: { edition: string, lawChecked: string }, lawTense?: LawTense }} opts
 */
export function adminReadme({ packages, support, lrsOrigins = [], edition, lawTense }) {
  const rows = packages.map(
    (p) =>
      `| \`${p.name}\` | ${STANDARD_INFO[p.standard].name} | ${p.scope === 'course' ? 'the whole course' : p.title} | ${p.mastery}% (${p.assessment}) |`,
  );
  const standards = Object.values(STANDARD_INFO).map((s) => `- **${s.name}** (\`${s.manifest}\`): ${s.use}.`);
  return `# Digital Health Skills: LMS packages

Upload one zip to your learning management system (LMS). Each zip is one activity: a single
SCO (SCORM) or a single AU (cmi5). Every zip holds a short \`LMS-README.txt\` with the same
facts for that package; the LMS ignores it.
${edition ? `\n**${editionText(edition)}** Every zip here is this edition of the course; its manifest says so (see "Updating to a new edition").\n` : ''}
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

## Moodle: attempts, review mode and the settings

${MOODLE.map((l) => `- ${l}`).join('\n')}

## Updating to a new edition

${EDITION_UPDATE.map((l) => `- ${l}`).join('\n')}
${lawTense ? `\n## Legal dates and their tense\n\n${tenseText(lawTense)}\n` : ''}
## Reporting a problem

${supportLine(support)}
`;
}

/**
 * LMS-README.txt inside one zip: plain text, short, for whoever opens the zip.
 * @param {{ name: string, standard: keyof typeof STANDARD_INFO, title: string, scope: string, mastery: number, assessment: string, support?: string | undefined, edition?: { edition: string, lawChecked: string }, lawTense?: LawTense }} opts
 */
export function zipReadme({ name, standard, title, scope, mastery, assessment, support, edition, lawTense }) {
  const s = STANDARD_INFO[standard];
  const wrap = (text) => text.replace(/`/g, '');
  return `${title}
${'='.repeat(Math.min(title.length, 72))}

This is ${name}: ${scope === 'course' ? 'the whole course' : 'one module of the course'} as a ${s.name} package (${s.use}).
${edition ? `${editionText(edition)}\n` : ''}Upload the whole zip to your LMS as one activity. This file is for you; the LMS ignores it.

Launch file:    lms.html (named in ${s.manifest})
Mastery score:  ${mastery}% (${assessment})

What is reported to the LMS:
${WHAT_IS_REPORTED.map((l) => `- ${wrap(l)}`).join('\n')}

Updating to a new edition:
${EDITION_UPDATE.map((l) => `- ${wrap(l)}`).join('\n')}
${lawTense ? `\nLegal dates and their tense:\n${tenseText(lawTense, 'short')}\n` : ''}
Reporting a problem:
${supportLine(support)}
`;
}
