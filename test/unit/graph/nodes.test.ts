import { describe, expect, it } from 'vitest';
import { nodeExistsQuery, nodesByIdsQuery } from '../../../src/graph/nodes.js';
import { forReview } from '../../support/cypher-snapshots.js';

describe('nodesByIdsQuery: lookup by canonical key', () => {
  it('seeks every id of one label in one batched statement', () => {
    expect(forReview(nodesByIdsQuery('Method', ['method:dpo', 'method:lora']))).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS id MATCH (n:Method {id: id}) RETURN CASE WHEN head(labels(n)) IN ['Paper'] THEN n {label: head(labels(n)), .id, .title, .arxivId, .url, .urlAbs, .urlPdf, .publishedAt, .year, .sources, .abstract} WHEN head(labels(n)) IN ['Method', 'Model'] THEN n {label: head(labels(n)), .id, .name, .fullName, .sources, .introducedYear, .aliases, .description} WHEN head(labels(n)) IN ['Benchmark'] THEN n {label: head(labels(n)), .id, .name, .fullName, .sources, .metrics, .aliases, .description} WHEN head(labels(n)) IN ['Dataset'] THEN n {label: head(labels(n)), .id, .name, .fullName, .sources, .modalities, .languages, .parentDataset, .aliases, .description} WHEN head(labels(n)) IN ['Task'] THEN n {label: head(labels(n)), .id, .name, .fullName, .sources, .parentTask, .aliases, .description} WHEN head(labels(n)) IN ['Metric'] THEN n {label: head(labels(n)), .id, .name, .fullName, .sources, .higherIsBetter, .aliases, .description} WHEN head(labels(n)) IN ['Repo'] THEN n {label: head(labels(n)), .id, .url, .host, .owner, .name, .sources} WHEN head(labels(n)) IN ['Author'] THEN n {label: head(labels(n)), .id, .name, .orcid, .anthologyId, .identifiedBy, .sources} WHEN head(labels(n)) IN ['Venue'] THEN n {label: head(labels(n)), .id, .name, .sources} ELSE n {label: head(labels(n)), .id, .name, .sources, .description} END AS node",
        "params": {
          "ids": [
            "method:dpo",
            "method:lora",
          ],
        },
      }
    `);
  });
});

describe('nodeExistsQuery: whether a page has an entity', () => {
  it('seeks one key of one label and reads nothing of the node', () => {
    expect(forReview(nodeExistsQuery('Benchmark', 'benchmark:snli'))).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (n:Benchmark {id: $id}) RETURN true AS found LIMIT 1",
        "params": {
          "id": "benchmark:snli",
        },
      }
    `);
  });
});
