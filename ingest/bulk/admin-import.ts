import path from 'node:path';
import { runNeo4jAdmin } from '../../src/db/neo4j-admin.js';
import { ARRAY_DELIMITER_OPTION } from './csv-field.js';
import type { Segment } from './csv-tables.js';

/**
 * Runs `neo4j-admin database import full` from the project's Maven jars against a local Neo4j
 * home (as src/db/local-neo4j.ts lays it out: conf/ and data/ under NEO4J_DATA_DIR). The
 * database is replaced whole, so the server must be stopped.
 */

export interface AdminImportOptions {
  /** The Neo4j home: its conf/neo4j.conf names the data directory. */
  home: string;
  database: string;
  nodes: Map<string, Segment[]>;
  relationships: Map<string, Segment[]>;
  /** Off-heap memory the importer may use (its caches); default 2g. */
  offHeap?: string;
  /** Memory for the importer's JVM heap (it works mostly off-heap). */
  heap?: string;
  log?: (line: string) => void;
}

export interface AdminImportResult {
  seconds: number;
  /** The importer's last lines (counts, time). */
  summary: string;
}

export async function runAdminImport(options: AdminImportOptions): Promise<AdminImportResult> {
  const segments = [...options.nodes.values(), ...options.relationships.values()].flat();
  const multiline = segments.filter((s) => s.multiline).map((s) => s.data);
  const args = [
    // The database name first: --nodes takes any number of values and would swallow it.
    'database', 'import', 'full', options.database,
    '--overwrite-destination=true',
    `--array-delimiter=${ARRAY_DELIMITER_OPTION}`,
    // An edge whose endpoint no source created is dropped, as the loader's MATCH drops it.
    '--skip-bad-relationships=true',
    '--skip-bad-entries-logging=true',
    '--bad-tolerance=-1',
    '--verbose',
    `--max-off-heap-memory=${options.offHeap ?? '2g'}`,
    `--report-file=${path.join(options.home, 'logs', 'import.report')}`,
    ...[...options.nodes].flatMap(([label, list]) => list.map((s) => `--nodes=${label}=${s.header},${s.data}`)),
    ...[...options.relationships].flatMap(([group, list]) => list.map((s) => `--relationships=${group.split('|')[0]}=${s.header},${s.data}`)),
    ...(multiline.length > 0 ? ['--multiline-fields-format=v2', `--multiline-fields=${multiline.join(',')}`] : []),
  ];
  const { output, seconds } = await runNeo4jAdmin(options.home, args, { heap: options.heap ?? '1g', ...(options.log ? { log: options.log } : {}) });
  return { seconds, summary: output.slice(-6).join('\n') };
}
