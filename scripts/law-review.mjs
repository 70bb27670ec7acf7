#!/usr/bin/env node
/**
 * npm run law:review — every legal fact the course teaches (src/data/legal-facts.ts): id, status,
 * source and the day it was last checked, oldest check first. Exits 1 when any fact was last
 * checked more than six months ago (or the facts file has an error), so a maintainer can run it
 * monthly and CI can remind them. LAW_TODAY=YYYY-MM-DD pretends today is another day.
 */
import { importTs } from './lib/import-ts.mjs';

const law = await importTs(
  "export * from './src/data/law.ts'; export { legalFacts } from './src/data/legal-facts.ts';",
);

const today = law.lawToday();
const errors = law.validateFacts(law.legalFacts, today);
const facts = [...law.legalFacts].sort(
  (a, b) => a.lastChecked.localeCompare(b.lastChecked) || a.id.localeCompare(b.id),
);
const stale = new Set(law.staleFacts(law.legalFacts, today).map((f) => f.id));

const rows = facts.map((f) => [
  f.lastChecked + (stale.has(f.id) ? ' !' : ''),
  f.id,
  f.status + (f.date ? ` ${f.date}` : ''),
  f.certainty,
  [f.source.act, f.source.article].filter(Boolean).join(', ') + ` <${f.source.url}>`,
]);
const head = ['last checked', 'id', 'status', 'certainty', 'source'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (i < 4 ? r[i].length : 0))));
const line = (r) => r.map((c, i) => (i < 4 ? c.padEnd(widths[i]) : c)).join('  ');
console.log(`Legal facts as of ${today} (${facts.length}), oldest check first:\n`);
console.log(line(head));
for (const r of rows) console.log(line(r));
console.log('');
for (const e of errors) console.error(`error: ${e}`);
if (stale.size) {
  console.error(
    `${stale.size} fact(s) marked "!" were last checked more than ${law.STALE_MONTHS} months ago: check them against their source, then update lastChecked.`,
  );
}
console.log(law.nextTenseChangeNotice(law.legalFacts, today));
if (errors.length || stale.size) process.exit(1);
console.log(`Every fact was checked in the last ${law.STALE_MONTHS} months.`);
