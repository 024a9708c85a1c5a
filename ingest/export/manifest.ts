import type { GraphChecksum } from '../../src/db/checksum.js';

/**
 * `manifest.json` of a `kg export` directory: what the directory is (the format name and
 * version `kg ingest` recognises it by), what the graph held, and its checksum, which a
 * re-ingest into an empty graph reproduces. Written last, so an export cut short has none and
 * is never taken for a whole one.
 */
export const EXPORT_FORMAT = 'kg-export';
export const EXPORT_VERSION = 1;
export const MANIFEST_FILE = 'manifest.json';

/** The open dump of everything: one NodeRecord / EdgeRecord (core/graph-records.ts) per line. */
export const GRAPH_NODES_FILE = 'graph-nodes.jsonl.gz';
export const GRAPH_EDGES_FILE = 'graph-edges.jsonl.gz';

/** The Papers with Code views, in the layouts the pwc-* readers read. */
export const PWC_VIEW_FILES = {
  papers: 'papers-with-abstracts.json.gz',
  links: 'links-between-papers-and-code.json.gz',
  evaluationTables: 'evaluation-tables.json.gz',
  methods: 'methods.json.gz',
  datasets: 'datasets.json.gz',
} as const;
export type PwcView = keyof typeof PWC_VIEW_FILES;

export interface ExportManifest {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  /** `kg checksum` of the graph, taken before the export read it. */
  checksum: GraphChecksum;
  /** Lines of graph-nodes.jsonl.gz per label and of graph-edges.jsonl.gz per type. */
  nodes: Record<string, number>;
  edges: Record<string, number>;
  /** Records per PwC view file; a view with none is not written (the PwC readers refuse an empty dump). */
  views: Partial<Record<PwcView, number>>;
}
