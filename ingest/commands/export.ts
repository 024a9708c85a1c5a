import type { Command } from 'commander';
import { loadConfig, loadDotEnv } from '../../src/config.js';

/**
 * Per read, for the export's reads: NEO4J_QUERY_TIMEOUT_MS bounds the API's reads (10 s by
 * default), while the export is a batch job whose checksum step sorts the whole graph per page.
 */
const EXPORT_READ_TIMEOUT_MS = 600_000;

/** `kg export DIR`: the graph as Papers with Code dumps plus an open dump of every node and edge. */
export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description('write the whole graph to DIR: the five Papers with Code dumps (gzip), every node and edge as JSON lines, and a manifest with its checksum; `kg ingest DIR` loads it back')
    .argument('<dir>', 'a new or empty directory')
    .action(async (dir: string) => {
      loadDotEnv();
      const [{ connect }, { exportGraph }] = await Promise.all([import('../../src/db/connect.js'), import('../export/export-graph.js')]);
      const config = loadConfig().neo4j;
      const connection = await connect({ ...config, queryTimeoutMs: Math.max(config.queryTimeoutMs, EXPORT_READ_TIMEOUT_MS) }, (message) => console.error(message));
      try {
        let last = 0;
        const manifest = await exportGraph(connection.db, dir, (message) => {
          // A line a second at most: a million nodes are hundreds of pages.
          const now = performance.now();
          if (now - last < 1000) return;
          last = now;
          console.error(`export: ${message}`);
        });
        const total = (counts: Record<string, number>) => Object.values(counts).reduce((sum, n) => sum + n, 0);
        console.log(`exported ${total(manifest.nodes)} nodes and ${total(manifest.edges)} relationships to ${dir}`);
        console.log(`  views: ${Object.entries(manifest.views).map(([view, n]) => `${view} ${n}`).join(', ') || 'none'}`);
        console.log(`  sha256 ${manifest.checksum.sha256}`);
      } finally {
        await connection.close();
      }
    });
}
