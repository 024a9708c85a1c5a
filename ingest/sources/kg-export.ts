import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { EdgeRecord, EndpointRef, GraphBatch, NodeRecord } from '../../core/graph-records.js';
import { InputError } from '../input-error.js';
import { EXPORT_FORMAT, EXPORT_VERSION, GRAPH_EDGES_FILE, GRAPH_NODES_FILE, MANIFEST_FILE } from '../export/manifest.js';
import { edgeRecordOfLine, nodeRecordOfLine } from './kg-export-records.js';
import { readLines } from './read-lines.js';
import type { ReadOptions, SourceFormat, SourceItem } from './source-format.js';
import { unlessInvalid } from './unless-invalid.js';

/**
 * A `kg export` directory, recognised by its manifest: the graph files' records go to the
 * sinks as they are (nodes, then relationships, so every relationship finds its ends), with no
 * text extraction; the Papers with Code views beside them hold nothing the graph files lack and
 * are not read. Each file must hold as many lines as the manifest says it was written with, and
 * each relationship's ends must be nodes of the export (their ids are held while reading: about
 * 150 MB for a million nodes).
 */
export const SOURCE = 'kg-export';

/** Records per batch handed to the loop: about the size of a dump's batch. */
const BATCH = 1_000;

export const kgExportFormat: SourceFormat = {
  name: SOURCE,
  description: 'a kg export directory (or its manifest.json): every node and edge, loaded as they are, without text extraction',
  yields: ['records'],
  detect: (head) => manifestOf(head) !== undefined,
  read: (file, options) => readExport(file, options),
};

interface ManifestCounts {
  nodes: number;
  edges: number;
}

/** The manifest's counts when the text is a kg export manifest (of any version), else undefined. */
function manifestOf(text: string): { version: unknown; counts: ManifestCounts } | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const fields = Object.fromEntries(Object.entries(value));
  if (fields.format !== EXPORT_FORMAT) return undefined;
  return { version: fields.version, counts: { nodes: total(fields.nodes), edges: total(fields.edges) } };
}

function total(counts: unknown): number {
  if (typeof counts !== 'object' || counts === null) return Number.NaN;
  return Object.values(counts).reduce<number>((sum, n) => sum + (typeof n === 'number' ? n : Number.NaN), 0);
}

/** The export directory a path names: the directory itself or its manifest. */
export function exportDirectory(file: string): string {
  try {
    return statSync(file).isDirectory() ? file : path.dirname(file);
  } catch {
    throw new InputError({ file, line: 0 }, 'no such file or directory');
  }
}

async function* readExport(file: string, options: ReadOptions = {}): AsyncGenerator<SourceItem> {
  const dir = exportDirectory(file);
  const counts = readManifest(path.join(dir, MANIFEST_FILE));
  // The loader drops a relationship whose end is missing without a word: checked here instead.
  const nodes = new Set<string>();
  yield* readRecords(path.join(dir, GRAPH_NODES_FILE), counts.nodes, options, (text, fail) => {
    const node = nodeRecordOfLine(text, fail);
    nodes.add(endpointKey(node));
    return { nodes: [node], edges: [] };
  });
  yield* readRecords(path.join(dir, GRAPH_EDGES_FILE), counts.edges, options, (text, fail) => {
    const edge = edgeRecordOfLine(text, fail);
    for (const [side, end] of [['from', edge.from], ['to', edge.to]] as const) {
      if (!nodes.has(endpointKey(end))) fail(`"${side}" is ${end.label} ${end.id}, which ${GRAPH_NODES_FILE} does not hold`);
    }
    return { nodes: [], edges: [edge] };
  });
}

function endpointKey(end: EndpointRef): string {
  return `${end.label}|${end.id}`;
}

function readManifest(file: string): ManifestCounts {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new InputError({ file, line: 0 }, 'no such file: a kg export directory has its manifest.json');
  }
  const manifest = manifestOf(text);
  if (!manifest) throw new InputError({ file, line: 1 }, `not a ${EXPORT_FORMAT} manifest (JSON with "format": "${EXPORT_FORMAT}")`);
  if (manifest.version !== EXPORT_VERSION) throw new InputError({ file, line: 1 }, `${EXPORT_FORMAT} version ${JSON.stringify(manifest.version)}; this kg reads version ${EXPORT_VERSION}`);
  if (!Number.isInteger(manifest.counts.nodes) || !Number.isInteger(manifest.counts.edges)) {
    throw new InputError({ file, line: 1 }, '"nodes" and "edges" must map labels and types to counts');
  }
  return manifest.counts;
}

async function* readRecords(
  file: string,
  expected: number,
  options: ReadOptions,
  parse: (text: string, fail: (reason: string) => never) => GraphBatch,
): AsyncGenerator<SourceItem> {
  let nodes: NodeRecord[] = [];
  let edges: EdgeRecord[] = [];
  let lines = 0;
  for await (const line of readLines(file)) {
    lines = line.number;
    const batch = unlessInvalid(options, () =>
      parse(line.text, (reason) => {
        throw new InputError({ file, line: line.number }, reason);
      }),
    );
    if (!batch) continue;
    nodes.push(...batch.nodes);
    edges.push(...batch.edges);
    if (nodes.length + edges.length >= BATCH) {
      yield { kind: 'records', batch: { nodes, edges } };
      nodes = [];
      edges = [];
    }
  }
  // A file cut at a line's end is still valid gzip and JSON lines: only the count shows it.
  if (lines !== expected) throw new InputError({ file, line: lines + 1 }, `ends after ${lines} records; the manifest says the export wrote ${expected}`);
  if (nodes.length + edges.length > 0) yield { kind: 'records', batch: { nodes, edges } };
}
