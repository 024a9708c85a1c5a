/** `kg extract` as a process, for the command tests (the real CLI registers the same command). */
import { Command } from 'commander';
import { registerExtractCommand } from '../../../ingest/commands/extract.js';

const program = new Command('kg').exitOverride();
registerExtractCommand(program);
await program.parseAsync(process.argv);
