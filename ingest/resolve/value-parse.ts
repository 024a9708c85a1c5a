/**
 * Leaderboard cells as numbers. Dumps write scores every way people type them: "92.3",
 * "92.3%", "1.2k", "3.0m" (parameters), "1,234", "87.6*" (footnote), "−0.5" (Unicode minus),
 * "70.14 (measured by ...)", and "-", "–" or "" for no value. The number is for sorting and
 * comparing; the raw cell is always kept beside it, so nothing the table said is lost.
 */

export interface MetricValue {
  /** The number the cell states, or null when it states none (or states two, like "93.0/90.7"). */
  value: number | null;
  /** The cell as given (numbers printed as JavaScript prints them); null when the cell is null. */
  rawValue: string | null;
}

const MULTIPLIERS: Record<string, number> = { k: 1e3, m: 1e6, mm: 1e6, b: 1e9, bn: 1e9, t: 1e12 };

// Marks that sit on a score without changing it: footnotes, daggers, "best" markers.
const TRAILING_MARKS = /[\s*†‡§¶#^+]+$/u;
// A remark after the number: "70.14 (measured by Ge et al., 2018)", "85.2 ± 0.3", "85.2 [12]".
const TRAILING_REMARK = /\s*(?:\(.*\)|\[.*\]|±.*|\+\/-.*)$/u;
const NUMBER = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)\s*(%|[a-z]{1,2})?$/i;
// Thousands separators: a comma followed by exactly three digits ("1,234,567").
const THOUSANDS = /(\d),(?=\d{3}(?!\d))/g;

export function parseMetricValue(cell: unknown): MetricValue {
  if (cell === null || cell === undefined) return { value: null, rawValue: null };
  if (typeof cell === 'number') return { value: Number.isFinite(cell) ? cell : null, rawValue: String(cell) };
  if (typeof cell !== 'string') return { value: null, rawValue: typeof cell === 'boolean' ? String(cell) : JSON.stringify(cell) };
  return { value: parseNumberText(cell), rawValue: cell };
}

function parseNumberText(cell: string): number | null {
  let text = cell
    .replace(/[\uFEFF\u200B\u00A0]/g, ' ')
    .trim()
    // Unicode minus and dashes in front of a digit are a minus sign.
    .replace(/^[\u2212\u2013\u2014](?=\s*[\d.])/u, '-')
    .replace(TRAILING_REMARK, '')
    .replace(TRAILING_MARKS, '')
    .replace(THOUSANDS, '$1')
    .trim();
  if (text === '') return null;
  const match = NUMBER.exec(text);
  if (!match) return null;
  const number = Number(match[1]);
  const unit = match[2]?.toLowerCase();
  if (unit === undefined || unit === '%') return number;
  const multiplier = MULTIPLIERS[unit];
  if (multiplier === undefined) return null;
  // Round away binary noise: 1.2 * 1000 should be 1200, not 1200.0000000000002.
  return Number((number * multiplier).toPrecision(12));
}
