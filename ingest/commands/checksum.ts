import type { Command } from 'commander';
import { loadConfig, loadDotEnv } from '../../src/config.js';

/** `kg checksum`: a fingerprint of the graph's whole content, to compare two ingests. */
export function registerChecksumCommand(program: Command): void {
  program
    .command('checksum')
    .description('print node and relationship counts and a sha256 over all ids and properties (order-independent)')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      loadDotEnv();
      const [{ connect }, { graphChecksum }] = await Promise.all([import('../../src/db/connect.js'), import('../../src/db/checksum.js')]);
      const connection = await connect(loadConfig().neo4j, (message) => console.error(message));
      try {
        const sum = await graphChecksum(connection.db);
        console.log(options.json ? JSON.stringify(sum) : `nodes ${sum.nodes}  relationships ${sum.relationships}  sha256 ${sum.sha256}`);
      } finally {
        await connection.close();
      }
    });
}
