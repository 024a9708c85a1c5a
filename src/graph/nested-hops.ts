import type { Database, Params } from '../db/database.js';
import { alternatives, type NodeLabel } from '../../core/labels.js';
import { hopLevel, hopNeedsWalkFactor, hopPagesQuery, toLinkRow, WALK_FACTOR_PARAMS, type Hop, type LinkPage, type LinkReading, type LinkRow } from './neighbours.js';
import { int } from './params.js';
import { hasLabel, type NodeRow, type OptionalProperty, type RowOf } from './rows.js';
import { read, type Statement } from './statement.js';

/**
 * Hops nested under a hop, compiled into its statement: the page of each neighbour's own hops
 * comes back with the neighbour (a `CALL (m) { ... }` per nested hop, written by the same
 * level builder as a single hop, so the same top-k plans and orders), and a request whose
 * nested relationship connections compile costs one round trip, not one per level.
 */
export interface NestedHop {
  /** The hop, its types already narrowed to a role where one was asked. */
  hop: Hop;
  offset: number;
  limit: number;
  total: boolean;
  /** The optional properties of its neighbours the request asks for (none read otherwise). */
  read?: readonly OptionalProperty[];
  /** What is read of its links (asked for on its edges; default: nothing). */
  links?: LinkReading;
  children: readonly NestedHop[];
  /** Subqueries on each neighbour beside its nested hops (its board: src/api/node-boards.ts), their entries in its item. */
  boards?: NestedCalls;
}

export interface NestedLink<Row extends NodeRow = NodeRow> extends LinkRow<Row> {
  /**
   * The pages of the nested hops of this neighbour, in the order of the hop's children; none
   * for the row past the page (fetched only to tell whether more follow, never shown).
   */
  children: Array<NestedLinkPage | undefined>;
  /** The neighbour's item as the statement returned it: where its boards' entries are read. */
  item: Record<string, unknown>;
}

export interface NestedLinkPage<Row extends NodeRow = NodeRow> {
  total: number;
  items: NestedLink<Row>[];
}

/** The Cypher of a bound `m`'s nested hops: subqueries, the variables they bind (`h0`, `h1`, ...), their parameters. */
export interface NestedCalls {
  calls: string[];
  entries: string[];
  params: Params;
}

/**
 * A bound `m`'s nested hops as subqueries, each binding its page as `{total, items}`. Under a
 * page (`shownBelow`: the parent level's size parameter, and its item index `i`), the row past
 * the page gets none: it only says that more follow, and its nested pages would never be read.
 */
export function nestedCalls(children: readonly NestedHop[], prefix = 'h', shownBelow?: string): NestedCalls {
  const calls: string[] = [];
  const entries: string[] = [];
  let params: Params = {};
  children.forEach((child, k) => {
    const name = `${prefix}${k}`;
    const inner = bothCalls(nestedCalls(child.children, `${name}_`, `${name}_size`), child.boards ?? NO_CALLS);
    // `m` becomes the child level's `n`: the level builder writes every level from a bound `n`.
    calls.push(`${shownBelow ? 'OPTIONAL CALL (m, i)' : 'CALL (m)'} {
       WITH m AS n${shownBelow ? ` WHERE i < $${shownBelow} - 1` : ''}
       ${hopLevel(child.hop, { offset: `${name}_offset`, size: `${name}_size`, total: child.total, carried: [], read: child.read, links: child.links, ...perItem(inner) })}
       RETURN {total: total, items: items} AS ${name}
     }`);
    entries.push(name);
    params = { ...params, [`${name}_offset`]: int(child.offset), [`${name}_size`]: int(child.limit + 1), ...inner.params };
  });
  return { calls, entries, params };
}

/** No subqueries: a statement with nothing compiled beside its node. */
export const NO_CALLS: NestedCalls = { calls: [], entries: [], params: {} };

/** Two sets of subqueries on one bound `m`, in one statement (their entries' names must differ). */
export function bothCalls(a: NestedCalls, b: NestedCalls): NestedCalls {
  return { calls: [...a.calls, ...b.calls], entries: [...a.entries, ...b.entries], params: { ...a.params, ...b.params } };
}

function perItem(nested: { calls: string[]; entries: string[] }) {
  return nested.calls.length === 0 ? {} : { perItem: nested };
}

function walksAnywhere(hop: Hop | undefined, children: readonly NestedHop[]): boolean {
  return (hop !== undefined && hopNeedsWalkFactor(hop)) || children.some((child) => walksAnywhere(child.hop, child.children));
}

/** The parameters every statement with these nested hops needs besides their pages. */
export function nestedWalkParams(children: readonly NestedHop[]): Params {
  return walksAnywhere(undefined, children) ? WALK_FACTOR_PARAMS : {};
}

/**
 * One page of a hop's neighbours per id, and under each neighbour the pages of the nested
 * hops. Without children it is exactly `hopPagesQuery`.
 */
export function nestedHopPagesQuery(
  hop: Hop,
  ids: readonly string[],
  options: { offset: number; limit: number; total: boolean; read?: readonly OptionalProperty[]; links?: LinkReading },
  children: readonly NestedHop[],
): Statement {
  if (children.length === 0) return hopPagesQuery(hop, ids, options);
  const nested = nestedCalls(children, 'h', 'size');
  return {
    cypher: `UNWIND $ids AS id
     MATCH (n:${alternatives([hop.from])} {id: id})
     ${hopLevel(hop, { offset: 'offset', size: 'size', total: options.total, carried: ['id'], read: options.read, links: options.links, perItem: nested })}
     RETURN id AS key, total, items`,
    params: {
      ids,
      offset: int(options.offset),
      size: int(options.limit + 1),
      ...nested.params,
      ...(walksAnywhere(hop, children) ? WALK_FACTOR_PARAMS : {}),
    },
  };
}

/** Pages per id, in the order asked, each neighbour with the pages of its nested hops. */
export async function nestedHopPages<To extends NodeLabel>(
  db: Database,
  hop: Hop<To>,
  ids: readonly string[],
  options: { offset: number; limit: number; total: boolean; read?: readonly OptionalProperty[]; links?: LinkReading },
  children: readonly NestedHop[],
): Promise<NestedLinkPage<RowOf<To>>[]> {
  if (hop.types.length === 0) return ids.map(() => ({ total: 0, items: [] }));
  const rows = await read(db, nestedHopPagesQuery(hop, ids, options, children));
  const byKey = new Map(rows.map((row) => [row.key as string, row]));
  return ids.map((id) => {
    const row = byKey.get(id);
    return row ? pageFrom(row, hop.to, children) : { total: 0, items: [] };
  });
}

function pageFrom<To extends NodeLabel>(raw: Record<string, unknown>, to: readonly To[], children: readonly NestedHop[], prefix = 'h'): NestedLinkPage<RowOf<To>> {
  const items = (raw.items as Array<Record<string, unknown>>).map((link) => ({ ...toLinkRow(link, to), children: nestedPagesFrom(link, children, prefix), item: link }));
  return { total: raw.total as number, items };
}

/** The pages of a node's nested hops, read from the row or item map their calls filled. */
export function nestedPagesFrom(raw: Record<string, unknown>, children: readonly NestedHop[], prefix = 'h'): Array<NestedLinkPage | undefined> {
  return children.map((child, k) => {
    const page = raw[`${prefix}${k}`] as Record<string, unknown> | null;
    return page ? pageFrom(page, child.hop.to, child.children, `${prefix}${k}_`) : undefined;
  });
}

/** A page kept as any node's links, back as the links of its own labels (a node of another label is a bug). */
export function linkPageOf<L extends NodeLabel>(page: LinkPage, labels: readonly L[]): LinkPage<RowOf<L>> {
  const items = page.items.map((link) => {
    const node = link.node;
    if (!hasLabel(node, labels)) throw new Error(`expected a ${labels.join(' or ')} node, got ${node.label}`);
    return { ...link, node };
  });
  return { total: page.total, items };
}
