import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { backupLocalNeo4j, restoreLocalNeo4j } from '../../src/db/backup.js';
import { graphChecksum } from '../../src/db/checksum.js';
import { Database } from '../../src/db/database.js';
import { createDriver } from '../../src/db/driver.js';
import { localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from '../../src/db/local-neo4j.js';
import { applySchema } from '../../src/db/migrations.js';
import { loadFixtureGraph } from '../support/fixture-graph.js';
import { freePort } from '../support/free-port.js';

// A Neo4j of this file's own: backup and restore stop the server, which the shared test database must not be.
const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-backup-'));
let config: ReturnType<typeof loadConfig>['neo4j'];

async function withDb<T>(work: (db: Database) => Promise<T>): Promise<T> {
  const driver = createDriver(config);
  try {
    return await work(new Database(driver, config.database, config.queryTimeoutMs));
  } finally {
    await driver.close();
  }
}

describe('kg backup and kg restore', () => {
  beforeAll(async () => {
    config = loadConfig({ ...process.env, NEO4J_URI: `bolt://127.0.0.1:${await freePort()}`, NEO4J_DATA_DIR: path.join(dir, 'home'), NEO4J_PASSWORD: undefined }).neo4j;
    await startLocalNeo4j(config);
  });
  afterAll(async () => {
    await stopLocalNeo4j(config);
    rmSync(dir, { recursive: true, force: true });
  });

  it('restores the graph a backup was made of, with the server running again after each', { timeout: 300_000 }, async () => {
    const before = await withDb(async (db) => {
      await applySchema(db);
      await loadFixtureGraph(db);
      return graphChecksum(db);
    });
    expect(before.nodes).toBeGreaterThan(0);
    const file = path.join(dir, 'graph.dump');
    const backup = await backupLocalNeo4j(config, file);
    expect(backup.bytes).toBeGreaterThan(0);
    expect((await localNeo4jStatus(config)).boltAnswers).toBe(true);

    await withDb((db) => db.write('MATCH (n) DETACH DELETE n'));
    expect((await withDb(graphChecksum)).nodes).toBe(0);

    await restoreLocalNeo4j(config, file);
    expect((await localNeo4jStatus(config)).boltAnswers).toBe(true);
    expect(await withDb(graphChecksum)).toEqual(before);
  });

  it('never overwrites a file, and says so', async () => {
    const file = path.join(dir, 'graph.dump');
    expect(existsSync(file)).toBe(true);
    await expect(backupLocalNeo4j(config, file)).rejects.toThrow(/exists already/);
    await expect(restoreLocalNeo4j(config, path.join(dir, 'missing.dump'))).rejects.toThrow(/no such backup file/);
  });

  it('refuses a remote database with what to do instead', async () => {
    const remote = { ...config, uri: 'neo4j+s://example.databases.neo4j.io' };
    await expect(backupLocalNeo4j(remote, path.join(dir, 'x.dump'))).rejects.toThrow(/not the local Neo4j.*Aura/);
  });
});
