import { describe, expect, it } from 'vitest';
import { EDGE_TYPES, KEYED_EDGE_TYPES } from '../../../core/graph-records.js';
import { edgeStatement } from '../../../ingest/load/cypher.js';
import { schemaPlan } from '../../../src/db/schema-plan.js';

describe('the loader statement of an edge', () => {
  it('finds a keyed edge by its key, not by walking the edges between its endpoints', () => {
    const cypher = edgeStatement('EVALUATED_ON', 'Model', 'Benchmark');
    expect(cypher).toContain('MATCH ()-[found:EVALUATED_ON {key: row.key}]->() WHERE startNode(found) = a AND endNode(found) = b');
    expect(cypher).toContain('CREATE (a)-[r:EVALUATED_ON {key: row.key}]->(b)');
    expect(cypher).not.toContain('MERGE (a)');
    // The subject's lock is taken before the edge is looked for.
    expect(cypher.indexOf('SET a.loaderLock')).toBeLessThan(cypher.indexOf('MATCH ()-[found'));
  });

  it('merges an edge of any other type between its endpoints', () => {
    for (const type of EDGE_TYPES.filter((t) => !KEYED_EDGE_TYPES.includes(t))) {
      const cypher = edgeStatement(type, 'Paper', 'Method');
      expect(cypher).toContain(`MERGE (a)-[r:${type} {key: row.key}]->(b)`);
      expect(cypher).not.toContain('found');
    }
  });

  it('has an index on the key of every keyed type in the schema', () => {
    const indexed = schemaPlan().filter((item) => item.entity === 'relationship' && item.properties.join() === 'key');
    expect(indexed.map((item) => item.labelsOrTypes[0])).toEqual([...KEYED_EDGE_TYPES]);
  });
});
