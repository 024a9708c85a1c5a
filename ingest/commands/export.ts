import type { Command } from 'commander';
import { loadConfig, loadDotEnv } from '../../src/config.js';
import { connect } from '../../src/db/connect.js';
import { exportGraph } from '../export/export-graph.js';

/** `kg export DIR`: the graph as Papers with Code dumps plus an open dump of every node and edge. */
export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description('write the whole graph to DIR: the five Papers with Code dumps (gzip), every node and edge as JSON lines, and a manifest with its checksum; `kg ingest DIR` loads it back')
    .argument('<dir>', 'a new or empty directory')
    .action(async (dir: string) => {
      loadDotEnv();
      const connection = await connect(loadConfig().neo4j, (message) => console.error(message));
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
