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
      RETURN CASE WHEN head(labels(other)) IN ['Paper'] THEN other {label: head(labels(other)), .id, .title, .arxivId, .url, .urlAbs, .urlPdf, .publishedAt, .year, .sources, notRead: ['abstract']} WHEN head(labels(other)) IN ['Method', 'Model'] THEN other {label: head(labels(other)), .id, .name, .fullName, .sources, .introducedYear, notRead: ['aliases', 'description']} WHEN head(labels(other)) IN ['Benchmark'] THEN other {label: head(labels(other)), .id, .name, .fullName, .sources, .metrics, notRead: ['aliases', 'description']} WHEN head(labels(other)) IN ['Dataset'] THEN other {label: head(labels(other)), .id, .name, .fullName, .sources, .modalities, .languages, .parentDataset, notRead: ['aliases', 'description']} WHEN head(labels(other)) IN ['Task'] THEN other {label: head(labels(other)), .id, .name, .fullName, .sources, .parentTask, notRead: ['aliases', 'description']} WHEN head(labels(other)) IN ['Metric'] THEN other {label: head(labels(other)), .id, .name, .fullName, .sources, .higherIsBetter, notRead: ['aliases', 'description']} WHEN head(labels(other)) IN ['Repo'] THEN other {label: head(labels(other)), .id, .url, .host, .owner, .name, .sources} WHEN head(labels(other)) IN ['Author'] THEN other {label: head(labels(other)), .id, .name, .orcid, .anthologyId, .identifiedBy, .sources} WHEN head(labels(other)) IN ['Venue'] THEN other {label: head(labels(other)), .id, .name, .sources} ELSE other {label: head(labels(other)), .id, .name, .sources, notRead: ['description']} END AS node, sharedPapers, sharedBenchmarks",
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
