import type { Row } from '../../src/db/database.js';

/** Typed reads of the maps a Cypher row returns (properties(n), map projections): absent or of another type is null. */

export function textOf(row: Row | null | undefined, key: string): string | null {
  const value = row?.[key];
  return typeof value === 'string' ? value : null;
}

export function numberOf(row: Row | null | undefined, key: string): number | null {
  const value = row?.[key];
  return typeof value === 'number' ? value : null;
}

export function booleanOf(row: Row | null | undefined, key: string): boolean | null {
  const value = row?.[key];
  return typeof value === 'boolean' ? value : null;
}

export function textsOf(row: Row | null | undefined, key: string): string[] {
  const value = row?.[key];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** A map inside a row (a projection, properties()), or null. */
export function mapOf(row: Row | null | undefined, key: string): Row | null {
  const value = row?.[key];
  return isRow(value) ? value : null;
}

/** A list of maps inside a row (a COLLECT subquery's result). */
export function mapsOf(row: Row | null | undefined, key: string): Row[] {
  const value = row?.[key];
  return Array.isArray(value) ? value.filter(isRow) : [];
}

export function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
