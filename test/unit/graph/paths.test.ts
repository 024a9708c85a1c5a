import { describe, expect, it } from 'vitest';
import { MAX_PATH_HOPS, shortestPathQuery } from '../../../src/graph/paths.js';
import { forReview } from '../../support/cypher-snapshots.js';

const clip = { label: 'Model', id: 'model:clip' } as const;
const hhRlhf = { label: 'Dataset', id: 'dataset:hh-rlhf' } as const;

describe('shortestPathQuery: Query.path', () => {
  it('bounds the path by maxHops in the pattern, the ends as parameters', () => {
    expect(forReview(shortestPathQuery(clip, hhRlhf, 4))).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (a:Model {id: $from}), (b:Dataset {id: $to})
      MATCH p = shortestPath((a)-[*..4]-(b))
      RETURN [x IN nodes(p) | x {label: head(labels(x)), .id, .title, .arxivId, .name, .url, .host, .owner, .sources, .orcid, .anthologyId, .identifiedBy, .urlAbs, .urlPdf, .publishedAt, .year, .fullName, .introducedYear, .metrics, .modalities, .languages, .parentDataset, .parentTask, .higherIsBetter}] AS nodes,
             [r IN relationships(p) | {type: type(r), fromId: startNode(r).id, toId: endNode(r).id}] AS relationships",
        "params": {
          "from": "model:clip",
          "to": "dataset:hh-rlhf",
        },
      }
    `);
  });

  it('answers a path from a node to itself with the node alone', () => {
    expect(forReview(shortestPathQuery(clip, clip, 4))).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (a:Model {id: $id}) RETURN [a {label: head(labels(a)), .id, .title, .arxivId, .name, .url, .host, .owner, .sources, .orcid, .anthologyId, .identifiedBy, .urlAbs, .urlPdf, .publishedAt, .year, .fullName, .introducedYear, .metrics, .modalities, .languages, .parentDataset, .parentTask, .higherIsBetter}] AS nodes, [] AS relationships",
        "params": {
          "id": "model:clip",
        },
      }
    `);
  });

  it('refuses a bound outside 1..MAX_PATH_HOPS, since it is part of the Cypher text', () => {
    expect(() => shortestPathQuery(clip, hhRlhf, 0)).toThrow(/maxHops/);
    expect(() => shortestPathQuery(clip, hhRlhf, MAX_PATH_HOPS + 1)).toThrow(/maxHops/);
    expect(() => shortestPathQuery(clip, hhRlhf, 2.5)).toThrow(/maxHops/);
  });
});
