import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';

/**
 * The `kg` command as users run it: the compiled CLI (`dist/ingest/cli.js`, the package's bin),
 * compiled again with tsconfig.build.json when any source under core/, src/ or ingest/ is newer
 * than it, so a benchmark never measures stale code.
 */
export const BUILT_CLI = path.join(PROJECT_ROOT, 'dist', 'ingest', 'cli.js');
const SOURCE_DIRS = ['core', 'src', 'ingest'];

export function ensureBuiltCli(log: (message: string) => void): string {
  const builtAt = existsSync(BUILT_CLI) ? statSync(BUILT_CLI).mtimeMs : 0;
  if (SOURCE_DIRS.some((dir) => newestSource(path.join(PROJECT_ROOT, dir)) > builtAt)) {
    log('compiling the CLI (tsc -p tsconfig.build.json): a source is newer than dist/');
    const tsc = path.join(PROJECT_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    execFileSync(process.execPath, [tsc, '-p', path.join(PROJECT_ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
  }
  return BUILT_CLI;
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}
