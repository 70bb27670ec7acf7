/**
 * CSV as RFC 4180 describes it (comma separated, CRLF between records, a field quoted when
 * it holds a comma, a double quote or a line break, quotes inside doubled), plus a guard
 * against spreadsheet formula injection: a text cell that starts with `=`, `+`, `-`, `@`,
 * a tab or a carriage return would run as a formula in Excel, LibreOffice or Google
 * Sheets, so it gets a leading apostrophe (OWASP "CSV Injection"). Numbers are written as
 * numbers, so a negative score stays a number.
 */

export type CsvCell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One field, quoted and guarded as needed. */
export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows (the first usually the header) → CSV text, CRLF line endings, no trailing line break. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n');
}

/**
 * The same text ready to save as a file: a UTF-8 byte order mark first, so Excel reads
 * accented names correctly, and a final line break.
 */
export function csvFileText(rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${toCsv(rows)}\r\n`;
}
