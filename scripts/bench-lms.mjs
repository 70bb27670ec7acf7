// LMS package figures for BENCHMARKS.md: the size of every zip in dist-lms/ (run
// `npm run package` first) and the length of suspend_data for the whole course.
// Run: npx node scripts/bench-lms.mjs
import { build } from 'esbuild';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'dist-lms');

const res = await build({
  stdin: {
    contents: `
      export { fullCourse, manyAttempts } from './tests/fixtures/progress/course-sample';
      export { textToCodeSync } from './src/lms/suspend-code';
      export { encodeText } from './src/progress/codec';
      export { compactProgress } from './src/progress/model';`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  logLevel: 'silent',
});
const m = await import(`data:text/javascript;base64,${Buffer.from(res.outputFiles[0].text).toString('base64')}`);

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
