/**
 * A lesson's content version, and what a returning learner is told when it changed.
 *
 * The version is a 3-character base-36 fingerprint (FNV-1a, 46,656 values) of what the
 * learner reads: title, description, objectives, summary, the MDX body, and the date and
 * status of every legal fact the lesson states (so an amended law changes it; checking a fact
 * again or the calendar turning a date into the past does not). Three characters keep a
 * whole-course record inside SCORM 1.2's 4,096-character `suspend_data`; a change slips
 * through unnoticed only once in 46,656.
 *
 * The ledger, src/data/lesson-versions.ts, lists each lesson's versions oldest first with the
 * day each was published and, for every version after the first, what changed: a `note`, or
 * `change`, the id of the src/data/changes.ts entry (which must name the lesson). The build
 * warns (never fails) when a lesson's current version is not in the ledger, or is there with
 * no change note.
 */
import { fnv1a } from '../../quiz/hash';
import type { ChangeEntry } from '../../data/changes';
import type { LessonVersion } from '../../data/lesson-versions';
import type { LegalFact } from '../../data/legal-facts';
import { formatDate } from '../format';

export const VERSION_LENGTH = 3;
const SPACE = 36 ** VERSION_LENGTH;

/** The fingerprint of a lesson's text. */
export function lessonVersion(text: string): string {
  return (fnv1a(text) % SPACE).toString(36).padStart(VERSION_LENGTH, '0');
}

export interface LessonText {
  title: string;
  description: string;
  objectives: readonly string[];
  summary: readonly string[];
  body: string;
}

/** What the version is computed from (see above): the lesson's words and the legal facts it states. */
export function lessonVersionInput(lesson: LessonText, facts: readonly LegalFact[]): string {
  const law = facts.map((f) => [f.id, f.status, f.date ?? null, f.dates ?? null, f.statement]);
  return JSON.stringify([lesson.title, lesson.description, lesson.objectives, lesson.summary, lesson.body, law]);
}

/**
 * What the lesson page says to a learner who completed an earlier version: by the version they
 * read (`messages`), or `fallback` for a version the ledger does not list. Worked out at build
 * time, so the page's script only looks its message up.
 */
export interface LessonUpdates {
  version: string;
  messages: Record<string, string>;
  fallback: string;
}

function noteOf(entry: LessonVersion, changes: readonly ChangeEntry[]): string | undefined {
  if (entry.note) return entry.note;
  const change = entry.change ? changes.find((c) => c.id === entry.change) : undefined;
  return change?.title;
}

function message(date: string | undefined, notes: string[]): string {
  if (!date) return 'This lesson was updated since you completed it.';
  const said = notes.map((n) => n.replace(/\.$/, '')).join('; ');
  return `Updated on ${formatDate(date)} since you completed it${said ? `: ${said}.` : '.'}`;
}

export function lessonUpdates(
  current: string,
  history: readonly LessonVersion[],
  changes: readonly ChangeEntry[],
): LessonUpdates {
  const at = history.findIndex((h) => h.version === current);
  const date = at >= 0 ? history[at]?.date : undefined;
  const upTo = at >= 0 ? at : history.length;
  const messages: Record<string, string> = {};
  for (let i = 0; i < upTo; i++) {
    const from = history[i];
    if (!from || from.version === current) continue;
    const notes = history
      .slice(i + 1, upTo + 1)
      .map((h) => noteOf(h, changes))
      .filter((n): n is string => !!n);
    messages[from.version] = message(date, notes);
  }
  const last = at >= 0 ? history[at] : undefined;
  const lastNote = last && at > 0 ? noteOf(last, changes) : undefined;
  return { version: current, messages, fallback: message(date, lastNote ? [lastNote] : []) };
}

/** Ledger mistakes that stop the build: bad dates, unknown change ids, a change that does not name the lesson. */
export function ledgerErrors(
  ledger: Readonly<Record<string, readonly LessonVersion[]>>,
  lessonIds: ReadonlySet<string>,
  changes: readonly ChangeEntry[],
  today: string,
): string[] {
  const errors: string[] = [];
  const where = 'src/data/lesson-versions.ts';
  for (const [id, history] of Object.entries(ledger)) {
    if (!lessonIds.has(id)) errors.push(`${where}: "${id}" is not a lesson`);
    const seen = new Set<string>();
    let previous = '';
    history.forEach((h, i) => {
      const at = `${where}: ${id}[${i}]`;
      if (!/^[0-9a-z]{3}$/.test(h.version)) errors.push(`${at}.version: "${h.version}" is not 3 base-36 characters`);
      if (seen.has(h.version)) errors.push(`${at}.version: "${h.version}" is listed twice`);
      seen.add(h.version);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(h.date) || h.date > today)
        errors.push(`${at}.date: "${h.date}" is not a day on or before ${today}`);
      if (h.date < previous) errors.push(`${at}.date: versions must be listed oldest first`);
      previous = h.date;
      if (h.change) {
        const c = changes.find((x) => x.id === h.change);
        if (!c) errors.push(`${at}.change: no entry "${h.change}" in src/data/changes.ts`);
        else if (!c.lessons.includes(id)) errors.push(`${at}.change: "${h.change}" does not name ${id}`);
      }
    });
  }
  return errors;
}

/** Build warnings: a lesson whose text changed with no change note. */
export function ledgerWarnings(
  versions: ReadonlyMap<string, string>,
  ledger: Readonly<Record<string, readonly LessonVersion[]>>,
): string[] {
  const warnings: string[] = [];
  for (const [id, version] of versions) {
    const history = ledger[id] ?? [];
    const at = history.findIndex((h) => h.version === version);
    if (at < 0)
      warnings.push(
        `${id}: its text changed (version ${version}) and src/data/lesson-versions.ts has no entry for it; add { version: '${version}', date, note } saying what changed`,
      );
    else if (at > 0 && !history[at]?.note && !history[at]?.change)
      warnings.push(
        `${id}: version ${version} in src/data/lesson-versions.ts has no note or change saying what changed`,
      );
  }
  return warnings;
}
