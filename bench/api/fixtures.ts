import type { Database } from '../../src/db/database.js';

/**
 * The names the benchmark queries ask about, chosen from the loaded graph so the same run
 * works on the shipped corpus and on a generated one: the most mentioned method, the
 * benchmark most papers link to, the benchmark with the most results (and its most reported
 * metric), and a path between the
 * most evaluated model or method and the most mentioned dataset.
 */
export interface Fixtures {
  method: string;
  /** The benchmark most papers link to (for the nested query). */
  linkedBenchmark: string;
  /** The benchmark with the most results (for the leaderboard). */
  benchmark: string;
  metric: string;
  search: string;
  path: { from: string; fromLabel: string; to: string; toLabel: string; maxHops: number };
}

export async function chooseFixtures(db: Database): Promise<Fixtures> {
  const [method] = await db.read(
    'MATCH (m:Method)<-[r:MENTIONS]-() WITH m, count(r) AS c ORDER BY c DESC, m.id LIMIT 1 RETURN m.name AS name, m.id AS id',
  );
  const [benchmark] = await db.read(
    `MATCH (b:Benchmark)<-[r:EVALUATED_ON]-() WHERE r.metric IS NOT NULL
     WITH b, r.metric AS metric, count(r) AS c ORDER BY c DESC, b.id LIMIT 1 RETURN b.name AS name, metric`,
  );
  const [linked] = await db.read(
    'MATCH (b:Benchmark)<-[r:PROPOSES|MENTIONS|EVALUATES_ON]-(:Paper) WITH b, count(r) AS c ORDER BY c DESC, b.id LIMIT 1 RETURN b.name AS name',
  );
  const [subject] = await db.read(
    `MATCH (s)-[r:EVALUATED_ON]->() WHERE s:Model OR s:Method
     WITH s, count(r) AS c ORDER BY c DESC, s.id LIMIT 1 RETURN s.id AS id, head(labels(s)) AS label`,
  );
  const [dataset] = await db.read(
    'MATCH (d:Dataset)<-[r:MENTIONS]-() WITH d, count(r) AS c ORDER BY c DESC, d.id LIMIT 1 RETURN d.id AS id',
  );
  if (!method || !linked || !benchmark || !subject || !dataset) throw new Error('the graph lacks a mentioned method, an evaluated benchmark or a mentioned dataset: is it loaded?');
  return {
    method: method.name as string,
    linkedBenchmark: linked.name as string,
    benchmark: benchmark.name as string,
    metric: benchmark.metric as string,
    search: 'alignment',
    path: { from: subject.id as string, fromLabel: subject.label as string, to: dataset.id as string, toLabel: 'Dataset', maxHops: 4 },
  };
}
