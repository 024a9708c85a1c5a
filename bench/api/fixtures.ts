import type { Database } from '../../src/db/database.js';

/**
 * What the benchmark's queries ask about, chosen from the loaded graph so the same run works
 * on the shipped corpus and on a generated one. Each shape has a hub (the most linked node of
 * its kind: the cost of a popular benchmark) and a tail (a node with a handful of links: the
 * cost of most of them). Degrees are read with COUNT { } on one node's relationships, which
 * Neo4j answers from the node's degree where it can.
 */
export interface Fixtures {
  lookup: Pair<{ method: string }>;
  /** A benchmark and the papers linking to it (nested3: papers, their methods, their code). */
  nested: Pair<{ benchmark: string }>;
  /** A benchmark with results and the metric its board ranks by (as ours chooses it). */
  board: Pair<Board>;
  /** A board whose results have dated papers (the shipped hub board has none): the SOTA chart. */
  sota: Pair<Board>;
  search: Pair<{ query: string }>;
  path: Pair<{ from: string; to: string }>;
  /** The labels of both paths' ends (one set: the peer's path field is built for them). */
  pathLabels: { fromLabel: string; toLabel: string; maxHops: number };
  task: Pair<{ task: string }>;
  method: Pair<{ method: string }>;
}

export interface Pair<T> {
  hub: T;
  tail: T;
}

export interface Board {
  benchmark: string;
  benchmarkName: string;
  metric: string;
  metricId: string | null;
}

export type Which = keyof Pair<unknown>;

const PAPER_LINKS = '(b)<-[:PROPOSES|MENTIONS|EVALUATES_ON]-(:Paper)';

export async function chooseFixtures(db: Database): Promise<Fixtures> {
  const one = async (what: string, cypher: string, params: Record<string, unknown> = {}) => {
    const [row] = await db.read(cypher, params);
    if (!row) throw new Error(`the graph has no ${what}: is it loaded?`);
    return row;
  };
  // Tails: the fewest links that still give the shape something to show, first by key.
  const lookupHub = await one('mentioned method', 'MATCH (m:Method) WITH m, COUNT { (m)<-[:MENTIONS]-() } AS c ORDER BY c DESC, m.id LIMIT 1 RETURN m.name AS name');
  const lookupTail = await one(
    'method mentioned once',
    'MATCH (m:Method) WHERE COUNT { (m)<-[:MENTIONS]-() } = 1 AND size(m.name) >= 4 RETURN m.name AS name ORDER BY m.id LIMIT 1',
  );
  const nestedHub = await one('benchmark linked by papers', `MATCH (b:Benchmark) WITH b, COUNT { ${PAPER_LINKS} } AS c ORDER BY c DESC, b.id LIMIT 1 RETURN b.name AS name`);
  const nestedTail = await one(
    'benchmark linked by a few papers',
    `MATCH (b:Benchmark) WITH b, COUNT { ${PAPER_LINKS} } AS c WHERE c >= 2 AND c <= 5 AND COUNT { (b)<-[:MENTIONS]-(:Paper) } > 0
     RETURN b.name AS name ORDER BY c DESC, b.id LIMIT 1`,
  );
  const boardHub = await one('benchmark with results', `MATCH (b:Benchmark) WITH b, COUNT { (b)<-[:EVALUATED_ON]-() } AS c ORDER BY c DESC, b.id LIMIT 1 RETURN b.id AS id`);
  const boardTail = await one(
    'benchmark with a few results',
    `MATCH (b:Benchmark) WITH b, COUNT { (b)<-[r:EVALUATED_ON]-() WHERE r.value IS NOT NULL } AS c WHERE c >= 3 AND c <= 6
     RETURN b.id AS id ORDER BY c DESC, b.id LIMIT 1`,
  );
  const sotaHub = await one(
    'benchmark with dated results',
    `MATCH (b:Benchmark)<-[r:EVALUATED_ON]-() WHERE r.value IS NOT NULL
     MATCH (p:Paper {id: r.paper}) WHERE p.publishedAt IS NOT NULL OR p.arxivId IS NOT NULL
     WITH b, count(*) AS c ORDER BY c DESC, b.id LIMIT 1 RETURN b.id AS id`,
  );
  const pathHubFrom = await one(
    'evaluated model or method',
    `MATCH (s) WHERE s:Model OR s:Method WITH s, COUNT { (s)-[:EVALUATED_ON]->() } AS c ORDER BY c DESC, s.id LIMIT 1 RETURN s.id AS id, head(labels(s)) AS label`,
  );
  const pathHubTo = await one('mentioned dataset', 'MATCH (d:Dataset) WITH d, COUNT { (d)<-[:MENTIONS]-() } AS c ORDER BY c DESC, d.id LIMIT 1 RETURN d.id AS id');
  const fromLabel = pathHubFrom.label as string;
  const pathTail = await one(
    `${fromLabel} evaluated once on a benchmark with a dataset`,
    `MATCH (s:${fromLabel})-[:EVALUATED_ON]->(:Benchmark)-[:ON_DATASET]->(d:Dataset)
     WHERE COUNT { (s)-[:EVALUATED_ON]->() } = 1 RETURN s.id AS from, d.id AS to ORDER BY s.id LIMIT 1`,
  );
  const taskHub = await one('task with benchmarks', 'MATCH (t:Task) WITH t, COUNT { (t)<-[:FOR_TASK]-(:Benchmark) } AS c ORDER BY c DESC, t.id LIMIT 1 RETURN t.id AS id');
  const taskTail = await one(
    'task with one benchmark with results',
    `MATCH (t:Task)<-[:FOR_TASK]-(b:Benchmark) WHERE COUNT { (t)<-[:FOR_TASK]-(:Benchmark) } = 1 AND COUNT { (b)<-[:EVALUATED_ON]-() } > 0
     RETURN t.id AS id ORDER BY t.id LIMIT 1`,
  );
  const methodHub = await one('evaluated method', 'MATCH (m:Method) WITH m, COUNT { (m)-[:EVALUATED_ON]->() } AS c ORDER BY c DESC, m.id LIMIT 1 RETURN m.id AS id');
  const methodTail = await one(
    'method with one or two results',
    'MATCH (m:Method) WITH m, COUNT { (m)-[:EVALUATED_ON]->() } AS c WHERE c >= 1 AND c <= 2 RETURN m.id AS id ORDER BY c DESC, m.id LIMIT 1',
  );
  const boards = { hub: await board(db, boardHub.id as string), tail: await board(db, boardTail.id as string) };
  return {
    lookup: { hub: { method: lookupHub.name as string }, tail: { method: lookupTail.name as string } },
    nested: { hub: { benchmark: nestedHub.name as string }, tail: { benchmark: nestedTail.name as string } },
    board: boards,
    sota: { hub: await board(db, sotaHub.id as string), tail: boards.tail },
    // A word in many names and titles, and the tail method's name: one hit or a few.
    search: { hub: { query: 'alignment' }, tail: { query: lookupTail.name as string } },
    path: { hub: { from: pathHubFrom.id as string, to: pathHubTo.id as string }, tail: { from: pathTail.from as string, to: pathTail.to as string } },
    pathLabels: { fromLabel, toLabel: 'Dataset', maxHops: 4 },
    task: { hub: { task: taskHub.id as string }, tail: { task: taskTail.id as string } },
    method: { hub: { method: methodHub.id as string }, tail: { method: methodTail.id as string } },
  };
}

/**
 * The metric a benchmark's board ranks by, chosen as ours chooses it (src/graph/leaderboards.ts:
 * a listed column with values, else the most reported), so the floor and the peer, which are
 * given the metric, answer the same question.
 */
async function board(db: Database, id: string): Promise<Board> {
  const [row] = await db.read(
    `MATCH (b:Benchmark {id: $id})<-[r:EVALUATED_ON]-() WHERE r.metric IS NOT NULL
     WITH b, r.metric AS metric, head(collect(r.metricId)) AS metricId, count(r.value) AS valued, count(r) AS n,
          coalesce(head([i IN range(0, size(coalesce(b.metrics, [])) - 1) WHERE b.metrics[i] = r.metric]), 1000000) AS position
     ORDER BY valued > 0 DESC, position, n DESC, metric
     RETURN b.name AS name, metric, metricId LIMIT 1`,
    { id },
  );
  if (!row) throw new Error(`benchmark ${id} has no result with a metric`);
  return { benchmark: id, benchmarkName: row.name as string, metric: row.metric as string, metricId: (row.metricId as string | null) ?? null };
}
