import { NAME_KEY_INDEX } from '../../core/full-text-indexes.js';
import { bareName } from '../../core/bare-name.js';
import { alternatives, isEntityLabel, type NodeLabel } from '../../core/labels.js';
import { nameKey } from '../../core/name-key.js';
import { nodeType } from '../../core/node-types.js';
import { slug } from '../../core/slug.js';
import type { Database } from '../db/database.js';
import { bothCalls, nestedCalls, nestedPagesFrom, nestedWalkParams, NO_CALLS, type NestedCalls, type NestedHop, type NestedLinkPage } from './nested-hops.js';
import { nodeMap, toNodeRow, type NodeRow, type OptionalProperty } from './rows.js';

export interface NameLookup {
  cypher: string;
  params: Record<string, unknown>;
}

/**
 * A node by name or alias, by the rule ingest merges names with (core/name-key.ts): case,
 * spaces, hyphens and dots never matter ("GPT4" finds GPT-4, "mtbench" finds MT-Bench), nor
 * accents, which the canonical key drops. Among the labels asked, in their order of
 * preference; within a label the node whose key is the name's own comes first. A name with a
 * maker or a descriptive head around it ("Google Gemini", "the GPT series", core/bare-name.ts)
 * finds the bare name's node where nothing has the name as written. The row leaves
 * the optional properties out: its callers want the node's key.
 */
export async function nodeByName(db: Database, labels: NodeLabel | readonly NodeLabel[], name: string): Promise<NodeRow | null> {
  const lookup = nameLookup(typeof labels === 'string' ? [labels] : labels, name);
  if (lookup === null) return null;
  const [row] = await db.read(lookup.cypher, lookup.params);
  return row ? toNodeRow(row.node as Record<string, unknown>) : null;
}

/**
 * A lookup by name with the hop connections selected under the node compiled into the same
 * statement (nested-hops.ts): the node and the pages of its nested hops in one round trip.
 */
export async function nodeByNameWithHops(
  db: Database,
  label: NodeLabel,
  name: string,
  children: readonly NestedHop[],
  read: readonly OptionalProperty[] = [],
  more: NestedCalls = NO_CALLS,
): Promise<{ node: NodeRow; children: Array<NestedLinkPage | undefined>; row: Record<string, unknown> } | null> {
  const lookup = nameLookup([label], name, children, read, more);
  if (lookup === null) return null;
  const [row] = await db.read(lookup.cypher, lookup.params);
  return row ? { node: toNodeRow(row.node as Record<string, unknown>), children: nestedPagesFrom(row, children), row } : null;
}

/**
 * The one query of a lookup: the name-key index (one exact term), then keys guessed from the
 * name; with `children`, the found node's nested hops too, and `more`'s subqueries (its board);
 * of the node's optional properties, those in `read`.
 */
export function nameLookup(
  labels: readonly NodeLabel[],
  name: string,
  children: readonly NestedHop[] = [],
  read: readonly OptionalProperty[] = [],
  more: NestedCalls = NO_CALLS,
): NameLookup | null {
  const entityLabels = labels.filter(isEntityLabel);
  const key = nameKey(name);
  if (key === '' || entityLabels.length === 0) return null;
  const ids = entityLabels.map((label) => `${nodeType(label).keyPrefix}:${slug(name)}`);
  const bare = bareName(name);
  const bareKey = bare === undefined ? '' : nameKey(bare);
  const withBare = bareKey !== '' && bareKey !== key;
  const nested = children.length === 0 && more.calls.length === 0 ? undefined : bothCalls(nestedCalls(children), more);
  return {
    cypher: `CALL () {
  CALL db.index.fulltext.queryNodes('${NAME_KEY_INDEX}', $key) YIELD node
  WHERE $key IN node.nameKeys AND head(labels(node)) IN $labels
  RETURN node
  UNION
  ${entityLabels.map((label, i) => `MATCH (node:${alternatives([label])} {id: $ids[${i}]}) RETURN node`).join('\n  UNION\n  ')}${
    withBare
      ? `
  UNION
  CALL db.index.fulltext.queryNodes('${NAME_KEY_INDEX}', $bareKey) YIELD node
  WHERE $bareKey IN node.nameKeys AND head(labels(node)) IN $labels
  RETURN node`
      : ''
  }
}
WITH node, head(labels(node)) AS label
ORDER BY ${withBare ? '($key IN node.nameKeys OR node.id IN $ids) DESC, ' : ''}[i IN range(0, size($labels) - 1) WHERE $labels[i] = label][0], node.id IN $ids DESC, node.id
LIMIT 1
${nested ? withNested(nested, read, entityLabels) : `RETURN ${nodeMap('node', read, entityLabels)} AS node`}`,
    params: { key, labels: entityLabels, ids, ...(withBare ? { bareKey } : {}), ...(nested ? { ...nested.params, ...nestedWalkParams(children) } : {}) },
  };
}

/** The found node as `m`, its nested hops' calls, and their pages beside it. */
function withNested(nested: NestedCalls, read: readonly OptionalProperty[], labels: readonly NodeLabel[]): string {
  return `WITH node AS m
${nested.calls.join('\n')}
RETURN ${nodeMap('m', read, labels)} AS node, ${nested.entries.join(', ')}`;
}
