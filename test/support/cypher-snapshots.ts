import neo4j from 'neo4j-driver';
import { expect } from 'vitest';
import { EDGE_TYPES, NODE_LABELS } from '../../core/labels.js';
import type { Statement } from '../../src/graph/statement.js';

/**
 * Statement snapshots print SKIP/LIMIT parameters as `int(20)`, the way the code builds them,
 * rather than the driver's `Integer { high, low }` object.
 */
expect.addSnapshotSerializer({
  test: (value: unknown) => neo4j.isInt(value),
  serialize: (value: unknown) => `int(${String(value)})`,
});

const LABELS: readonly string[] = NODE_LABELS;
const TYPES: readonly string[] = EDGE_TYPES;

/**
 * A statement as its snapshot shows it: every label in its node patterns (`(n:Method|Model`)
 * and every type in its relationship patterns (`[r:PROPOSES|MENTIONS`) checked against the
 * closed lists, and its lines evenly indented without blank ones (whitespace means nothing to
 * Cypher; the source's template indentation would only blur the review).
 */
export function forReview(statement: Statement): Statement {
  for (const [, labels] of statement.cypher.matchAll(/\(\w*:([A-Za-z|]+)/g)) {
    for (const label of labels!.split('|')) expect(LABELS, `label ${label}`).toContain(label);
  }
  for (const [, types] of statement.cypher.matchAll(/\[\w*:([A-Za-z_|]+)/g)) {
    for (const type of types!.split('|')) expect(TYPES, `relationship type ${type}`).toContain(type);
  }
  return { cypher: evenlyIndented(statement.cypher), params: statement.params };
}

function evenlyIndented(cypher: string): string {
  const [first = '', ...rest] = cypher.split('\n').map((line) => line.trimEnd()).filter((line) => line.trim() !== '');
  const indent = Math.min(...rest.map((line) => line.length - line.trimStart().length));
  return [first.trim(), ...rest.map((line) => line.slice(indent))].join('\n');
}
