const MONTHS = 'January February March April May June July August September October November December'.split(' ');

/**
 * The one date format, as a clinician in Europe reads it: "28 November 2026", or with
 * `withTime` "28 November 2026, 14:05". A calendar date (a `YYYY-MM-DD` string such as a
 * due date, or a `Date` from content) reads the same in every time zone; a moment (epoch
 * milliseconds, such as when an attempt was submitted) is shown in the learner's zone.
 *
 * Written out by hand rather than with `toLocaleDateString('en-GB')`, which gives the same
 * text (tests/unit/lib/format.test.ts compares the two): a page's first use of the
 * browser's locale data took 30–70 ms in Chromium here, one long task as My results, the
 * certificate or a lesson page shows a learner's dates.
 */
export function formatDate(when: string | Date | number, withTime = false): string {
  const d =
    typeof when === 'string' ? new Date(/^\d{4}-\d{2}-\d{2}$/.test(when) ? `${when}T00:00:00Z` : when) : new Date(when);
  const t = d.getTime();
  if (Number.isNaN(t)) return 'Invalid Date';
  // A moment moves by the learner's offset from UTC on that day, so its UTC reading is local.
  const iso = new Date(typeof when === 'number' ? t - d.getTimezoneOffset() * 60_000 : t).toISOString();
  const date = `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${Number(iso.slice(0, 4))}`;
  return withTime ? `${date}, ${iso.slice(11, 16)}` : date;
}

/** "45 min" or "2 h 05 min". */
export function formatMinutes(min: number): string {
  if (min < 60) return `${min} min`;
  const h = Math.floor(min / 60);
  const m = min % 60;
  return m ? `${h} h ${String(m).padStart(2, '0')} min` : `${h} h`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
