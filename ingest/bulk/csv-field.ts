import type { PropertyValue } from '../../core/graph-records.js';

/**
 * CSV cells as neo4j-admin import reads them: RFC 4180 quoting (a quote doubled), arrays
 * joined by ARRAY_DELIMITER, a column type per property (string, double, boolean, string[],
 * double[]). Numbers are doubles because the transactional path stores JS numbers as floats
 * too, so both paths give the same graph.
 */

/** Unit separator: never in names, titles or abstracts, unlike the default ';'. */
export const ARRAY_DELIMITER = '\u001f';
export const ARRAY_DELIMITER_OPTION = 'U+001F';

export type ColumnType = 'string' | 'double' | 'boolean' | 'string[]' | 'double[]';

export function columnType(value: PropertyValue | undefined): ColumnType | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number') return 'double';
  if (typeof value === 'boolean') return 'boolean';
  if (value.length === 0) return undefined; // an empty list carries nothing a column must type
  return typeof value[0] === 'number' ? 'double[]' : 'string[]';
}

export function cell(value: PropertyValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = typeof value === 'string' ? value : (value as Array<string | number>).map(String).join(ARRAY_DELIMITER);
  return `"${text.replaceAll('"', '""')}"`;
}

export function hasLineBreak(value: PropertyValue | undefined): boolean {
  if (typeof value === 'string') return value.includes('\n') || value.includes('\r');
  if (Array.isArray(value)) return value.some((item) => typeof item === 'string' && (item.includes('\n') || item.includes('\r')));
  return false;
}
