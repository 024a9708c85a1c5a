import { describe, expect, it } from 'vitest';
import { countNodesQuery, listNodesQuery } from '../../../src/graph/node-lists.js';
import { forReview } from '../../support/cypher-snapshots.js';

const byName = { field: 'NAME', descending: false } as const;

describe('listNodesQuery: the root plurals with where and orderBy', () => {
  it('lists an entity label by name when nothing is filtered', () => {
    expect(forReview(listNodesQuery('Method', {}, byName, 0, 20))).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (n:Method)
      WITH n, toLower(n.name) AS sortKey
      ORDER BY sortKey ASC, n.id
      SKIP $offset LIMIT $limit
      RETURN n {label: head(labels(n)), .id, .name, .fullName, .sources, .introducedYear} AS node",
        "params": {
          "limit": int(21),
          "offset": int(0),
        },
      }
    `);
  });

  it('adds one fixed condition per entity filter, values as parameters', () => {
    const filter = { nameContains: 'DPO', hasCode: true, proposedBy: 'paper:dpo', evaluatedOn: 'benchmark:mt-bench', yearFrom: 2023, yearTo: 2024 };
    expect(forReview(listNodesQuery('Method', filter, { field: 'PAPERS', descending: true }, 40, 20))).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (n:Method)
      WHERE any(name IN [n.name, n.fullName] + coalesce(n.aliases, []) WHERE toLower(name) CONTAINS $nameContains) AND (EXISTS { (n)-[:IMPLEMENTED_IN]->(:Repo) } OR EXISTS { (n)<-[:PROPOSES]-(:Paper)-[:HAS_CODE]->(:Repo) }) AND EXISTS { (:Paper {id: $proposedBy})-[:PROPOSES]->(n) } AND EXISTS { (n)-[:EVALUATED_ON]->(t:Benchmark|Dataset) WHERE t.id = $evaluatedOn } AND EXISTS { (p:Paper)-[:PROPOSES|MENTIONS|EVALUATES_ON|ADDRESSES]->(n) WHERE $yearFrom <= p.publishedAt AND p.publishedAt <= $yearTo }
      WITH n, COUNT { (n)<-[:PROPOSES|MENTIONS|EVALUATES_ON|ADDRESSES]-(:Paper) } AS sortKey
      ORDER BY sortKey DESC, n.id
      SKIP $offset LIMIT $limit
      RETURN n {label: head(labels(n)), .id, .name, .fullName, .sources, .introducedYear} AS node",
        "params": {
          "evaluatedOn": "benchmark:mt-bench",
          "limit": int(21),
          "nameContains": "dpo",
          "offset": int(40),
          "proposedBy": "paper:dpo",
          "yearFrom": "2023",
          "yearTo": "2024￿",
        },
      }
    `);
  });

  it('filters papers on their own title, code, results and date', () => {
    const filter = { nameContains: 'preference', hasCode: false, evaluatedOn: 'dataset:hh-rlhf', yearFrom: 2023 };
    expect(forReview(listNodesQuery('Paper', filter, { field: 'PUBLISHED_AT', descending: true }, 0, 10))).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (n:Paper)
      WHERE toLower(n.title) CONTAINS $nameContains AND NOT EXISTS { (n)-[:HAS_CODE]->(:Repo) } AND EXISTS { (n)-[:EVALUATES_ON]->(t:Benchmark|Dataset) WHERE t.id = $evaluatedOn } AND $yearFrom <= n.publishedAt AND n.publishedAt <= $yearTo
      WITH n, n.publishedAt AS sortKey
      ORDER BY sortKey IS NULL, sortKey DESC, n.id
      SKIP $offset LIMIT $limit
      RETURN n {label: head(labels(n)), .id, .title, .arxivId, .url, .urlAbs, .urlPdf, .publishedAt, .year, .sources} AS node",
        "params": {
          "evaluatedOn": "dataset:hh-rlhf",
          "limit": int(11),
          "nameContains": "preference",
          "offset": int(0),
          "yearFrom": "2023",
          "yearTo": "9999￿",
        },
      }
    `);
  });

  it('reads papers by date in the date index order, undated ones after, when only years filter them', () => {
    expect(forReview(listNodesQuery('Paper', { yearFrom: 2020 }, { field: 'PUBLISHED_AT', descending: true }, 0, 10))).toMatchInlineSnapshot(`
      {
        "cypher": "CALL () {
        MATCH (n:Paper) WHERE n.publishedAt >= '' AND $yearFrom <= n.publishedAt AND n.publishedAt <= $yearTo
        WITH n ORDER BY n.publishedAt DESC, n.id
        LIMIT $offset + $limit
        RETURN collect(n) AS dated
      }
      CALL (dated) {
        // A WHERE on dated alone would be planned after a scan of every paper; this bound on
        // the key index is null (nothing to seek) unless the undated papers are needed.
        MATCH (n:Paper)
        WHERE n.id >= CASE WHEN size(dated) < $offset + $limit AND $yearFrom IS NULL AND $yearTo IS NULL THEN '' END
          AND n.publishedAt IS NULL
        WITH n ORDER BY n.id
        LIMIT $offset + $limit
        RETURN collect(n) AS undated
      }
      UNWIND (dated + undated)[$offset..$offset + $limit] AS n
      RETURN n {label: head(labels(n)), .id, .title, .arxivId, .url, .urlAbs, .urlPdf, .publishedAt, .year, .sources} AS node",
        "params": {
          "limit": int(11),
          "offset": int(0),
          "yearFrom": "2020",
          "yearTo": "9999￿",
        },
      }
    `);
    expect(listNodesQuery('Paper', {}, { field: 'PUBLISHED_AT', descending: false }, 0, 10).cypher).toContain('ORDER BY n.publishedAt ASC, n.id');
    expect(listNodesQuery('Paper', { hasCode: true }, { field: 'PUBLISHED_AT', descending: true }, 0, 10).cypher).toContain('ORDER BY sortKey IS NULL, sortKey DESC, n.id');
  });

  it('filters repositories by URL and by the date of the papers linking them', () => {
    const filter = { nameContains: 'github.com/openai', yearTo: 2021 };
    expect(forReview(listNodesQuery('Repo', filter, { field: 'PAPERS', descending: false }, 0, 5))).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (n:Repo)
      WHERE n.id CONTAINS $nameContains AND EXISTS { (p:Paper)-[:HAS_CODE]->(n) WHERE $yearFrom <= p.publishedAt AND p.publishedAt <= $yearTo }
      WITH n, COUNT { (n)<-[:HAS_CODE]-(:Paper) } AS sortKey
      ORDER BY sortKey ASC, n.id
      SKIP $offset LIMIT $limit
      RETURN n {label: head(labels(n)), .id, .url, .host, .owner, .name, .sources} AS node",
        "params": {
          "limit": int(6),
          "nameContains": "github.com/openai",
          "offset": int(0),
          "yearFrom": "0000",
          "yearTo": "2021￿",
        },
      }
    `);
  });

  it('sorts by evaluations: results reported for a paper, results taken part in for an entity', () => {
    const paper = listNodesQuery('Paper', {}, { field: 'EVALUATIONS', descending: true }, 0, 5);
    const benchmark = listNodesQuery('Benchmark', {}, { field: 'EVALUATIONS', descending: true }, 0, 5);
    expect(paper.cypher).toContain('COUNT { (n)-[:EVALUATES_ON]->() } AS sortKey');
    expect(benchmark.cypher).toContain('COUNT { (n)-[:EVALUATED_ON]-() } AS sortKey');
  });

  it('never puts filter text into the Cypher', () => {
    const hostile = "x' }) DETACH DELETE n //";
    const statement = listNodesQuery('Method', { nameContains: hostile, proposedBy: hostile, evaluatedOn: hostile }, byName, 0, 20);
    expect(statement.cypher).not.toContain('DETACH');
    expect(statement.params).toMatchObject({ nameContains: hostile.toLowerCase(), proposedBy: hostile, evaluatedOn: hostile });
  });
});

describe('countNodesQuery: the totalCount of a root plural', () => {
  it('counts with the same conditions as the list', () => {
    expect(forReview(countNodesQuery('Benchmark', { hasCode: true, yearFrom: 2020 }))).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (n:Benchmark) WHERE (EXISTS { (n)-[:IMPLEMENTED_IN]->(:Repo) } OR EXISTS { (n)<-[:PROPOSES]-(:Paper)-[:HAS_CODE]->(:Repo) }) AND EXISTS { (p:Paper)-[:PROPOSES|MENTIONS|EVALUATES_ON|ADDRESSES]->(n) WHERE $yearFrom <= p.publishedAt AND p.publishedAt <= $yearTo } RETURN count(n) AS n",
        "params": {
          "yearFrom": "2020",
          "yearTo": "9999￿",
        },
      }
    `);
  });
});
