// LMS package figures for BENCHMARKS.md: the size of every zip in dist-lms/ (run
// `npm run package` first) and the length of suspend_data for the whole course.
// Run: npx node scripts/bench-lms.mjs
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { importTs, root } from './lib/import-ts.mjs';

const out = join(root, 'dist-lms');

const m = await importTs(`
  export { fullCourse, manyAttempts } from './tests/fixtures/progress/course-sample';
  export { textToCodeSync } from './src/lms/suspend-code';
  export { encodeText } from './src/progress/codec';
  export { compactProgress } from './src/progress/model';`);

const course = m.fullCourse();
const lessons = Object.keys(course.l).length;
const quizzes = Object.keys(course.q).length;
const code = m.textToCodeSync(m.encodeText(course));
console.log(
  `suspend_data, whole course (${lessons} lessons done, ${quizzes} quizzes attempted): ${code.length.toLocaleString('en')} characters (SCORM 1.2 limit 4,096)`,
);
const many = m.manyAttempts(1000);
const manyCode = m.textToCodeSync(m.encodeText(many));
const compacted = m.textToCodeSync(m.encodeText(m.compactProgress(many)));
console.log(
  `suspend_data, 1,000 quiz attempts: ${manyCode.length.toLocaleString('en')} characters; compacted as the launcher does when over the limit: ${compacted.length.toLocaleString('en')} characters`,
);

const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
const zips = readdirSync(out)
  .filter((f) => f.endsWith('.zip'))
  .sort();
console.log('\n| package | size |\n| --- | --: |');
for (const f of zips) console.log(`| \`${f}\` | ${kb(statSync(join(out, f)).size)} |`);
