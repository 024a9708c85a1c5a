import { describe, expect, it } from 'vitest';
import { nodeExistsQuery, nodesByIdsQuery } from '../../../src/graph/nodes.js';
import { forReview } from '../../support/cypher-snapshots.js';

describe('nodesByIdsQuery: lookup by canonical key', () => {
  it('seeks every id of one label in one batched statement', () => {
    expect(forReview(nodesByIdsQuery('Method', ['method:dpo', 'method:lora']))).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS id MATCH (n:Method {id: id}) RETURN n {label: head(labels(n)), .id, .title, .arxivId, .name, .url, .host, .owner, .sources, .orcid, .anthologyId, .identifiedBy, .urlAbs, .urlPdf, .publishedAt, .year, .abstract, .fullName, .aliases, .description, .introducedYear, .metrics, .modalities, .languages, .parentDataset, .parentTask, .higherIsBetter} AS node",
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
