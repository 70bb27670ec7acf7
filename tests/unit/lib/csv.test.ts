import { describe, expect, it } from 'vitest';
import { csvField, csvFileText, toCsv } from '../../../src/lib/csv';

/** A small RFC 4180 reader, to prove what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  row.push(field);
  rows.push(row);
  return rows;
}

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['Smith, Anna', '"Smith, Anna"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
    ['', ''],
    ['Zoë Müller', 'Zoë Müller'],
  ])('%j → %j', (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });

  it.each(['=1+1', '+1', '-2+3', '@SUM(A1)', '\tx', '=HYPERLINK("http://x","y")'])(
    'guards formula %j with an apostrophe',
    (input) => {
      const out = csvField(input);
      const [[cell]] = parseCsv(out) as [[string]];
      expect(cell.startsWith("'")).toBe(true);
      expect(cell.slice(1)).toBe(input);
    },
  );

  it('writes numbers as numbers, including negatives, and empty for missing values', () => {
    expect(csvField(-3)).toBe('-3');
    expect(csvField(87.5)).toBe('87.5');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(true)).toBe('yes');
  });
});

describe('toCsv', () => {
  it('round-trips awkward names through an RFC 4180 reader', () => {
    const rows = [
      ['Learner', 'Score'],
      ['Smith, Anna', 80],
      ['O"Brien "Bob"', 60],
      ['Multi\nline', 0],
    ];
    const text = toCsv(rows);
    expect(text.split('\r\n')[0]).toBe('Learner,Score');
    expect(parseCsv(text)).toEqual(rows.map((r) => r.map(String)));
  });

  it('file text starts with a byte order mark and ends with a line break', () => {
    const text = csvFileText([['a'], ['b']]);
    expect(text).toBe('\uFEFFa\r\nb\r\n');
  });
});
