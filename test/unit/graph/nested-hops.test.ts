import { afterEach, describe, expect, it } from 'vitest';
import { hopPagesQuery, type Hop, type LinkPage } from '../../../src/graph/neighbours.js';
import { linkPageOf, nestedHopPages, nestedHopPagesQuery, type NestedHop } from '../../../src/graph/nested-hops.js';
import { NOT_READ } from '../../../src/graph/rows.js';
import { forReview } from '../../support/cypher-snapshots.js';
import { RecordingDatabase } from '../../support/recording-db.js';

const benchmarkPapers: Hop = { from: 'Benchmark', types: ['PROPOSES', 'MENTIONS', 'EVALUATES_ON'], direction: 'in', to: ['Paper'] };
const paperMethods: Hop = { from: 'Paper', types: ['PROPOSES', 'MENTIONS'], direction: 'out', to: ['Method'] };
const methodRepos: Hop = { from: 'Method', types: ['IMPLEMENTED_IN'], direction: 'out', to: ['Repo'] };

/** The bench's nested3 shape under a benchmark's papers: methods(first: 5) { repos(first: 3) }. */
const methodsWithRepos: NestedHop = {
  hop: paperMethods,
  offset: 0,
  limit: 5,
  total: false,
  children: [{ hop: methodRepos, offset: 3, limit: 3, total: true, children: [] }],
};

describe('nestedHopPagesQuery: hop connections nested under a hop, in its statement', () => {
  it('is the single-hop statement when nothing is nested', () => {
    expect(nestedHopPagesQuery(benchmarkPapers, ['benchmark:a'], { offset: 0, limit: 10, total: true }, [])).toEqual(
      hopPagesQuery(benchmarkPapers, ['benchmark:a'], { offset: 0, limit: 10, total: true }),
    );
  });

  it("compiles a benchmark's papers, their methods and those methods' repos into one statement", () => {
    expect(forReview(nestedHopPagesQuery(benchmarkPapers, ['benchmark:mt-bench'], { offset: 0, limit: 10, total: true }, [methodsWithRepos]))).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS id
      MATCH (n:Benchmark {id: id})
      CALL (n) {
        MATCH (n)<-[r:PROPOSES|MENTIONS|EVALUATES_ON]-(m:Paper) RETURN count(DISTINCT m) AS total
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
        OPTIONAL CALL (m, i) {
        WITH m AS n WHERE i < $size - 1
        CALL (n) {
        RETURN 0 AS total
      }
      CALL (n) {
        MATCH (n)-[r:PROPOSES|MENTIONS]->(m:Method)
        WITH DISTINCT m
        ORDER BY toLower(m.name), m.id
        SKIP $h0_offset LIMIT $h0_size
        RETURN collect(m) AS page
      }
      CALL (n, page) {
        UNWIND range(0, size(page) - 1) AS i
        WITH page[i] AS m, i
        OPTIONAL CALL (m, i) {
        WITH m AS n WHERE i < $h0_size - 1
        CALL (n) {
        MATCH (n)-[r:IMPLEMENTED_IN]->(m:Repo) RETURN count(DISTINCT m) AS total
      }
      CALL (n) {
        MATCH (n)-[r:IMPLEMENTED_IN]->(m:Repo)
        WITH DISTINCT m
        ORDER BY m.id
        SKIP $h0_0_offset LIMIT $h0_0_size
        RETURN collect(m) AS page
      }
      CALL (n, page) {
        UNWIND range(0, size(page) - 1) AS i
        WITH page[i] AS m, i
        ORDER BY i
        RETURN collect({
          node: m {label: head(labels(m)), .id, .url, .host, .owner, .name, .sources}
        }) AS items
      }
        RETURN {total: total, items: items} AS h0_0
      }
        WITH i, m, h0_0
        ORDER BY i
        RETURN collect({
          node: m {label: head(labels(m)), .id, .name, .fullName, .sources, .introducedYear},
          h0_0: h0_0
        }) AS items
      }
        RETURN {total: total, items: items} AS h0
      }
        WITH i, m, h0
        ORDER BY i
        RETURN collect({
          node: m {label: head(labels(m)), .id, .title, .arxivId, .url, .urlAbs, .urlPdf, .publishedAt, .year, .sources},
          h0: h0
        }) AS items
      }
      RETURN id AS key, total, items",
        "params": {
          "h0_0_offset": int(3),
          "h0_0_size": int(4),
          "h0_offset": int(0),
          "h0_size": int(6),
          "ids": [
            "benchmark:mt-bench",
          ],
          "indexWalkFactor": 8,
          "offset": int(0),
          "size": int(11),
        },
      }
    `);
  });

  it('gives each nested level its own page parameters and keeps the walk factor when only a nested hop needs it', () => {
    const { params } = nestedHopPagesQuery(paperMethods, ['paper:a'], { offset: 0, limit: 2, total: false }, [
      { hop: { from: 'Method', types: ['PROPOSES', 'MENTIONS'], direction: 'in', to: ['Paper'] }, offset: 0, limit: 4, total: false, children: [] },
      { hop: methodRepos, offset: 2, limit: 1, total: false, children: [] },
    ]);
    expect(Object.keys(params).sort()).toEqual(['h0_offset', 'h0_size', 'h1_offset', 'h1_size', 'ids', 'indexWalkFactor', 'offset', 'size']);
    expect(String(params.h0_size)).toBe('5');
    expect(String(params.h1_offset)).toBe('2');
  });
});

describe('nestedHopPages: the pages under each neighbour', () => {
  let db: RecordingDatabase | undefined;
  afterEach(() => db?.close());

  const node = (label: string, id: string, extra: Record<string, unknown> = {}) => ({ label, id, ...extra });
  const link = (item: Record<string, unknown>, nested: Record<string, unknown> = {}) => ({
    node: item,
    relations: ['MENTIONS'],
    evidence: [],
    sources: ['fixture', 'fixture'],
    official: null,
    framework: null,
    mentionedInPaper: null,
    mentionedInGithub: null,
    ...nested,
  });

  it('reads each level, a page for every shown neighbour and none for the row past the page', async () => {
    const repos = { total: 1, items: [link(node('Repo', 'https://github.com/a/b', { url: 'https://github.com/a/b' }))] };
    db = new RecordingDatabase(() => [
      {
        key: 'benchmark:b',
        total: 2,
        items: [
          link(node('Paper', 'paper:p', { title: 'P' }), { h0: { total: 1, items: [link(node('Method', 'method:m', { name: 'M' }), { h0_0: repos })] } }),
          link(node('Paper', 'paper:q', { title: 'Q' }), { h0: null }),
        ],
      },
    ]);
    const [page, missing] = await nestedHopPages(db, benchmarkPapers, ['benchmark:b', 'benchmark:none'], { offset: 0, limit: 1, total: true }, [methodsWithRepos]);
    expect(page!.total).toBe(2);
    expect(page!.items.map((item) => item.node.id)).toEqual(['paper:p', 'paper:q']);
    const methods = page!.items[0]!.children[0]!;
    expect(methods.items[0]!.node).toMatchObject({ label: 'Method', name: 'M' });
    expect(methods.items[0]!.facts).toMatchObject({ sources: ['fixture'] });
    expect(methods.items[0]!.children[0]!.items[0]!.node).toMatchObject({ label: 'Repo', url: 'https://github.com/a/b' });
    expect(page!.items[1]!.children).toEqual([undefined]);
    expect(missing).toEqual({ total: 0, items: [] });
  });

  it('sends nothing for a hop without types', async () => {
    db = new RecordingDatabase();
    const pages = await nestedHopPages(db, { ...benchmarkPapers, types: [] }, ['benchmark:a'], { offset: 0, limit: 5, total: true }, [methodsWithRepos]);
    expect(db.statements).toEqual([]);
    expect(pages).toEqual([{ total: 0, items: [] }]);
  });
});

describe('linkPageOf: a kept page back as links of its own labels', () => {
  it('refuses a node of another label', () => {
    const page: LinkPage = { total: 1, items: [{ node: { label: 'Repo' as const, id: 'r', url: 'r', host: '', owner: '', name: '', sources: [] }, facts: NOT_READ }] };
    expect(linkPageOf(page, ['Repo']).items[0]!.node.url).toBe('r');
    expect(() => linkPageOf(page, ['Method'])).toThrow('expected a Method node, got Repo');
  });
});
