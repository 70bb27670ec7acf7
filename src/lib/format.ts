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
] as const;

const two = (n: number): string => String(n).padStart(2, '0');

/**
 * The one date format, as a clinician in Europe reads it: "28 November 2026", or with
 * `withTime` "28 November 2026, 14:05". A calendar date (a `YYYY-MM-DD` string such as a
 * due date, or a `Date` from content) reads the same in every time zone; a moment (epoch
 * milliseconds, such as when an attempt was submitted) is shown in the learner's zone.
 *
 * Written out by hand rather than with `toLocaleDateString('en-GB')`, which gives the same
 * text (tests/unit/lib/format.test.ts compares the two): a page's first use of the
 * browser's locale data took 50–70 ms in Chromium here, one long task in the middle of
 * My results', the certificate's and the trainer tools' start-up.
 */
export function formatDate(when: string | Date | number, withTime = false): string {
  const d =
    typeof when === 'string' ? new Date(/^\d{4}-\d{2}-\d{2}$/.test(when) ? `${when}T00:00:00Z` : when) : new Date(when);
  if (Number.isNaN(d.getTime())) return 'Invalid Date';
  const local = typeof when === 'number';
  const [year, month, day, hours, minutes] = local
    ? [d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes()]
    : [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()];
  const date = `${day} ${MONTHS[month]} ${year}`;
  return withTime ? `${date}, ${two(hours)}:${two(minutes)}` : date;
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
