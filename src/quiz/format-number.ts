const SCALES: ReadonlyArray<readonly [number, string]> = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

const plain = /* @__PURE__ */ new Intl.NumberFormat('en-GB', { maximumFractionDigits: 6 });

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
    if (Math.abs(thousandths - Math.round(thousandths)) < 1e-6) return `${plain.format(scaled)} ${word}`;
    break;
  }
  return plain.format(value);
}
