import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS } from '../../src/default-corpus.js';
import { ingestFiles } from '../../ingest/ingest-files.js';
import { graphChecksum } from '../../src/db/checksum.js';
import { graphqlClient } from '../support/graphql.js';
import { connectTestDb, resetGraph } from '../support/test-db.js';

const { db, close } = connectTestDb();

async function graphShape() {
  const nodes = await db.read('MATCH (n) RETURN labels(n)[0] AS label, count(*) AS n ORDER BY label');
  const edges = await db.read('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type');
  return { nodes, edges };
}

describe('ingesting the default corpus into Neo4j', () => {
  beforeAll(async () => {
    await resetGraph(db);
    await ingestFiles(db, [DEFAULT_CORPUS]);
  });
  afterAll(close);

  it('loads 237 papers and one Repo per normalised URL', async () => {
    const [papers] = await db.read('MATCH (p:Paper) RETURN count(p) AS n');
    expect(papers!.n).toBe(237);
    const repos = await db.read('MATCH (r:Repo) RETURN r.id AS id, r.url AS url');
    expect(repos.length).toBeGreaterThan(40);
    for (const repo of repos) {
      expect(repo.url).toMatch(/^https:\/\/[^/]+\/[^/]+\/[^/.]/);
      expect(repo.url).not.toMatch(/\.git$|\/tree\/|[.,)]$/);
      expect(repo.id).toBe((repo.url as string).toLowerCase());
    }
  });

  it('links each repository to its paper with the sentence as evidence', async () => {
    const [row] = await db.read(
      `MATCH (p:Paper)-[r:HAS_CODE]->(repo:Repo {id: 'https://github.com/yeruimeng/wts'}) RETURN p.title AS title, r.evidence AS evidence, r.written AS written`,
    );
    expect(row).toBeDefined();
    expect(row!.evidence).toContain('https://github.com/yeruimeng/WTS.git');
    expect(row!.written).toBe('https://github.com/yeruimeng/WTS.git');
  });

  it('finds DPO with its long form, and DiffPO evaluated on AlpacaEval 2, MT-bench and HH-RLHF with evidence', async () => {
    const [dpo] = await db.read(`MATCH (m:Method {id: 'method:dpo'}) RETURN m.name AS name, m.fullName AS fullName, m.aliases AS aliases`);
    expect(dpo!.name).toBe('DPO');
    expect([dpo!.fullName, ...(dpo!.aliases as string[])]).toContain('Direct Preference Optimization');
    const targets = await db.read(
      `MATCH (m {id: 'method:diffpo'})-[r:EVALUATED_ON]->(t) RETURN t.name AS target, r.evidence AS evidence, r.extractor AS extractor ORDER BY target`,
    );
    // Names compare without case: MT-bench and MT-Bench are one benchmark.
    expect(targets.map((t) => (t.target as string).toLowerCase())).toEqual(expect.arrayContaining(['alpacaeval 2', 'mt-bench', 'hh-rlhf']));
    for (const t of targets) {
      expect(t.evidence).toMatch(/AlpacaEval 2, MT-bench, and HH-RLHF/);
      expect(t.extractor).toBeTruthy();
    }
  });

  it('lists a benchmark whose text-derived results name no metric by paper, counting them all', async () => {
    const [bench] = await db.read(
      `MATCH (b:Benchmark)<-[r:EVALUATED_ON]-() WITH b, count(r) AS n, count(r.metric) AS withMetric
       WHERE n >= 3 AND withMetric = 0 RETURN b.id AS id, n ORDER BY n DESC, id LIMIT 1`,
    );
    expect(bench).toBeDefined();
    const result = await graphqlClient(db)(`query($id: ID!) { benchmark(id: $id) {
      leaderboard(first: 2) { metric rankedBy totalCount entries { value evaluation { paper { key } } } }
    } }`, { id: bench!.id });
    expect(result.errors).toBeUndefined();
    const board = (result.data as any).benchmark.leaderboard;
    expect(board).toMatchObject({ metric: null, rankedBy: 'PAPER', totalCount: bench!.n });
    expect(board.entries).toHaveLength(2);
  });

  it('gives the identical graph on a rerun: no duplicates, same content', async () => {
    const before = await graphShape();
    const checksum = await graphChecksum(db);
    await ingestFiles(db, [DEFAULT_CORPUS]);
    expect(await graphShape()).toEqual(before);
    expect(await graphChecksum(db)).toEqual(checksum);
  });
});
