import type { Properties, PropertyValue } from '../../core/graph-records.js';

/**
 * Which value of a property a node or edge keeps when two sources (or two records of one
 * source) give different ones. The choice must not depend on which came first, or the graph
 * would depend on the order of files and runs; so it is the larger of the two in one fixed
 * order, which makes merging commutative, associative and idempotent:
 *
 *   nothing (null) < empty ('' or []) < any other value;
 *   then by type (a number never displaces a text, nor a text a number, by accident of order);
 *   texts and lists: the longer wins (the full abstract, the dated title, the longer author
 *   list), equal lengths by the smaller in code-point order ("MT-Bench" over "MT-bench");
 *   numbers: the larger; booleans: true.
 *
 * The loader merges records of one batch with `replaces` and the graph with REPLACES_CYPHER;
 * both apply this same order, so batch boundaries never show either.
 */
export function replaces(current: PropertyValue | undefined, next: PropertyValue | undefined): boolean {
  if (next === null || next === undefined) return false;
  if (current === null || current === undefined) return true;
  if (isEmpty(next)) return false;
  if (isEmpty(current)) return true;
  const currentType = typeName(current);
  const nextType = typeName(next);
  if (currentType !== nextType) return nextType > currentType;
  if (typeof next === 'string' || Array.isArray(next)) {
    const nextText = typeof next === 'string' ? next : listText(next);
    const currentText = typeof current === 'string' ? current : listText(current as string[] | number[]);
    const nextSize = typeof next === 'string' ? codePointLength(next) : next.length;
    const currentSize = typeof current === 'string' ? codePointLength(current) : (current as unknown[]).length;
    return nextSize > currentSize || (nextSize === currentSize && compareCodePoints(nextText, currentText) < 0);
  }
  return next > current;
}

/** Two property maps as one, each key by the rule; order of the arguments never matters. */
export function mergeProperties(a: Properties, b: Properties): Properties {
  const merged: Properties = { ...a };
  for (const [key, value] of Object.entries(b)) {
    if (replaces(merged[key], value)) merged[key] = value;
  }
  return merged;
}

/** The same rule in Cypher, over two expressions (a stored property and an incoming one). */
export function replacesCypher(current: string, next: string): string {
  const listText = (list: string) => `reduce(s = '', x IN ${list} | s + '\\u001f' + toString(x))`;
  return `CASE
    WHEN ${next} IS NULL THEN false
    WHEN ${current} IS NULL THEN true
    WHEN ${next} = '' OR ${next} = [] THEN false
    WHEN ${current} = '' OR ${current} = [] THEN true
    WHEN ${typeNameCypher(current)} <> ${typeNameCypher(next)} THEN ${typeNameCypher(next)} > ${typeNameCypher(current)}
    WHEN ${next} IS :: STRING THEN size(${next}) > size(${current}) OR (size(${next}) = size(${current}) AND ${next} < ${current})
    WHEN ${next} IS :: LIST<ANY> THEN size(${next}) > size(${current}) OR (size(${next}) = size(${current}) AND ${listText(next)} < ${listText(current)})
    ELSE ${next} > ${current}
  END`;
}

function isEmpty(value: PropertyValue): boolean {
  return value === '' || (Array.isArray(value) && value.length === 0);
}

// The same names on both sides: the type order must agree between TypeScript and Cypher.
function typeName(value: PropertyValue): string {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  return 'list';
}

function typeNameCypher(expression: string): string {
  return `CASE WHEN ${expression} IS :: STRING THEN 'string' WHEN ${expression} IS :: INTEGER | FLOAT THEN 'number' WHEN ${expression} IS :: BOOLEAN THEN 'boolean' ELSE 'list' END`;
}

function listText(list: readonly (string | number)[]): string {
  return list.map((item) => `\u001f${String(item)}`).join('');
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** Length in code points, as Neo4j's size() counts: without a list of them (abstracts are long, and merged often). */
function codePointLength(text: string): number {
  if (!SURROGATE.test(text)) return text.length;
  let length = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit < 0xdc00 || unit > 0xdfff) length += 1; // a low surrogate completes the pair already counted
  }
  return length;
}

/**
 * Code-point order, as Neo4j compares strings (UTF-16 order differs above U+FFFF). At the
 * first code unit that differs both sides are at the start of a code point, or both inside
 * one whose high surrogates matched; either way the code points there decide.
 */
function compareCodePoints(a: string, b: string): number {
  const shorter = Math.min(a.length, b.length);
  for (let i = 0; i < shorter; i += 1) {
    if (a.charCodeAt(i) !== b.charCodeAt(i)) return a.codePointAt(i)! - b.codePointAt(i)!;
  }
  return a.length - b.length;
}
