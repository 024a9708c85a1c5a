#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { registerBackupCommands } from './commands/backup.js';
import { registerChecksumCommand } from './commands/checksum.js';
import { registerExportCommand } from './commands/export.js';
import { registerExtractCommand } from './commands/extract.js';
import { registerIngestCommand } from './commands/ingest.js';
import { userMessage } from '../core/user-error.js';

/**
 * `kg`: the ingest command line. Each subcommand lives in ingest/commands/ and imports its work
 * (and with it neo4j-driver) when it runs: loading the driver cost every `kg extract` and
 * `kg --help` a tenth of a second.
 */
const program = new Command('kg')
  .description('research knowledge graph: extract papers, methods, datasets, benchmarks and code into Neo4j')
  .showHelpAfterError()
  .exitOverride();

registerIngestCommand(program);
registerExtractCommand(program);
registerChecksumCommand(program);
registerExportCommand(program);
registerBackupCommands(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof CommanderError) process.exit(error.exitCode);
  const message = userMessage(error);
  if (message === undefined) throw error;
  console.error(`error: ${message}`);
  process.exit(1);
});
