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
      RETURN [x IN nodes(p) | CASE WHEN head(labels(x)) IN ['Paper'] THEN x {label: head(labels(x)), .id, .title, .arxivId, .url, .urlAbs, .urlPdf, .publishedAt, .year, .sources, notRead: ['abstract']} WHEN head(labels(x)) IN ['Method', 'Model'] THEN x {label: head(labels(x)), .id, .name, .fullName, .sources, .introducedYear, notRead: ['aliases', 'description']} WHEN head(labels(x)) IN ['Benchmark'] THEN x {label: head(labels(x)), .id, .name, .fullName, .sources, .metrics, notRead: ['aliases', 'description']} WHEN head(labels(x)) IN ['Dataset'] THEN x {label: head(labels(x)), .id, .name, .fullName, .sources, .modalities, .languages, .parentDataset, notRead: ['aliases', 'description']} WHEN head(labels(x)) IN ['Task'] THEN x {label: head(labels(x)), .id, .name, .fullName, .sources, .parentTask, notRead: ['aliases', 'description']} WHEN head(labels(x)) IN ['Metric'] THEN x {label: head(labels(x)), .id, .name, .fullName, .sources, .higherIsBetter, notRead: ['aliases', 'description']} WHEN head(labels(x)) IN ['Repo'] THEN x {label: head(labels(x)), .id, .url, .host, .owner, .name, .sources} WHEN head(labels(x)) IN ['Author'] THEN x {label: head(labels(x)), .id, .name, .orcid, .anthologyId, .identifiedBy, .sources} WHEN head(labels(x)) IN ['Venue'] THEN x {label: head(labels(x)), .id, .name, .sources} ELSE x {label: head(labels(x)), .id, .name, .sources, notRead: ['description']} END] AS nodes,
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
        "cypher": "MATCH (a:Model {id: $id}) RETURN [CASE WHEN head(labels(a)) IN ['Paper'] THEN a {label: head(labels(a)), .id, .title, .arxivId, .url, .urlAbs, .urlPdf, .publishedAt, .year, .sources, notRead: ['abstract']} WHEN head(labels(a)) IN ['Method', 'Model'] THEN a {label: head(labels(a)), .id, .name, .fullName, .sources, .introducedYear, notRead: ['aliases', 'description']} WHEN head(labels(a)) IN ['Benchmark'] THEN a {label: head(labels(a)), .id, .name, .fullName, .sources, .metrics, notRead: ['aliases', 'description']} WHEN head(labels(a)) IN ['Dataset'] THEN a {label: head(labels(a)), .id, .name, .fullName, .sources, .modalities, .languages, .parentDataset, notRead: ['aliases', 'description']} WHEN head(labels(a)) IN ['Task'] THEN a {label: head(labels(a)), .id, .name, .fullName, .sources, .parentTask, notRead: ['aliases', 'description']} WHEN head(labels(a)) IN ['Metric'] THEN a {label: head(labels(a)), .id, .name, .fullName, .sources, .higherIsBetter, notRead: ['aliases', 'description']} WHEN head(labels(a)) IN ['Repo'] THEN a {label: head(labels(a)), .id, .url, .host, .owner, .name, .sources} WHEN head(labels(a)) IN ['Author'] THEN a {label: head(labels(a)), .id, .name, .orcid, .anthologyId, .identifiedBy, .sources} WHEN head(labels(a)) IN ['Venue'] THEN a {label: head(labels(a)), .id, .name, .sources} ELSE a {label: head(labels(a)), .id, .name, .sources, notRead: ['description']} END] AS nodes, [] AS relationships",
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
