/**
 * The one date format, as a clinician in Europe reads it: "28 November 2026", or with
 * `withTime` "28 November 2026, 14:05". A calendar date (a `YYYY-MM-DD` string such as a
 * due date, or a `Date` from content) reads the same in every time zone; a moment (epoch
 * milliseconds, such as when an attempt was submitted) is shown in the learner's zone.
 */
export function formatDate(when: string | Date | number, withTime = false): string {
  const zone = typeof when === 'number' ? {} : { timeZone: 'UTC' };
  const d =
    typeof when === 'string' ? new Date(/^\d{4}-\d{2}-\d{2}$/.test(when) ? `${when}T00:00:00Z` : when) : new Date(when);
  const day = d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', ...zone });
  return withTime ? `${day}, ${d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', ...zone })}` : day;
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
