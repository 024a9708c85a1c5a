import type { Properties, PropertyValue } from '../../core/graph-records.js';

/**
 * The property values the graph holds and an export can carry as JSON: texts, finite numbers,
 * booleans, and lists of texts or of numbers. Anything else (a temporal or spatial value, a
 * mixed list, NaN) has no faithful JSON form, so the export refuses it rather than change it.
 */
export function asPropertyValue(value: unknown): PropertyValue | undefined {
  if (value === null) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (!Array.isArray(value)) return undefined;
  const texts: string[] = [];
  const numbers: number[] = [];
  for (const item of value) {
    if (typeof item === 'string') texts.push(item);
    else if (typeof item === 'number' && Number.isFinite(item)) numbers.push(item);
    else return undefined;
  }
  if (texts.length > 0 && numbers.length > 0) return undefined;
  return numbers.length > 0 ? numbers : texts;
}

/** Every entry as a property value, or the name of the first one that is not. */
export function asProperties(value: Record<string, unknown>): { props: Properties } | { invalid: string } {
  const props: Properties = {};
  for (const [key, item] of Object.entries(value)) {
    const checked = asPropertyValue(item);
    if (checked === undefined) return { invalid: key };
    props[key] = checked;
  }
  return { props };
}

/** A list of texts, or undefined for anything else. */
export function asTexts(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const texts: string[] = [];
  for (const item of value) {
    if (typeof item !== 'string') return undefined;
    texts.push(item);
  }
  return texts;
}
