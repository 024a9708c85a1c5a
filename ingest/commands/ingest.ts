import { Option, type Command } from 'commander';
import { loadConfig, loadDotEnv } from '../../src/config.js';
import type { IngestSummary } from '../ingest-files.js';
import { FORMATS } from '../sources/formats.js';
import type { WrittenKinds } from '../load/graph-sink.js';
import { NODE_TYPES } from '../../core/node-types.js';
import { toPositiveInt, toWholeNumber } from './number-options.js';
import { papersProgress } from './papers-progress.js';

/** `kg ingest FILE...`: extract and load into Neo4j, with progress on a TTY and a summary. */
export function registerIngestCommand(program: Command): void {
  program
    .command('ingest')
    .description('read files, extract entities and relations, and load them into Neo4j (idempotent: a rerun changes nothing)')
    .argument('<files...>', 'input files (.txt, .jsonl, .json, .json.gz)')
    .addOption(new Option('--format <name>', 'input format for every file (default: detected per file)').choices(FORMATS.map((f) => f.name)))
    .option('--skip-invalid', 'skip bad records and count them, instead of stopping at the first', false)
    .option('--batch-size <rows>', 'nodes and edges per write transaction', toPositiveInt, 20000)
    .option('--workers <n>', 'extraction worker threads; 0 extracts on the main thread (default: one per core while reading, one per core but one while writing; with --bulk, one per core but one)', toWholeNumber)
    .option('--bulk <dir>', 'for very large corpora: write CSV files to DIR and load them with neo4j-admin import into the local Neo4j, which must be stopped; REPLACES its database')
    .action(async (files: string[], options: { format?: string; skipInvalid: boolean; batchSize: number; workers?: number; bulk?: string }) => {
      loadDotEnv();
      const config = loadConfig();
      if (options.bulk) {
        const { bulkImport } = await import('../bulk/bulk-import.js');
        const summary = await bulkImport(files, options.bulk, {
          config: config.neo4j,
          ...(options.format ? { format: options.format } : {}),
          skipInvalid: options.skipInvalid,
          ...(options.workers !== undefined ? { workers: options.workers } : {}),
          log: (message) => console.error(message),
        });
        console.log(formatSummary(summary));
        console.log(`  extraction ${summary.pass1Seconds.toFixed(1)} s, CSV ${summary.csvSeconds.toFixed(1)} s, neo4j-admin import ${summary.importSeconds.toFixed(1)} s; start Neo4j again with npm run db:start`);
        return;
      }
      const [{ connect }, { ingestFiles }] = await Promise.all([import('../../src/db/connect.js'), import('../ingest-files.js')]);
      const connection = await connect(config.neo4j, (message) => console.error(message));
      const bar = papersProgress('read ');
      try {
        const summary = await ingestFiles(connection.db, files, {
          ...(options.format ? { format: options.format } : {}),
          skipInvalid: options.skipInvalid,
          batchRows: options.batchSize,
          ...(options.workers !== undefined ? { workers: options.workers } : {}),
          onProgress: ({ phase, papers }) => bar?.update(papers, phase === 'read' ? 'read ' : 'write'),
        });
        bar?.stop();
        console.log(formatSummary(summary));
      } finally {
        bar?.stop();
        await connection.close();
      }
    });
}

export function formatSummary(summary: IngestSummary): string {
  const list = (counts: Record<string, number | undefined>) =>
    Object.entries(counts)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `${k} ${v}`)
      .join(', ') || 'none';
  const rate = Math.round(summary.papers / Math.max(summary.seconds, 0.001));
  const lines = [`ingested in ${summary.seconds.toFixed(1)} s; paper text extracted from ${summary.papers} papers (${rate} papers/s)`];
  lines.push(...writtenKindLines(summary.written).map((line) => `  ${line}`));
  lines.push(`  edges written: ${list(summary.edges)}`);
  const passed = Object.entries(summary.passedOver).sort(([a], [b]) => a.localeCompare(b));
  if (passed.length > 0) lines.push(`  passed over: ${passed.map(([what, n]) => `${n} ${what}`).join(', ')}`);
  if (summary.skipped.length > 0) {
    lines.push(`  skipped ${summary.skipped.length} invalid records; first: ${summary.skipped[0]!.message}`);
  }
  return lines.join('\n');
}

/** "papers: 592 from pwc-evaluation-tables", one line per kind, in declaration order. */
export function writtenKindLines(written: WrittenKinds): string[] {
  const lines: string[] = [];
  for (const type of NODE_TYPES) {
    const kind = written[type.label];
    if (!kind) continue;
    const sources = Object.entries(kind.bySource).sort(([a], [b]) => a.localeCompare(b));
    const from = sources.map(([source, n]) => `${n} from ${source}`).join(', ');
    const only = sources.length === 1 && sources[0]![1] === kind.total;
    lines.push(`${type.plural}: ${only ? from : `${kind.total}${from ? ` (${from})` : ''}`}`);
  }
  return lines.length > 0 ? lines : ['nothing written'];
}
