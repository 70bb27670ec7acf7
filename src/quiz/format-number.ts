const SCALES: ReadonlyArray<readonly [number, string]> = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/**
 * `abs` (not negative) rounded to six decimals, half away from zero, as whole and fraction
 * digits. It rounds the shortest decimal that reads back as the number ("0.0000005" rounds
 * up), as Intl.NumberFormat does, where `toFixed` would round the binary value (down).
 */
function sixDecimals(abs: number): [string, string] {
  const [mantissa = '0', exponent = '0'] = abs.toString().split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  let digits = whole + fraction;
  let point = whole.length + Number(exponent); // where the decimal point falls in `digits`
  if (point < 0) [digits, point] = ['0'.repeat(-point) + digits, 0];
  digits = digits.padEnd(point, '0');
  const keep = point + 6;
  if (digits.length > keep) {
    const up = digits.charAt(keep) >= '5';
    digits = digits.slice(0, keep);
    if (up) {
      const rounded = (BigInt(digits) + 1n).toString().padStart(keep, '0');
      point += rounded.length - keep; // 999.9999995 carries into a new digit
      digits = rounded;
    }
  }
  return [digits.slice(0, point).replace(/^0+(?=\d)/, '') || '0', digits.slice(point)];
}

/**
 * A number in the British way with at most six decimals: "60,000", "2.5", "-0.000001".
 * The same text as `Intl.NumberFormat('en-GB', { maximumFractionDigits: 6 })` (the tests
 * compare the two), written out by hand because a page's first use of the browser's locale
 * data took 50–65 ms in Chromium here: one long task when My results' review page loads.
 */
function plain(value: number): string {
  const [whole, fraction] = sixDecimals(Math.abs(value));
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  const decimals = fraction.replace(/0+$/, '');
  return `${sign}${whole.replace(/\B(?=(\d{3})+$)/g, ',')}${decimals ? `.${decimals}` : ''}`;
}

/**
 * A number as a person would say it in a results screen: "60 million", "1.5 billion",
 * "60,000", "2.5". Large numbers use a scale word only when that loses nothing
 * (60,123,456 stays in digits).
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  for (const [size, word] of SCALES) {
    if (Math.abs(value) < size) continue;
    const scaled = value / size;
    const thousandths = scaled * 1000;
    if (Math.abs(thousandths - Math.round(thousandths)) < 1e-6) return `${plain(scaled)} ${word}`;
    break;
  }
  return plain(value);
}
