// Learner store benchmark: size of the whole course's progress and the cost of reading
// 1,000 attempts, before and after compaction. Run: npx node scripts/bench-store.mjs
// (npx puts node_modules/.bin first, so this runs on the project's Node 24).
// The store is TypeScript, so esbuild bundles it (and the sample builder) in memory first.
import { bundleTs } from './lib/import-ts.mjs';
import { gzipSync } from 'node:zlib';

const RUNS = Number(process.env.RUNS ?? 21);

const bundle = (contents, minify = false) => bundleTs(contents, { minify });

const code = await bundle(`
  export { fullCourse, manyAttempts } from './tests/fixtures/progress/course-sample';
  export { compactProgress } from './src/progress/model';
  export { decodeText, encodeText } from './src/progress/codec';
  export { exportCode } from './src/stores/progress-transfer';
`);
const m = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);

function median(fn) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const chars = (n) => `${n.toLocaleString('en')} characters`;

const course = m.fullCourse();
const courseJson = m.encodeText(course);
const courseCode = await m.exportCode(course);
const lessons = Object.values(course.l);
const checks = lessons.reduce((n, l) => n + Object.keys(l.k ?? {}).length, 0);
const answers = Object.values(course.q).reduce((n, q) => n + Object.keys(q.h[0]?.a ?? {}).length, 0);
console.log(
  `Whole course (${lessons.length} lessons, ${checks} knowledge checks, ${Object.keys(course.q).length} quizzes × 1 attempt, ${answers} answers)`,
);
console.log(`  stored JSON (localStorage):      ${chars(courseJson.length)}`);
console.log(
  `  progress code (SCORM budget):    ${chars(courseCode.length)}  (budget 4,096: ${courseCode.length <= 4096 ? 'within' : 'OVER'})`,
);

const many = m.manyAttempts(1000);
const manyJson = m.encodeText(many);
const compact = m.compactProgress(many);
const compactJson = m.encodeText(compact);
for (const [label, text] of [
  ['1,000 attempts', manyJson],
  ['1,000 attempts, compacted', compactJson],
]) {
  if (m.decodeText(text).kind !== 'ok') throw new Error(`${label} did not validate`);
  const ms = median(() => m.decodeText(text));
  console.log(
    `${label.padEnd(27)} ${chars(text.length).padEnd(20)} read + validate ${ms.toFixed(2)} ms (median of ${RUNS})`,
  );
}

const storeJs = await bundle(
  `
  import { progress, update } from './src/stores/progress';
  import { completeLesson } from './src/progress/lessons';
  import { lessonState } from './src/progress/checks';
  globalThis.x = [progress, update, completeLesson, lessonState];
`,
  true,
);
console.log(
  `Store JS for a lesson page (minified, with nanostores and its schema): ${kb(gzipSync(storeJs).length)} gzip`,
);
