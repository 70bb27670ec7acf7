/**
 * Reading the legal facts (src/data/legal-facts.ts): validation, the course's date style,
 * tense from the build date, and the `{law:…}` placeholders that YAML content uses.
 * Pure functions; "today" is always passed in (the build date, see `lawToday`).
 */
import { FACT_CERTAINTIES, FACT_STATUSES, legalFacts, type LegalFact } from './legal-facts';

export const FACTS_FILE = 'src/data/legal-facts.ts';

/** How `<Law>` and `{law:…}` write a fact: the date alone, with its verb (singular or plural subject), or "since"/"from". */
export const LAW_FORMS = ['date', 'verb', 'verbs', 'from'] as const;
export type LawForm = (typeof LAW_FORMS)[number];

/** A fact older than this many months is due for a check (`npm run law:review`, build warning). */
export const STALE_MONTHS = 6;

const ISO = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * The build date as `YYYY-MM-DD` (UTC). `LAW_TODAY=2027-12-03 npm run build` builds the course as
 * it will read on that day (tests use this); otherwise it is the day the site is built.
 */
export function lawToday(): string {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  const forced = env?.LAW_TODAY;
  if (forced && /^\d{4}-\d{2}-\d{2}$/.test(forced)) return forced;
  return new Date().toISOString().slice(0, 10);
}

function validDate(iso: string): boolean {
  if (!ISO.test(iso)) return false;
  const [y, m = 1, d = 1] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The first day a (possibly partial) ISO date covers: "2023-09" → "2023-09-01". */
function firstDay(iso: string): string {
  return iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso;
}

/** "2 December 2027"; "September 2023" for a month; "2025" for a year. */
export function formatLegalDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  if (!m) return y!;
  const month = MONTHS[Number(m) - 1]!;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** A date on or before the build date has happened: it reads in the past tense. */
export function isPast(iso: string, today: string): boolean {
  return firstDay(iso) <= today;
}

/** Months between two ISO dates, whole months, rounded down. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  let months = (ty! - fy!) * 12 + (tm! - fm!);
  if (td! < fd!) months--;
  return months;
}

/**
 * Checks the facts as the build does. Returns one message per problem, naming the file, the
 * fact and the field: an unknown status, a missing source, a check date in the future…
 */
export function validateFacts(facts: readonly LegalFact[], today: string): string[] {
  const errors: string[] = [];
  const ids = new Set<string>();
  facts.forEach((f, i) => {
    const where = (field: string, message: string) =>
      errors.push(
        `${FACTS_FILE}: facts[${i}]${f && typeof f.id === 'string' ? ` (${f.id})` : ''}.${field}: ${message}`,
      );
    if (!f || typeof f !== 'object') {
      errors.push(`${FACTS_FILE}: facts[${i}]: not a fact`);
      return;
    }
    if (typeof f.id !== 'string' || !ID.test(f.id)) where('id', 'must be kebab-case, e.g. "ai-act-annex-iii"');
    else if (ids.has(f.id)) where('id', `"${f.id}" repeats`);
    else ids.add(f.id);
    if (typeof f.law !== 'string' || !f.law) where('law', 'missing');
    if (typeof f.statement !== 'string' || f.statement.length < 10) where('statement', 'missing: one plain sentence');
    else {
      const typed = typedDates(f.statement);
      if (typed.length) where('statement', `types the date "${typed[0]}"; write {when} or {date:<name>} instead`);
      if (f.statement.includes('{when}') && !f.date) where('statement', 'uses {when} but the fact has no date');
    }
    if (!(FACT_STATUSES as readonly string[]).includes(f.status))
      where('status', `unknown status "${String(f.status)}" (use ${FACT_STATUSES.join(', ')})`);
    if (!(FACT_CERTAINTIES as readonly string[]).includes(f.certainty))
      where('certainty', `unknown certainty "${String(f.certainty)}" (use ${FACT_CERTAINTIES.join(', ')})`);
    if (f.date !== undefined && (typeof f.date !== 'string' || !validDate(f.date)))
      where('date', `"${String(f.date)}" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)`);
    for (const [name, d] of Object.entries(f.dates ?? {})) {
      if (!ID.test(name)) where(`dates.${name}`, 'name must be kebab-case');
      if (typeof d !== 'string' || !validDate(d)) where(`dates.${name}`, `"${String(d)}" is not a date`);
    }
    if (f.status === 'superseded' && !f.supersededBy)
      where('supersededBy', 'a superseded date names the fact that replaced it');
    if (f.tense && (typeof f.tense.future !== 'string' || typeof f.tense.past !== 'string'))
      where('tense', 'needs both "future" and "past"');
    const s = f.source as Partial<LegalFact['source']> | undefined;
    if (!s || typeof s !== 'object') where('source', 'missing: the act, article and an EUR-Lex or ELI link');
    else {
      if (typeof s.act !== 'string' || !s.act) where('source.act', 'missing: name the act');
      if (typeof s.url !== 'string' || !/^https:\/\/eur-lex\.europa\.eu\//.test(s.url))
        where('source.url', `"${String(s.url)}" is not an EUR-Lex or ELI link (https://eur-lex.europa.eu/…)`);
    }
    if (typeof f.lastChecked !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(f.lastChecked) || !validDate(f.lastChecked))
      where('lastChecked', `"${String(f.lastChecked)}" is not a date (YYYY-MM-DD)`);
    else if (f.lastChecked > today) where('lastChecked', `${f.lastChecked} is in the future (today is ${today})`);
  });
  for (const [i, f] of facts.entries()) {
    if (f?.supersededBy && !ids.has(f.supersededBy))
      errors.push(`${FACTS_FILE}: facts[${i}] (${f.id}).supersededBy: no fact "${f.supersededBy}"`);
  }
  return errors;
}

/** Facts whose last check is more than six months before `today`. */
export function staleFacts(facts: readonly LegalFact[], today: string): LegalFact[] {
  return facts.filter((f) => monthsBetween(f.lastChecked, today) >= STALE_MONTHS);
}

/** A fact's main date and its named dates. */
function datesOf(f: LegalFact): string[] {
  return [f.date, ...Object.values(f.dates ?? {})].filter((d): d is string => Boolean(d));
}

/**
 * The next day a date the facts file holds (main or named) passes, with the facts that hold it:
 * from that day the course reads in another tense, so the site must be built and published
 * again. Undefined when every date has passed.
 */
export function nextTenseChange(
  facts: readonly LegalFact[],
  today: string,
): { date: string; ids: string[] } | undefined {
  let next: { date: string; ids: string[] } | undefined;
  for (const f of facts) {
    for (const d of datesOf(f)) {
      if (isPast(d, today)) continue;
      const day = firstDay(d);
      if (!next || day < next.date) next = { date: day, ids: [f.id] };
      else if (day === next.date && !next.ids.includes(f.id)) next.ids.push(f.id);
    }
  }
  return next;
}

/**
 * The tense a build wrote its legal dates in: the day it was built and the next date that
 * passes after it, with the laws it belongs to. The LMS packages print it for the administrator,
 * who keeps a package far longer than the website keeps a build (scripts/lms-readme.mjs).
 */
export interface LawTense {
  builtOn: string;
  next?: { date: string; laws: string[] };
}

export function lawTense(facts: readonly LegalFact[], today: string): LawTense {
  const next = nextTenseChange(facts, today);
  if (!next) return { builtOn: today };
  const laws = [...new Set(next.ids.map((id) => facts.find((f) => f.id === id)?.law ?? id))];
  return { builtOn: today, next: { date: next.date, laws } };
}

/** The line the build and `npm run law:review` print about {@link nextTenseChange}. */
export function nextTenseChangeNotice(facts: readonly LegalFact[], today: string): string {
  const next = nextTenseChange(facts, today);
  if (!next) return `Every legal date has passed as of ${formatLegalDate(today)}.`;
  return `As of ${formatLegalDate(today)}, the next legal date to pass is ${formatLegalDate(next.date)} (${next.ids.join(', ')}): build and publish the site again on that day, so the course reads in the right tense.`;
}

const byId = new Map(legalFacts.map((f) => [f.id, f]));

export function getFact(id: string): LegalFact | undefined {
  return byId.get(id);
}

/** The fact, or an error naming what is wrong with the reference. */
function lookup(id: string, named?: string): { fact: LegalFact; date: string } | { error: string } {
  const fact = byId.get(id);
  if (!fact) return { error: `no legal fact "${id}" (see ${FACTS_FILE})` };
  const date = named ? fact.dates?.[named] : fact.date;
  if (!date)
    return {
      error: named
        ? `legal fact "${id}" has no date named "${named}" (it has: ${Object.keys(fact.dates ?? {}).join(', ') || 'none'})`
        : `legal fact "${id}" has no date to show`,
    };
  return { fact, date };
}

const PHRASES: Record<LegalFact['status'], { future: string; past: string }> = {
  'in-force': { future: 'enters into force on', past: 'has been in force since' },
  'applies-from': { future: 'applies from', past: 'has applied since' },
  proposal: { future: 'is to be proposed on', past: 'was proposed on' },
  withdrawn: { future: 'is to be withdrawn on', past: 'was withdrawn on' },
  superseded: { future: 'was to apply from', past: 'was to apply from' },
  adopted: { future: 'is to be adopted on', past: 'was adopted on' },
};

const PLURAL: Record<string, string> = {
  applies: 'apply',
  has: 'have',
  enters: 'enter',
  was: 'were',
  is: 'are',
  ends: 'end',
};

/** The verb phrase for a plural subject: "apply from", "have applied since". */
function plural(phrase: string): string {
  const [first, ...rest] = phrase.split(' ');
  return [PLURAL[first!] ?? first, ...rest].join(' ');
}

/** "on 2 December 2027" but "in September 2023", "in 2025". */
function onOrIn(phrase: string, iso: string): string {
  return iso.length < 10 ? phrase.replace(/ on$/, ' in') : phrase;
}

export interface LawRef {
  fact: string;
  form?: LawForm | undefined;
  /** A named date of the fact (`dates`), instead of its main date. */
  date?: string | undefined;
  /** Capitalise the first letter (start of a sentence). */
  cap?: boolean | undefined;
}

export interface LawRendering {
  /** The words before the date ("has applied since"), or "". */
  lead: string;
  /** The date as written ("2 August 2026"). */
  text: string;
  /** ISO date, for `<time datetime>`. */
  iso: string;
  past: boolean;
}

/** How a fact reads on `today`. Throws on an unknown fact, form or named date. */
export function renderLaw(ref: LawRef, today: string): LawRendering {
  const found = lookup(ref.fact, ref.date);
  if ('error' in found) throw new Error(found.error);
  const form = ref.form ?? 'date';
  if (!(LAW_FORMS as readonly string[]).includes(form))
    throw new Error(`unknown form "${String(form)}" for legal fact "${ref.fact}" (use ${LAW_FORMS.join(', ')})`);
  const { fact, date } = found;
  const past = isPast(date, today);
  let lead = '';
  if (form === 'verb' || form === 'verbs') {
    const phrases = ref.date
      ? { future: `is to be ${ref.date} on`, past: `was ${ref.date} on` }
      : (fact.tense ?? PHRASES[fact.status]);
    lead = onOrIn(past ? phrases.past : phrases.future, date);
    if (form === 'verbs') lead = plural(lead);
  } else if (form === 'from') {
    const ongoing = !ref.date && (fact.status === 'in-force' || fact.status === 'applies-from') && !fact.tense;
    lead = ongoing ? (past ? 'since' : 'from') : onOrIn('on', date);
  }
  if (ref.cap && lead) lead = lead[0]!.toUpperCase() + lead.slice(1);
  return { lead, text: formatLegalDate(date), iso: date, past };
}

/** The rendering as one string: "has applied since 2 August 2026". */
export function lawPhrase(ref: LawRef, today: string): string {
  const r = renderLaw(ref, today);
  return r.lead ? `${r.lead} ${r.text}` : r.text;
}

/** The fact's one plain sentence, with `{when}` and `{date:…}` written out for `today`. */
export function factSentence(fact: LegalFact, today: string): string {
  return fact.statement
    .replace(/\{when\}/g, () => lawPhrase({ fact: fact.id, form: 'verb' }, today))
    .replace(/\{date:([a-z0-9-]+)\}/g, (_, name: string) =>
      fact.dates?.[name] ? formatLegalDate(fact.dates[name]) : lawPhrase({ fact: name }, today),
    );
}

/**
 * `{law:<id>}`, `{law:<id>:verb}`, `{law:<id>@<date-name>:from}`, and `{Law:…}` to capitalise.
 * Anything that starts like a placeholder but does not parse is reported, never shown.
 */
const PLACEHOLDER = /\{([Ll])aw:([^}]*)\}/g;
const PLACEHOLDER_BODY = /^([a-z0-9]+(?:-[a-z0-9]+)*)(?:@([a-z0-9]+(?:-[a-z0-9]+)*))?(?::([a-z]+))?$/;

/** Replaces `{law:…}` placeholders in a YAML string; returns the text, the facts used and any errors. */
export function resolveLawText(text: string, today: string): { text: string; facts: string[]; errors: string[] } {
  const facts: string[] = [];
  const errors: string[] = [];
  const out = text.replace(PLACEHOLDER, (whole, l: string, body: string) => {
    const m = PLACEHOLDER_BODY.exec(body);
    if (!m) {
      errors.push(
        `"${whole}" is not a legal-fact placeholder (write {law:<fact-id>}, {law:<fact-id>:verb} or {law:<fact-id>:from})`,
      );
      return whole;
    }
    const [, fact, date, form] = m;
    try {
      const phrase = lawPhrase({ fact: fact!, date, form: form as LawForm | undefined, cap: l === 'L' }, today);
      facts.push(fact!);
      return phrase;
    } catch (e) {
      errors.push(`${whole}: ${(e as Error).message}`);
      return whole;
    }
  });
  return { text: out, facts, errors };
}

const MONTH_RE = MONTHS.join('|');
const TYPED = new RegExp(`\\b(?:(\\d{1,2}) )?(${MONTH_RE}) (\\d{4})\\b`, 'g');

/** Dates typed in a text in the course's style: "2 December 2027", "September 2023". */
export function typedDates(text: string): string[] {
  return [...text.matchAll(TYPED)].map((m) => m[0]);
}

/** The written dates the facts file holds (main and named), each with the facts that hold it. */
export function factDates(facts: readonly LegalFact[] = legalFacts): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const f of facts) {
    for (const d of datesOf(f)) {
      if (d.length === 4) continue; // a bare year ("2025") is not a date anyone types as one
      const w = formatLegalDate(d);
      map.set(w, [...(map.get(w) ?? []), f.id]);
    }
  }
  return map;
}

/** The oldest `lastChecked` among the given facts (the lesson's "Law checked" date), or undefined. */
export function oldestCheck(ids: Iterable<string>): string | undefined {
  let oldest: string | undefined;
  for (const id of ids) {
    const f = byId.get(id);
    if (f && (!oldest || f.lastChecked < oldest)) oldest = f.lastChecked;
  }
  return oldest;
}

/** "December 2026". */
export function formatMonth(iso: string): string {
  return formatLegalDate(iso.slice(0, 7));
}
