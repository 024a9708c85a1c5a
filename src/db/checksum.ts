import { createHash } from 'node:crypto';
import { alternatives, NODE_LABELS, type NodeLabel } from '../../core/labels.js';
import type { Database, Row } from './database.js';
import { labelPages } from './label-pages.js';

export interface GraphChecksum {
  nodes: number;
  relationships: number;
  /** sha256 over every node and relationship, sorted, with sorted properties and lists. */
  sha256: string;
}

/** Nodes per read of the node pass. */
const NODE_PAGE = 20_000;
/** Start nodes per read of the relationship pass (a hub's relationships come with it). */
const SOURCE_BATCH = 1_000;

interface NodeRef {
  id: string;
  label: NodeLabel;
}

/**
 * A fingerprint of the whole graph's content, independent of internal ids, write order and
 * list order: two graphs with the same checksum hold the same nodes, edges and properties.
 * Used to show that an interrupted and rerun ingest ends identical to a clean one, and that an
 * export read back is the graph exported.
 *
 * The hash runs over nodes by (label, id) and relationships by (start id, type, end id, key).
 * Both orders come from the id indexes, page by page (never a sort of the whole graph, which at
 * ten million relationships outlasts any read timeout): nodes label by label in id order, then
 * the relationships of start nodes taken in id order across labels, a batch at a time.
 */
export async function graphChecksum(db: Database): Promise<GraphChecksum> {
  const hash = createHash('sha256');
  const starts: NodeRef[] = [];
  for (const label of [...NODE_LABELS].sort()) {
    for await (const rows of labelPages(db, label, 'labels(n) AS labels, properties(n) AS props', NODE_PAGE)) {
      for (const row of rows) {
        hash.update(`N ${canonical(stringsOf(row.labels).sort())} ${canonical(row.props)}\n`);
        starts.push({ id: String(row.id), label });
      }
    }
  }
  await expectCount(db, 'MATCH (n) RETURN count(n) AS count', starts.length, 'nodes');

  // Cypher orders strings by UTF-16 code unit, as JavaScript's < does.
  starts.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  let relationships = 0;
  for (let at = 0; at < starts.length; at += SOURCE_BATCH) {
    const rows = await relationshipsFrom(db, starts.slice(at, at + SOURCE_BATCH));
    for (const row of rows) hash.update(`R ${row.from} ${row.type} ${row.to} ${canonical(row.props)}\n`);
    relationships += rows.length;
  }
  await expectCount(db, 'MATCH ()-[r]->() RETURN count(r) AS count', relationships, 'relationships');
  return { nodes: starts.length, relationships, sha256: hash.digest('hex') };
}

/** The relationships leaving a batch of start nodes, in (start id, type, end id, key) order. */
async function relationshipsFrom(db: Database, batch: NodeRef[]): Promise<Row[]> {
  const rows: Row[] = [];
  for (const label of new Set(batch.map((ref) => ref.label))) {
    const ids = batch.filter((ref) => ref.label === label).map((ref) => ref.id);
    rows.push(
      ...(await db.read(
        `MATCH (a:${alternatives([label])}) WHERE a.id IN $ids
         MATCH (a)-[r]->(b)
         RETURN a.id AS fromId, labels(a)[0] + ':' + a.id AS from, type(r) AS type, b.id AS toId,
                labels(b)[0] + ':' + b.id AS to, r.key AS key, properties(r) AS props`,
        { ids },
      )),
    );
  }
  return rows.sort((x, y) => compareKeys([x.fromId, x.type, x.toId, x.key], [y.fromId, y.type, y.toId, y.key]));
}

/** Nodes of an undeclared label, or without an id, would be left out of the hash: refuse instead. */
async function expectCount(db: Database, cypher: string, hashed: number, what: string): Promise<void> {
  const stored = Number((await db.read(cypher))[0]?.count ?? 0);
  if (stored !== hashed) throw new Error(`checksum: the graph holds ${stored} ${what}, of which ${hashed} have a declared label and an id`);
}

/** Ascending, nulls last: Cypher's ORDER BY on each key in turn. */
function compareKeys(x: unknown[], y: unknown[]): number {
  for (let i = 0; i < x.length; i++) {
    const a = x[i] ?? null;
    const b = y[i] ?? null;
    if (a === b) continue;
    if (a === null) return 1;
    if (b === null) return -1;
    return String(a) < String(b) ? -1 : 1;
  }
  return 0;
}

function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

/** JSON with object keys and list items sorted, so order never changes the hash. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).sort().join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}
