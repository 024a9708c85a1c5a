import { describe, expect, it } from 'vitest';
import { nameLookup } from '../../../src/graph/lookup.js';
import { forReview } from '../../support/cypher-snapshots.js';

describe('nameLookup: a node by name, in one statement', () => {
  it('asks the name-key index and the keys guessed from the name, for each entity label in order', () => {
    expect(forReview(nameLookup(['Benchmark', 'Dataset'], 'MT Bench')!)).toMatchInlineSnapshot(`
      {
        "cypher": "CALL () {
        CALL db.index.fulltext.queryNodes('entity_name_keys', $key) YIELD node
        WHERE $key IN node.nameKeys AND head(labels(node)) IN $labels
        RETURN node
        UNION
        MATCH (node:Benchmark {id: $ids[0]}) RETURN node
        UNION
        MATCH (node:Dataset {id: $ids[1]}) RETURN node
      }
      WITH node, head(labels(node)) AS label
      ORDER BY [i IN range(0, size($labels) - 1) WHERE $labels[i] = label][0], node.id IN $ids DESC, node.id
      LIMIT 1
      RETURN node {label: head(labels(node)), .id, .name} AS node",
        "params": {
          "ids": [
            "benchmark:mt-bench",
            "dataset:mt-bench",
          ],
          "key": "mtbench",
          "labels": [
            "Benchmark",
            "Dataset",
          ],
        },
      }
    `);
  });

  it('asks for the bare name too, after the name as written, where a maker or a kind word surrounds it', () => {
    const lookup = nameLookup(['Model'], 'Google Gemini')!;
    expect(lookup.params).toMatchObject({ key: 'googlegemini', bareKey: 'gemini' });
    expect(lookup.cypher).toContain("queryNodes('entity_name_keys', $bareKey)");
    expect(lookup.cypher).toContain('ORDER BY ($key IN node.nameKeys OR node.id IN $ids) DESC, ');
    expect(nameLookup(['Model'], 'Gemini')!.params).not.toHaveProperty('bareKey');
  });

  it('sends nothing for a name without a key or for labels without names', () => {
    expect(nameLookup(['Method'], ' - ')).toBeNull();
    expect(nameLookup(['Paper', 'Repo'], 'CLIP')).toBeNull();
  });
});
