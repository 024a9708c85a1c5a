import { copyFileSync, existsSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { isLoopbackUri, type Neo4jConfig } from '../config.js';
import { LocalNeo4jError, localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from './local-neo4j.js';
import { runNeo4jAdmin } from './neo4j-admin.js';

type Log = (message: string) => void;

export interface BackupResult {
  file: string;
  bytes: number;
  seconds: number;
}

/**
 * `kg backup FILE`: an offline dump of the local Neo4j's database (`neo4j-admin database dump`)
 * into FILE. A running server is stopped for the dump and started again after it.
 */
export async function backupLocalNeo4j(config: Neo4jConfig, file: string, log: Log = () => {}): Promise<BackupResult> {
  checkLocal(config);
  const target = path.resolve(file);
  if (existsSync(target)) throw new LocalNeo4jError(`${file} exists already; give a new file name (a backup never overwrites one)`);
  const workDir = mkdtempSync(path.join(path.dirname(target), '.backup-'));
  try {
    const result = await whileStopped(config, log, () => runNeo4jAdmin(config.dataDir, ['database', 'dump', config.database, `--to-path=${workDir}`]));
    renameSync(path.join(workDir, `${config.database}.dump`), target);
    return { file: target, bytes: statSync(target).size, seconds: result.seconds };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

/**
 * `kg restore FILE`: replaces the local Neo4j's database with a dump made by `kg backup`
 * (`neo4j-admin database load --overwrite-destination`), then starts the server again.
 */
export async function restoreLocalNeo4j(config: Neo4jConfig, file: string, log: Log = () => {}): Promise<{ seconds: number }> {
  checkLocal(config);
  const source = path.resolve(file);
  if (!existsSync(source)) throw new LocalNeo4jError(`${file}: no such backup file`);
  // load reads `<database>.dump` from a folder: give it one that holds only this file.
  const workDir = mkdtempSync(path.join(path.dirname(source), '.restore-'));
  try {
    copyFileSync(source, path.join(workDir, `${config.database}.dump`));
    const result = await whileStopped(
      config,
      log,
      () => runNeo4jAdmin(config.dataDir, ['database', 'load', config.database, `--from-path=${workDir}`, '--overwrite-destination=true']),
      true,
    );
    return { seconds: result.seconds };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

function checkLocal(config: Neo4jConfig): void {
  if (!isLoopbackUri(config.uri)) {
    throw new LocalNeo4jError(
      `NEO4J_URI ${config.uri} is not the local Neo4j: back up a remote server with neo4j-admin on its own host, or Aura with its snapshots (see the README)`,
    );
  }
}

/** Runs `work` with the local server stopped; starts it again if it ran before (or `startAfter`). */
async function whileStopped<T>(config: Neo4jConfig, log: Log, work: () => Promise<T>, startAfter = false): Promise<T> {
  const wasRunning = (await localNeo4jStatus(config)).running;
  if (wasRunning) await stopLocalNeo4j(config, log);
  try {
    return await work();
  } finally {
    if (wasRunning || startAfter) await startLocalNeo4j(config, log);
  }
}
