import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS } from '../../src/default-corpus.js';
import { ingestFiles, papersOnly } from '../../ingest/ingest-files.js';
import { connectTestDb, resetGraph } from '../support/test-db.js';

const { db, close } = connectTestDb();

async function graphShape() {
  const nodes = await db.read('MATCH (n) RETURN labels(n)[0] AS label, count(*) AS n ORDER BY label');
  const edges = await db.read('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type');
  return { nodes, edges };
}

describe('ingesting the default corpus into Neo4j (papers, repos, HAS_CODE)', () => {
  beforeAll(async () => {
    await resetGraph(db);
    await ingestFiles(db, [DEFAULT_CORPUS], papersOnly);
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

  it('gives the same graph on a rerun: no duplicates', async () => {
    const before = await graphShape();
    await ingestFiles(db, [DEFAULT_CORPUS], papersOnly);
    expect(await graphShape()).toEqual(before);
  });
});
