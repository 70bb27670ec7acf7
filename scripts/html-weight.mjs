// Prints the gzip size of every lesson page's HTML (and the heaviest page of each type), so a
// change that adds markup, such as figures, can be measured before and after. After a build:
//   node scripts/html-weight.mjs [dist]
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { htmlPages, pageType } from './page-weight.mjs';

const dist = process.argv[2] ?? 'dist';
const rows = htmlPages(dist).map(({ file, path }) => {
  const html = readFileSync(file);
  return { path, type: pageType(path).type, raw: html.length, gzip: gzipSync(html, { level: 9 }).length };
});
const kb = (n) => (n / 1000).toFixed(1).padStart(6);
console.log('lesson page                                              HTML raw   HTML gzip');
for (const r of rows.filter((r) => r.type === 'lesson').sort((a, b) => a.path.localeCompare(b.path))) {
  console.log(`${r.path.padEnd(56)} ${kb(r.raw)} KB ${kb(r.gzip)} KB`);
}
console.log('\nheaviest HTML per page type');
const types = [...new Set(rows.map((r) => r.type))];
for (const t of types) {
  const top = rows.filter((r) => r.type === t).sort((a, b) => b.gzip - a.gzip)[0];
  console.log(`${t.padEnd(12)} ${top.path.padEnd(44)} ${kb(top.raw)} KB ${kb(top.gzip)} KB`);
}
