import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The results file both bench commands write: { machine, ingest, queries }. Each command
 * replaces its own section and keeps the other's, so one file can hold a whole run.
 */
export function writeResults(file: string, section: Record<string, unknown>): void {
  const existing = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ ...existing, ...section }, null, 2)}\n`);
}
