// Fails when a page type loads more JavaScript than its budget in scripts/page-weight.mjs allows, and prints the table.
// Run after `astro build`: `npm run budget`.
import { existsSync } from 'node:fs';
import { everyPage, measureSite } from './page-weight.mjs';

const dist = process.argv[2] ?? 'dist';
if (!existsSync(dist)) {
  console.error(`No ${dist}/ folder: run "npm run build" first.`);
  process.exit(1);
}
const kb = (n) => (n / 1000).toFixed(1).padStart(6);
const rows = measureSite(dist);
let failed = 0;
// "before": what loads with the page; "all": once every island (client:visible too) has hydrated.
console.log(
  'page type     pages  heaviest page                                JS before  budget    JS all   budget   CSS gzip  result',
);
for (const r of rows) {
  const over = r.js.gzip > r.budgetJs || r.before.gzip > r.budgetBefore;
  const ext = r.external.length > 0;
  if (over || ext) failed++;
  console.log(
    `${r.type.padEnd(13)} ${String(r.pages).padStart(5)}  ${r.path.padEnd(44)} ${kb(r.before.gzip)} KB ${kb(r.budgetBefore)} KB ${kb(r.js.gzip)} KB ${kb(r.budgetJs)} KB ${kb(r.css.gzip)} KB  ${over ? 'OVER BUDGET' : ext ? `EXTERNAL: ${r.external.join(' ')}` : 'ok'}`,
  );
}
// Every page, not only the heaviest of each type: search must cost nothing until it is used.
const upFront = everyPage(dist).filter((p) => p.searchUpFront.length > 0);
for (const p of upFront) console.error(`${p.path}: loads search before it is used: ${p.searchUpFront.join(' ')}`);
if (upFront.length) {
  failed++;
  console.error(`\n${upFront.length} page(s) load search code or its index before the search box is used.`);
}
if (failed) {
  console.error(`\n${failed} page type(s) over budget or loading from another origin, or search loaded up front.`);
  process.exit(1);
}
console.log(
  '\nAll page types within the JavaScript limits in scripts/page-weight.mjs (README: where they differ from the design budgets).',
);
