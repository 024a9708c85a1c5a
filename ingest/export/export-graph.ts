import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Database } from '../../src/db/database.js';
import { graphChecksum } from '../../src/db/checksum.js';
import { UserError } from '../../core/user-error.js';
import { writeGraphDump, type Progress } from './graph-dump.js';
import { EXPORT_FORMAT, EXPORT_VERSION, MANIFEST_FILE, type ExportManifest } from './manifest.js';
import { writeMethodsView, writeDatasetsView } from './pwc-entity-views.js';
import { writeEvaluationTablesView } from './pwc-evaluation-tables-view.js';
import { writePaperViews } from './pwc-paper-views.js';

/**
 * `kg export DIR`: the whole graph as files, page by page (memory stays at a page whatever the
 * graph's size): the open dump (every node and relationship), the five Papers with Code views,
 * and the manifest, last. The checksum is taken first: a graph written to during the export
 * gives a manifest whose checksum a re-ingest will not reproduce, which is how it shows.
 */
export async function exportGraph(db: Database, dir: string, progress: Progress = () => {}): Promise<ExportManifest> {
  prepareDirectory(dir);
  progress('checksum of the graph');
  const checksum = await graphChecksum(db);
  const dump = await writeGraphDump(db, dir, progress);
  const { papers, links } = await writePaperViews(db, dir, progress);
  const evaluationTables = await writeEvaluationTablesView(db, dir, progress);
  const methods = await writeMethodsView(db, dir, progress);
  const datasets = await writeDatasetsView(db, dir, progress);
  const views = Object.fromEntries(Object.entries({ papers, links, evaluationTables, methods, datasets }).filter(([, count]) => count > 0));
  const manifest: ExportManifest = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date().toISOString(),
    checksum,
    nodes: sortedCounts(dump.nodes),
    edges: sortedCounts(dump.edges),
    views,
  };
  writeFileSync(path.join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, { flag: 'wx' });
  return manifest;
}

/** An export goes into a new or empty directory: never over another export's files. */
function prepareDirectory(dir: string): void {
  mkdirSync(dir, { recursive: true });
  if (readdirSync(dir).length > 0) throw new UserError(`${dir}: not empty; kg export writes into a new or empty directory`);
}

function sortedCounts(counts: Record<string, number | undefined>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(counts)
      .filter((entry): entry is [string, number] => entry[1] !== undefined)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}
