import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../ingest/ingest-files.js';
import { graphChecksum } from '../../src/db/checksum.js';
import { loadFixtureGraph } from '../support/fixture-graph.js';
import { connectTestDb, resetGraph } from '../support/test-db.js';

/**
 * `graphChecksum` pages through the id indexes instead of sorting the whole graph; this checks
 * that the pages hash the same sequence as the one whole-graph sort they replace, on a graph
 * whose relationships start from every kind of node.
 */
const FILES = ['data/pwc-evaluation-tables/snli.json', 'data/pwc-evaluation-tables/eff.json', 'test/fixtures/pwc/papers-with-abstracts.json', 'test/fixtures/pwc/links-between-papers-and-code.json', 'test/fixtures/pwc/methods.json'];

const { db, close } = connectTestDb();

/** The definition the paged checksum must agree with: one ORDER BY over everything. */
async function sortedWholeGraphHash(): Promise<string> {
  const hash = createHash('sha256');
  for (const row of await db.read('MATCH (n) WITH n ORDER BY labels(n)[0], n.id RETURN labels(n) AS labels, properties(n) AS props')) {
    hash.update(`N ${canonical([...(row.labels as string[])].sort())} ${canonical(row.props)}\n`);
  }
  for (const row of await db.read(
    `MATCH (a)-[r]->(b) WITH a, r, b ORDER BY a.id, type(r), b.id, r.key
     RETURN labels(a)[0] + ':' + a.id AS from, type(r) AS type, labels(b)[0] + ':' + b.id AS to, properties(r) AS props`,
  )) {
    hash.update(`R ${row.from} ${row.type} ${row.to} ${canonical(row.props)}\n`);
  }
  return hash.digest('hex');
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).sort().join(',')}]`;
  if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    return `{${Object.keys(object).sort().map((k) => `${JSON.stringify(k)}:${canonical(object[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

describe('graphChecksum', () => {
  beforeAll(async () => {
    await resetGraph(db);
    await loadFixtureGraph(db);
    await ingestFiles(db, FILES);
  }, 240_000);
  afterAll(close);

  it('hashes what one sort of the whole graph hashes, and counts every node and relationship', async () => {
    const sum = await graphChecksum(db);
    const stored = await db.read('MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships');
    expect(sum.nodes).toBe(Number(stored[0]!.nodes));
    expect(sum.relationships).toBe(Number(stored[0]!.relationships));
    expect(sum.relationships).toBeGreaterThan(100);
    expect(sum.sha256).toBe(await sortedWholeGraphHash());
  });

  it('changes when one property of one relationship changes', async () => {
    const before = await graphChecksum(db);
    await db.write("MATCH ()-[r:EVALUATED_ON]->() WITH r LIMIT 1 SET r.checksumProbe = 'x'");
    expect((await graphChecksum(db)).sha256).not.toBe(before.sha256);
  });

  it('refuses a graph holding a node it cannot hash rather than leaving it out', async () => {
    await db.write("CREATE (:Undeclared {id: 'x'})");
    await expect(graphChecksum(db)).rejects.toThrow(/holds \d+ nodes, of which \d+ have a declared label/);
  });
});
