import type { Command } from 'commander';
import { loadConfig, loadDotEnv } from '../../src/config.js';

/** `kg backup FILE` and `kg restore FILE`: offline dump and load of the local Neo4j. */
export function registerBackupCommands(program: Command): void {
  const log = (message: string) => console.error(message);
  program
    .command('backup')
    .description('dump the local Neo4j database into FILE (neo4j-admin database dump; the server is stopped for it and started again)')
    .argument('<file>', 'the dump file to write (must not exist)')
    .action(async (file: string) => {
      loadDotEnv();
      const { backupLocalNeo4j } = await import('../../src/db/backup.js');
      const result = await backupLocalNeo4j(loadConfig().neo4j, file, log);
      console.log(`backed up to ${result.file} (${(result.bytes / 1e6).toFixed(1)} MB) in ${result.seconds.toFixed(1)} s`);
    });
  program
    .command('restore')
    .description('replace the local Neo4j database with a dump made by kg backup (neo4j-admin database load), then start it')
    .argument('<file>', 'a dump file written by kg backup')
    .action(async (file: string) => {
      loadDotEnv();
      const { restoreLocalNeo4j } = await import('../../src/db/backup.js');
      const result = await restoreLocalNeo4j(loadConfig().neo4j, file, log);
      console.log(`restored ${file} in ${result.seconds.toFixed(1)} s; the local Neo4j is running`);
    });
}
