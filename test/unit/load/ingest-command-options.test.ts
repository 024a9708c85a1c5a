import { Command, CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { registerIngestCommand } from '../../../ingest/commands/ingest.js';

/** Parses `kg ingest ARGS` up to the action; returns the error commander stops with. */
async function parseError(...args: string[]): Promise<CommanderError> {
  let written = '';
  const program = new Command('kg').exitOverride().configureOutput({ writeErr: (text) => (written += text), writeOut: () => {} });
  registerIngestCommand(program);
  const error = await program.parseAsync(['node', 'kg', 'ingest', ...args]).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof CommanderError)) throw new Error(`expected a usage error, got ${String(error)}`);
  expect(written).toContain(error.message);
  return error;
}

describe('kg ingest options', () => {
  it('refuses a worker count that is not a whole number, naming the option', async () => {
    for (const value of ['-1', '1.5', 'many']) {
      const error = await parseError('--workers', value, 'corpus.jsonl');
      expect(error.code).toBe('commander.invalidArgument');
      expect(error.message).toMatch(/'--workers <n>' argument '.*' is invalid\. expected a whole number \(0 or more\)/);
    }
  });

  it('refuses a batch size below one', async () => {
    const error = await parseError('--batch-size', '0', 'corpus.jsonl');
    expect(error.message).toMatch(/'--batch-size <rows>'.*expected a positive whole number/);
  });
});
