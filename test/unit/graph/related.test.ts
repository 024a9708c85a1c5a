import { describe, expect, it } from 'vitest';
import { relatedNodesQuery } from '../../../src/graph/related.js';
import { forReview } from '../../support/cypher-snapshots.js';

describe('relatedNodesQuery: co-occurring nodes', () => {
  it('counts shared papers and shared benchmarks of an entity', () => {
    expect(forReview(relatedNodesQuery('Method', 'method:dpo', 20))).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (n:Method {id: $id})
      CALL (n) {
        MATCH (n)<-[:PROPOSES|MENTIONS|EVALUATES_ON|ADDRESSES]-(via:Paper)-[:PROPOSES|MENTIONS|EVALUATES_ON|ADDRESSES]->(other:Method|Model|Benchmark|Dataset|Task|Metric) WHERE other <> n
        RETURN other, count(DISTINCT via) AS papers, 0 AS benchmarks
        UNION ALL
        MATCH (n)-[:EVALUATED_ON]->(via:Benchmark|Dataset)<-[:EVALUATED_ON]-(other)
        WHERE other <> n
        RETURN other, 0 AS papers, count(DISTINCT via) AS benchmarks
      }
      WITH other, sum(papers) AS sharedPapers, sum(benchmarks) AS sharedBenchmarks
      ORDER BY sharedPapers + sharedBenchmarks DESC, toLower(coalesce(other.name, other.title)), other.id
      LIMIT $limit
      RETURN other {label: head(labels(other)), .id, .title, .arxivId, .name, .url, .host, .owner, .sources, .orcid, .anthologyId, .identifiedBy, .urlAbs, .urlPdf, .publishedAt, .year, .fullName, .introducedYear, .metrics, .modalities, .languages, .parentDataset, .parentTask, .higherIsBetter} AS node, sharedPapers, sharedBenchmarks",
        "params": {
          "id": "method:dpo",
          "limit": int(20),
        },
      }
    `);
  });

  it('goes through shared entities for a paper and through linking papers for a repository', () => {
    expect(relatedNodesQuery('Paper', 'paper:dpo', 5).cypher).toContain(
      'MATCH (n)-[:PROPOSES|MENTIONS|EVALUATES_ON|ADDRESSES]->(via:Method|Model|Benchmark|Dataset|Task|Metric)<-[:PROPOSES|MENTIONS|EVALUATES_ON|ADDRESSES]-(other:Paper) WHERE other <> n',
    );
    expect(relatedNodesQuery('Repo', 'https://github.com/openai/clip', 5).cypher).toContain(
      'MATCH (n)<-[:HAS_CODE]-(via:Paper)-[:PROPOSES|MENTIONS|EVALUATES_ON|ADDRESSES]->(other:Method|Model|Benchmark|Dataset|Task|Metric)',
    );
  });
});
