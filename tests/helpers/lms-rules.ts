/**
 * The stricter rules of a real LMS, for the stand-in LMS of the end-to-end tests and the
 * unit tests of the interaction formats. Written from the SCORM 2004 4th edition Run-Time
 * Environment book and the behaviour observed in Moodle (issue 21), not from any LMS's code:
 *
 * - SCORM 2004 choice and sequencing responses and patterns are short identifiers, and a
 *   strict LMS allows only word characters and dots in them (`[A-Za-z0-9_.]`, 1–250);
 * - SCORM 2004 numeric responses and range patterns allow at most five digits before the
 *   decimal point;
 * - the LMS sends every element it holds, as one form field each, on every commit: a form
 *   over 1,000 fields loses the last ones (PHP's default `max_input_vars`) and one over
 *   64 KiB is refused by the browser's beacon on leaving. The course must stay under 960
 *   fields and 60 KB (`COMMIT_BUDGET`). With nine modules (issue 22) a whole-course record
 *   takes about 950 fields: the margin to 1,000 is thin, and fewer fields per interaction
 *   would widen it again.
 *
 * Every function is self-contained (no imports, no outer names) so the stand-in LMS page
 * can carry its source text.
 */

/** The refusal code (`406`, type mismatch) for a value a strict LMS refuses, else null. */
export function strictRefusal(edition: string, element: string, value: string, interactionType: string): string | null {
  if (edition !== 'scorm2004') return null;
  const m = /^cmi\.interactions\.\d+\.(learner_response|correct_responses\.\d+\.pattern)$/.exec(element);
  if (!m) return null;
  const pattern = m[1] !== 'learner_response';
  const shortId = /^[A-Za-z0-9_.]{1,250}$/;
  const decimal = /^-?\d{1,5}(\.\d{1,18})?$/;
  if (interactionType === 'choice' || interactionType === 'sequencing') {
    const body = value.replace(/^\{[^}]*\}/, '');
    if (body === '' && !pattern) return null;
    return body.split('[,]').every((id) => shortId.test(id)) ? null : '406';
  }
  if (interactionType === 'numeric') {
    if (!pattern) return decimal.test(value) ? null : '406';
    const parts = value.split('[:]');
    if (parts.length !== 2) return '406';
    return parts.every((p) => p === '' || decimal.test(p)) ? null : '406';
  }
  return null;
}

/** The size of one commit as a strict LMS sends it: every element it holds with a value, as a URL-encoded form. */
export function commitForm(held: unknown): { fields: number; bytes: number } {
  let fields = 0;
  let bytes = 0;
  const walk = (value: unknown, name: string): void => {
    if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) walk(v, name ? `${name}.${k}` : k);
      return;
    }
    const text =
      typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
    if (text === '') return;
    fields += 1;
    bytes += encodeURIComponent(name).length + 1 + encodeURIComponent(text).length + 1;
  };
  walk(held, '');
  return { fields, bytes: Math.max(0, bytes - 1) };
}

/** What the stand-in LMS refuses (as Moodle loses or drops it) and what the course must stay under. */
export const COMMIT_LIMIT = { fields: 1000, bytes: 65_536 };
export const COMMIT_BUDGET = { fields: 960, bytes: 60_000 };
