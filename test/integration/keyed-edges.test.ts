import type { Plan } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EdgeRecord, GraphBatch } from '../../core/graph-records.js';
import { edgeStatement } from '../../ingest/load/cypher.js';
import { GraphLoader } from '../../ingest/load/graph-loader.js';
import { connectTestDb, resetGraph } from '../support/test-db.js';

/**
 * Results (EVALUATED_ON, keyed) are written by the loader's lookup by key: the same graph as a
 * MERGE gives (one edge per pair and key, merged properties), found through the key index.
 */

const { db, driver, config, close } = connectTestDb();
const model = { label: 'Model' as const, id: 'model:m' };
const benchmarks = ['benchmark:a', 'benchmark:b'].map((id) => ({ label: 'Benchmark' as const, id }));

function result(to: (typeof benchmarks)[number], key: string, rawValue: string): EdgeRecord {
  return { type: 'EVALUATED_ON', from: model, to, key, props: { metric: 'Accuracy', rawValue, value: Number.parseFloat(rawValue) } };
}

const nodes: GraphBatch['nodes'] = [
  { label: 'Model', id: model.id, props: { name: 'M' } },
  ...benchmarks.map((b) => ({ label: 'Benchmark' as const, id: b.id, props: { name: b.id } })),
];

async function load(edges: EdgeRecord[]): Promise<void> {
  const loader = new GraphLoader(db);
  await loader.add({ nodes, edges });
  await loader.flush();
}

async function results(): Promise<string[]> {
  const rows = await db.read(
    `MATCH (:Model {id: $id})-[r:EVALUATED_ON]->(b:Benchmark) RETURN b.id + ' ' + r.key + ' ' + r.rawValue AS edge ORDER BY edge`,
    { id: model.id },
  );
  return rows.map((row) => String(row.edge));
}

beforeAll(async () => {
  await resetGraph(db);
});
afterAll(close);

describe('keyed edges written by key', () => {
  it('gives one edge per pair and key; the same key onto another benchmark is another edge', async () => {
    await load([result(benchmarks[0]!, 'k1', '71.0'), result(benchmarks[0]!, 'k2', '72.0'), result(benchmarks[1]!, 'k1', '73.0')]);
    expect(await results()).toEqual(['benchmark:a k1 71.0', 'benchmark:a k2 72.0', 'benchmark:b k1 73.0']);
  });

  it('adds nothing when the same results come again, and merges their properties by the rule', async () => {
    // The longer raw value wins, as in any merge (ingest/records/merge-rule.ts).
    await load([result(benchmarks[0]!, 'k1', '71.05'), result(benchmarks[0]!, 'k2', '72.0'), result(benchmarks[1]!, 'k1', '73.0')]);
    expect(await results()).toEqual(['benchmark:a k1 71.05', 'benchmark:a k2 72.0', 'benchmark:b k1 73.0']);
  });

  it('leaves no lock property behind', async () => {
    const rows = await db.read('MATCH (n) WHERE n.loaderLock IS NOT NULL RETURN count(n) AS n');
    expect(rows[0]!.n).toBe(0);
  });

  it('finds the edge through the key index', async () => {
    const session = driver.session({ database: config.database });
    try {
      const explained = await session.run(`EXPLAIN ${edgeStatement('EVALUATED_ON', 'Model', 'Benchmark')}`, { rows: [] });
      const operators: string[] = [];
      const walk = (plan: Plan) => {
        operators.push(plan.operatorType);
        plan.children.forEach(walk);
      };
      if (explained.summary.plan) walk(explained.summary.plan);
      expect(operators.some((op) => op.startsWith('DirectedRelationshipIndexSeek'))).toBe(true);
      expect(operators.some((op) => op.startsWith('Expand(Into)'))).toBe(false);
    } finally {
      await session.close();
    }
  });
});
