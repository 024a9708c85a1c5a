import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { bulkImport } from '../../ingest/bulk/bulk-import.js';
import { exportGraph } from '../../ingest/export/export-graph.js';
import { graphChecksum, type GraphChecksum } from '../../src/db/checksum.js';
import { Database } from '../../src/db/database.js';
import { DEFAULT_CORPUS, SHIPPED_LEADERBOARDS } from '../../src/default-corpus.js';
import { createDriver } from '../../src/db/driver.js';
import { localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from '../../src/db/local-neo4j.js';
import { applySchema } from '../../src/db/migrations.js';

/**
 * `kg ingest --bulk` of an export directory: the bulk path takes the export as it takes any
 * input, and gives back the graph the export was made of. The graph is made by the bulk path
 * too, since the two writers differ in one documented way (the bulk path stores no empty
 * `aliases`). The bulk import replaces the test Neo4j's database, so this runs only where the
 * tests run a local Neo4j of their own, and leaves it running (and empty) as it found it.
 */
const config = inject('neo4j');
const dir = mkdtempSync(join(tmpdir(), 'kg-export-bulk-'));
const SEED_SLICE = join(dir, 'seed-slice.txt');
const ACL = 'test/fixtures/acl-anthology/2031.tiny.xml';
const DUMPS = ['links-between-papers-and-code', 'methods', 'datasets'].map((name) => `test/fixtures/pwc/${name}.json`);
let local = false;

async function withDb<T>(work: (db: Database) => Promise<T>): Promise<T> {
  const driver = createDriver(config);
  try {
    return await work(new Database(driver, config.database, config.queryTimeoutMs));
  } finally {
    await driver.close();
  }
}

/** A bulk import into the stopped test Neo4j, which is started again whatever happens. */
async function bulk(files: string[], csvDir: string): Promise<GraphChecksum> {
  await stopLocalNeo4j(config);
  try {
    await bulkImport(files, csvDir, { config, workers: 0 });
  } finally {
    await startLocalNeo4j(config);
  }
  return withDb(graphChecksum);
}

describe('kg ingest --bulk of an export', () => {
  beforeAll(async () => {
    local = (await localNeo4jStatus(config)).running;
    writeFileSync(SEED_SLICE, `${readFileSync(DEFAULT_CORPUS, 'utf8').split('\n').slice(0, 60).join('\n')}\n`);
  });
  afterAll(async () => {
    if (local) await withDb(async (db) => {
      await db.write('MATCH (n) DETACH DELETE n');
      await applySchema(db);
    });
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives the checksum of the graph exported', { timeout: 600_000 }, async (context) => {
    if (!local) context.skip();
    const original = await bulk([SEED_SLICE, ...SHIPPED_LEADERBOARDS, ACL, ...DUMPS], join(dir, 'original'));
    expect(original.relationships).toBeGreaterThan(3000);
    const exportDir = join(dir, 'export');
    const manifest = await withDb((db) => exportGraph(db, exportDir));
    expect(manifest.checksum).toEqual(original);
    expect(await bulk([exportDir], join(dir, 'again'))).toEqual(original);
  });
});
