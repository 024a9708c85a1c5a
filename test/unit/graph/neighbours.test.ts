import { afterEach, describe, expect, it } from 'vitest';
import { hopPages, hopPagesQuery, type Hop } from '../../../src/graph/neighbours.js';
import { forReview } from '../../support/cypher-snapshots.js';
import { RecordingDatabase } from '../../support/recording-db.js';

const paperMethods: Hop = { from: 'Paper', types: ['PROPOSES', 'MENTIONS'], direction: 'out', to: ['Method'] };
const benchmarkPapers: Hop = { from: 'Benchmark', types: ['PROPOSES', 'MENTIONS', 'EVALUATES_ON'], direction: 'in', to: ['Paper'] };
const methodRepos: Hop = { from: 'Method', types: ['IMPLEMENTED_IN'], direction: 'out', to: ['Repo'] };

describe('hopPagesQuery: relationship pages of many parents at once', () => {
  it("pages a paper's methods by name, with the total and the evidence of the paper itself", () => {
    expect(forReview(hopPagesQuery(paperMethods, ['paper:a', 'paper:b'], { offset: 0, limit: 10, links: 'evidence' }))).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS id
      MATCH (n:Paper {id: id})
      CALL (n) {
        MATCH (n)-[r:PROPOSES|MENTIONS]->(m:Method) RETURN count(DISTINCT m) AS total
      }
      CALL (n) {
        MATCH (n)-[r:PROPOSES|MENTIONS]->(m:Method)
        WITH DISTINCT m
        ORDER BY toLower(m.name), m.id
        SKIP $offset LIMIT $size
        RETURN collect(m) AS page
      }
      CALL (n, page) {
        UNWIND range(0, size(page) - 1) AS i
        WITH page[i] AS m, i
        MATCH (n)-[r:PROPOSES|MENTIONS]->(m)
        WITH i, m, collect(r) AS rels
        ORDER BY i
        RETURN collect({
          node: m {label: head(labels(m)), .id, .name, .fullName, .sources, .introducedYear},
          relations: [x IN rels | type(x)],
          evidence: [x IN rels WHERE x.evidence IS NOT NULL | {sentence: x.evidence, extractor: x.extractor, confidence: x.confidence, paperId: n.id}],
          sources: [x IN rels WHERE x.source IS NOT NULL | x.source],
          official: head([x IN rels WHERE x.official IS NOT NULL | x.official]),
          framework: head([x IN rels WHERE x.framework IS NOT NULL | x.framework]),
          mentionedInPaper: head([x IN rels WHERE x.mentionedInPaper IS NOT NULL | x.mentionedInPaper]),
          mentionedInGithub: head([x IN rels WHERE x.mentionedInGithub IS NOT NULL | x.mentionedInGithub])
        }) AS items
      }
      RETURN id AS key, total, items",
        "params": {
          "ids": [
            "paper:a",
            "paper:b",
          ],
          "offset": int(0),
          "size": int(11),
        },
      }
    `);
  });

  it("pages a benchmark's papers newest first, leaving out the count nobody asked for", () => {
    expect(forReview(hopPagesQuery(benchmarkPapers, ['benchmark:mt-bench'], { offset: 20, limit: 20, total: false }))).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS id
      MATCH (n:Benchmark {id: id})
      CALL (n) {
        RETURN 0 AS total
      }
      WITH id, n, total, COUNT { (n)<-[:PROPOSES|MENTIONS|EVALUATES_ON]-() } AS degree
      WITH id, n, total, degree * degree > $indexWalkFactor * COUNT { (:Paper) } * ($offset + $size) AS walk
      CALL (n, walk) {
        // The bound is null (the seek finds nothing) unless the walk pays: a WHERE on \`walk\`
        // alone would be planned after the index scan, scanning it to its end for a small node.
        MATCH (m:Paper) WHERE m.publishedAt >= CASE WHEN walk THEN '' END AND EXISTS { (n)<-[:PROPOSES|MENTIONS|EVALUATES_ON]-(m) }
        WITH m ORDER BY m.publishedAt DESC, m.id
        LIMIT $offset + $size
        RETURN collect(m) AS dated
      }
      CALL (n, walk, dated) {
        WITH n WHERE NOT walk OR size(dated) < $offset + $size
        MATCH (n)<-[r:PROPOSES|MENTIONS|EVALUATES_ON]-(m:Paper) WHERE NOT walk OR m.publishedAt IS NULL
        WITH DISTINCT m
        ORDER BY m.publishedAt IS NULL, m.publishedAt DESC, m.id
        LIMIT $offset + $size
        RETURN collect(m) AS rest
      }
      WITH id, n, total, (dated + rest)[$offset..$offset + $size] AS page
      CALL (n, page) {
        UNWIND range(0, size(page) - 1) AS i
        WITH page[i] AS m, i
        ORDER BY i
        RETURN collect({
          node: m {label: head(labels(m)), .id, .title, .arxivId, .url, .urlAbs, .urlPdf, .publishedAt, .year, .sources}
        }) AS items
      }
      RETURN id AS key, total, items",
        "params": {
          "ids": [
            "benchmark:mt-bench",
          ],
          "indexWalkFactor": 8,
          "offset": int(20),
          "size": int(21),
        },
      }
    `);
  });

  it("orders repositories by URL and takes a link's paper from the relationship", () => {
    const { cypher } = hopPagesQuery(methodRepos, ['method:lora'], { offset: 0, limit: 5, links: 'evidence' });
    expect(cypher).toContain('ORDER BY m.id');
    expect(cypher).toContain('paperId: x.paper');
  });
});

describe('hopPages: a role narrows the hop', () => {
  let db: RecordingDatabase | undefined;
  afterEach(() => db?.close());

  it('sends only the relationship types asked for, within those of the hop', async () => {
    db = new RecordingDatabase();
    await hopPages(db, benchmarkPapers, ['benchmark:mt-bench'], { types: ['EVALUATES_ON', 'HAS_CODE'], offset: 0, limit: 5 });
    expect(db.statements).toEqual([hopPagesQuery({ ...benchmarkPapers, types: ['EVALUATES_ON'] }, ['benchmark:mt-bench'], { offset: 0, limit: 5 })]);
  });

  it('sends nothing when no type of the hop is asked for', async () => {
    db = new RecordingDatabase();
    const pages = await hopPages(db, benchmarkPapers, ['benchmark:a', 'benchmark:b'], { types: ['HAS_CODE'], offset: 0, limit: 5 });
    expect(db.statements).toEqual([]);
    expect(pages).toEqual([{ total: 0, items: [] }, { total: 0, items: [] }]);
  });
});
