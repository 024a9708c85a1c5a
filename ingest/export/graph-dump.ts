import path from 'node:path';
import type { Database, Row } from '../../src/db/database.js';
import { EDGE_TYPES, type EdgeRecord, type EdgeType, type NodeRecord } from '../../core/graph-records.js';
import { isNodeLabel, NODE_LABELS, type NodeLabel } from '../../core/labels.js';
import { UserError } from '../../core/user-error.js';
import { JsonLinesFile } from './gzip-text-file.js';
import { labelCount, labelPages } from '../../src/db/label-pages.js';
import { GRAPH_EDGES_FILE, GRAPH_NODES_FILE } from './manifest.js';
import { asProperties, asTexts } from './property-value.js';
import { isRow, mapsOf } from './row-fields.js';

/** Nodes per read: a page of nodes with their properties is a few MB at most. */
const NODE_PAGE = 5_000;
/** Source nodes per read of relationships: a method on many leaderboards has thousands. */
const EDGE_PAGE = 500;

/** The node properties a NodeRecord carries beside `props`. */
const NODE_LISTS = ['aliases', 'sources', 'nameKeys'] as const;

export interface DumpCounts {
  nodes: Partial<Record<NodeLabel, number>>;
  edges: Partial<Record<EdgeType, number>>;
}

export type Progress = (message: string) => void;

/**
 * The open dump: every node, then every relationship, each with all its properties, as the
 * NodeRecord and EdgeRecord lines the ingest loop's sinks take. Labels and types are the
 * declared ones (core/), so a label or type added there is exported with no change here; a
 * node or relationship of any other kind fails the export instead of going missing.
 */
export async function writeGraphDump(db: Database, dir: string, progress: Progress): Promise<DumpCounts> {
  const counts: DumpCounts = { nodes: {}, edges: {} };
  const nodesFile = new JsonLinesFile(path.join(dir, GRAPH_NODES_FILE));
  try {
    for (const label of NODE_LABELS) {
      const total = await labelCount(db, label);
      for await (const rows of labelPages(db, label, 'properties(n) AS props', NODE_PAGE)) {
        await nodesFile.writeAll(rows.map((row) => nodeRecordOf(label, row)));
        counts.nodes[label] = (counts.nodes[label] ?? 0) + rows.length;
        progress(`nodes ${label} ${counts.nodes[label]}/${total}`);
      }
    }
  } finally {
    await nodesFile.close();
  }
  const edgesFile = new JsonLinesFile(path.join(dir, GRAPH_EDGES_FILE));
  try {
    for (const label of NODE_LABELS) {
      let sources = 0;
      const total = await labelCount(db, label);
      const returns = `COLLECT {
  MATCH (n)-[r]->(b) WITH r, b ORDER BY type(r), b.id, r.key
  RETURN {type: type(r), to: head(labels(b)), toId: b.id, props: properties(r)}
} AS edges`;
      for await (const rows of labelPages(db, label, returns, EDGE_PAGE)) {
        const edges = rows.flatMap((row) => mapsOf(row, 'edges').map((edge) => edgeRecordOf(label, String(row.id), edge)));
        await edgesFile.writeAll(edges);
        for (const edge of edges) counts.edges[edge.type] = (counts.edges[edge.type] ?? 0) + 1;
        sources += rows.length;
        if (edges.length > 0) progress(`relationships from ${label} ${sources}/${total}: ${edgesFile.lines} written`);
      }
    }
  } finally {
    await edgesFile.close();
  }
  await checkNothingLeftOut(db, counts);
  return counts;
}

function nodeRecordOf(label: NodeLabel, row: Row): NodeRecord {
  const id = String(row.id);
  const stored = isRow(row.props) ? row.props : {};
  const own: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(stored)) {
    if (key !== 'id' && !NODE_LISTS.some((list) => list === key)) own[key] = value;
  }
  const props = checkedProperties(own, `${label} ${id}`);
  const record: NodeRecord = { label, id, props };
  for (const list of NODE_LISTS) {
    if (stored[list] === undefined) continue;
    const texts = asTexts(stored[list]);
    if (!texts) throw new UserError(`${label} ${id}: property "${list}" is not a list of texts; the export cannot hold it`);
    record[list] = texts;
  }
  return record;
}

function edgeRecordOf(from: NodeLabel, fromId: string, edge: Row): EdgeRecord {
  const type = String(edge.type);
  const to = String(edge.to);
  const toId = String(edge.toId);
  const where = `${type} from ${from} ${fromId} to ${to} ${toId}`;
  const knownType = EDGE_TYPES.find((candidate) => candidate === type);
  if (!knownType) throw new UserError(`${where}: relationship type not declared in core/graph-records.ts; the export cannot hold it`);
  if (!isNodeLabel(to)) throw new UserError(`${where}: label not declared in core/node-types.ts; the export cannot hold it`);
  const stored = isRow(edge.props) ? edge.props : {};
  const { key, ...rest } = stored;
  if (typeof key !== 'string') throw new UserError(`${where}: relationship without a text "key"; the loader could not write it back as it is`);
  return { type: knownType, from: { label: from, id: fromId }, to: { label: to, id: toId }, key, props: checkedProperties(rest, where) };
}

function checkedProperties(value: Record<string, unknown>, where: string) {
  const checked = asProperties(value);
  if ('invalid' in checked) throw new UserError(`${where}: property "${checked.invalid}" is of a type the export cannot hold as JSON`);
  return checked.props;
}

/** A node of an undeclared label (or a relationship of one) would be missing silently: refuse. */
async function checkNothingLeftOut(db: Database, counts: DumpCounts): Promise<void> {
  const [row] = await db.read('CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships');
  const sum = (values: Record<string, number | undefined>) => Object.values(values).reduce<number>((total, n) => total + (n ?? 0), 0);
  const nodes = Number(row?.nodes ?? 0);
  const relationships = Number(row?.relationships ?? 0);
  if (nodes !== sum(counts.nodes) || relationships !== sum(counts.edges)) {
    throw new UserError(
      `the graph holds ${nodes} nodes and ${relationships} relationships, the export found ${sum(counts.nodes)} and ${sum(counts.edges)}: ` +
        'nodes of undeclared labels, or the graph changed during the export',
    );
  }
}
