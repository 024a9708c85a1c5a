/**
 * Scores extraction as a user meets it: through the GraphQL API, on the default corpus. For
 * each half of the seed dev set, and each benchmark or dataset its annotated papers evaluate
 * on, asks `methodsEvaluatedOn` and compares, paper by paper, the methods and models that come
 * back with the annotated ones; and asks, for every annotated long/short form pair ("Masked
 * Autoencoder | MAE"), whether both names lead to one node. Half a is read while rules are
 * written; half b is the estimate for papers nobody has read.
 *
 *   npm run eval:api [-- --keep] [--details]
 *
 * --details prints half a's misses (annotated pairs that do not come back, and names that lead
 * to no node or to two): the half rules are written against; half b's are never printed.
 * Uses a local Neo4j of its own (home .neo4j-eval, port EVAL_NEO4J_PORT, default 7697),
 * started when it is not running and stopped at the end unless --keep. Its graph is emptied and
 * built again at every run as the server's first start builds it (default corpus and
 * leaderboards), so the figures are those of the extractor as it is now.
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';
import { pino } from 'pino';
import { createGraphQLHandler } from '../src/api/server.js';
import { loadConfig } from '../src/config.js';
import { Database } from '../src/db/database.js';
import { createDriver } from '../src/db/driver.js';
import { localNeo4jStatus, probeBolt, startLocalNeo4j, stopLocalNeo4j } from '../src/db/local-neo4j.js';
import { UserError, userMessage } from '../core/user-error.js';
import { prepareGraph } from '../src/prepare-graph.js';

const ROOT = resolve(import.meta.dirname, '..');
const SHARED = resolve(ROOT, process.env.SHARED_DIR ?? '../shared');
const GOLD = join(SHARED, 'eval/dev.gold.jsonl');
const ENTITY_FIELDS = ['methods', 'models', 'datasets', 'benchmarks'] as const;
const LOOKUPS: Record<(typeof ENTITY_FIELDS)[number], string> = { methods: 'method', models: 'model', datasets: 'dataset', benchmarks: 'benchmark' };

interface GoldPaper {
  title: string;
  methods: string[];
  models: string[];
  datasets: string[];
  benchmarks: string[];
  evaluated_on: Array<[string, string]>;
}

interface Scorer {
  half(title: string): 'a' | 'b';
  norm(name: string): string;
}

type Query = (document: string, variables: Record<string, unknown>) => Promise<Record<string, any>>;

const EVALUATED_ON = `query ($target: String!) {
  methodsEvaluatedOn(benchmark: $target, first: 50, resultsPerGroup: 20) {
    edges { node {
      counterpart { ... on Method { name fullName aliases } ... on Model { name fullName aliases } }
      evaluations { paper { title } }
    } }
  }
}`;

const NODE_ID = (field: string) => `query ($name: String!) { found: ${field}(name: $name) { id } }`;

async function main(): Promise<void> {
  const scorer = (await import(pathToFileURL(join(SHARED, 'eval/score.mjs')).href)) as Scorer;
  const gold = readFileSync(GOLD, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line): GoldPaper => JSON.parse(line));
  const port = process.env.EVAL_NEO4J_PORT ?? '7697';
  const config = loadConfig({ ...process.env, NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_DATA_DIR: '.neo4j-eval', NEO4J_PASSWORD: undefined }).neo4j;
  // The graph is emptied below: only ever this script's own database.
  if (!(await localNeo4jStatus(config)).running && (await probeBolt(config)) !== 'down') {
    throw new UserError(`a Neo4j that is not this evaluation's (.neo4j-eval) answers on port ${port}: set EVAL_NEO4J_PORT to a free port`);
  }
  const started = (await startLocalNeo4j(config, (m) => console.error(m))).started;
  const driver = createDriver(config);
  try {
    const db = new Database(driver, config.database, config.queryTimeoutMs);
    const logger = pino({ level: 'silent' });
    await db.write('MATCH (n) DETACH DELETE n');
    await prepareGraph(db, logger);
    const yoga = createGraphQLHandler({ db, logger });
    const query: Query = async (document, variables) => {
      const response = await yoga.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: document, variables }) });
      const body = (await response.json()) as { data?: Record<string, any>; errors?: Array<{ message: string }> };
      if (body.errors?.length) throw new Error(`GraphQL: ${body.errors[0]!.message}`);
      return body.data ?? {};
    };
    console.log('half  targets  subjects found  targets >= 70%  precision  long/short pairs on one node');
    for (const half of ['a', 'b'] as const) {
      const papers = gold.filter((paper) => scorer.half(paper.title) === half);
      const details = half === 'a' && process.argv.includes('--details') ? (line: string) => console.log(`  ${line}`) : undefined;
      const evaluated = await scoreEvaluatedOn(papers, scorer, query, details);
      const pairs = await scorePairs(papers, scorer, query, details);
      console.log(
        [
          half.padEnd(4),
          String(evaluated.targets).padStart(7),
          `${evaluated.found}/${evaluated.subjects} (${pct(evaluated.found, evaluated.subjects)})`.padStart(15),
          `${evaluated.targetsMet}/${evaluated.targets}`.padStart(15),
          `${evaluated.right}/${evaluated.returned} (${pct(evaluated.right, evaluated.returned)})`.padStart(10),
          `${pairs.one}/${pairs.pairs} (${pct(pairs.one, pairs.pairs)})`.padStart(29),
        ].join('  '),
      );
    }
    console.log('subjects found: annotated (named method or model, target) pairs of a paper that methodsEvaluatedOn returns for that paper;');
    console.log('precision: of what it returns for the half\'s papers, the share annotated for that paper and target.');
  } finally {
    await driver.close();
    if (started && !process.argv.includes('--keep')) await stopLocalNeo4j(config, (m) => console.error(m));
  }
}

/** Per annotated target of a paper, the annotated subjects that come back for that paper. */
async function scoreEvaluatedOn(papers: GoldPaper[], scorer: Scorer, query: Query, details?: (line: string) => void) {
  // One entry per target however papers name it: two papers writing "MMLU" and "Massive
  // Multitask Language Understanding | MMLU" ask about one target, and each pair counts once.
  const targets: string[][] = [];
  for (const paper of papers) {
    for (const [, target] of paper.evaluated_on) {
      const names = namesIn(paper, target, scorer);
      const keys = new Set(names.map(scorer.norm));
      const known = targets.find((other) => other.some((name) => keys.has(scorer.norm(name))));
      if (known) known.push(...names.filter((name) => !known.includes(name)));
      else targets.push(names);
    }
  }
  let subjects = 0;
  let found = 0;
  let targetsMet = 0;
  let targetCount = 0;
  let returned = 0;
  let right = 0;
  for (const alternatives of targets) {
    const keys = new Set(alternatives.map(scorer.norm));
    const back = await evaluatedSubjects(alternatives, scorer, query);
    for (const paper of papers) {
      const isTarget = (name: string) => namesIn(paper, name, scorer).some((alt) => keys.has(scorer.norm(alt)));
      // Named subjects only: "@paper" (an unnamed approach) is the paper's own result, not a method's.
      const annotatedNames = paper.evaluated_on.filter(([subject, target]) => subject !== '@paper' && isTarget(target)).map(([subject]) => subject);
      const annotated = annotatedNames.map((subject) => namesIn(paper, subject, scorer).map(scorer.norm));
      const came = back.get(scorer.norm(paper.title)) ?? [];
      const matches = (names: Set<string>, subject: string[]) => subject.some((alt) => names.has(alt));
      if (annotated.length > 0) {
        targetCount += 1;
        const hits = annotated.filter((subject) => came.some((names) => matches(names, subject))).length;
        subjects += annotated.length;
        found += hits;
        if (hits / annotated.length >= 0.7) targetsMet += 1;
        annotated.forEach((subject, i) => {
          if (!came.some((names) => matches(names, subject))) details?.(`missed: ${annotatedNames[i]} on ${alternatives.join(' | ')} in "${paper.title}" (came back: ${came.map((names) => [...names][0]).join(', ') || 'nothing'})`);
        });
      }
      returned += came.length;
      right += came.filter((names) => annotated.some((subject) => matches(names, subject))).length;
    }
  }
  return { targets: targetCount, subjects, found, targetsMet, returned, right };
}

/** A name of a pair with the other names its paper's entity entry gives it (as the scorer expands them). */
function namesIn(paper: GoldPaper, name: string, scorer: Scorer): string[] {
  const own = name.split(' | ');
  const keys = new Set(own.map(scorer.norm));
  for (const field of ENTITY_FIELDS) {
    for (const entry of paper[field]) {
      const names = entry.split(' | ');
      if (names.some((alt) => keys.has(scorer.norm(alt)))) return [...new Set([...own, ...names])];
    }
  }
  return own;
}

/** For one target (any of its names), each paper's returned subjects, each as the set of its normalised names. */
async function evaluatedSubjects(alternatives: string[], scorer: Scorer, query: Query): Promise<Map<string, Array<Set<string>>>> {
  for (const target of alternatives) {
    const data = await query(EVALUATED_ON, { target });
    const edges: Array<{ node: { counterpart: { name: string; fullName?: string | null; aliases?: string[] }; evaluations: Array<{ paper: { title: string } | null }> } }> | undefined =
      data.methodsEvaluatedOn?.edges;
    if (!edges) continue;
    const byPaper = new Map<string, Array<Set<string>>>();
    for (const { node } of edges) {
      const names = new Set([node.counterpart.name, node.counterpart.fullName ?? '', ...(node.counterpart.aliases ?? [])].filter(Boolean).map(scorer.norm));
      const titles = new Set(node.evaluations.flatMap((e) => (e.paper ? [scorer.norm(e.paper.title)] : [])));
      for (const title of titles) byPaper.set(title, [...(byPaper.get(title) ?? []), names]);
    }
    return byPaper;
  }
  return new Map();
}

/** Annotated entries with two or more names: each name looked up as its kind, then as any kind. */
async function scorePairs(papers: GoldPaper[], scorer: Scorer, query: Query, details?: (line: string) => void) {
  let pairs = 0;
  let one = 0;
  for (const paper of papers) {
    for (const field of ENTITY_FIELDS) {
      for (const entry of paper[field]) {
        const names = entry.split(' | ');
        if (names.length < 2) continue;
        pairs += 1;
        const ids = await Promise.all(names.map((name) => nodeOf(name, field, query)));
        if (ids.every((id) => id !== undefined && id === ids[0])) one += 1;
        else details?.(`pair not one node: ${names.map((name, i) => `${name} -> ${ids[i] ?? 'none'}`).join('; ')}`);
      }
    }
  }
  return { pairs, one };
}

async function nodeOf(name: string, field: (typeof ENTITY_FIELDS)[number], query: Query): Promise<string | undefined> {
  for (const lookup of [LOOKUPS[field], ...Object.values(LOOKUPS).filter((l) => l !== LOOKUPS[field])]) {
    const data = await query(NODE_ID(lookup), { name });
    if (data.found?.id) return data.found.id;
  }
  return undefined;
}

function pct(part: number, whole: number): string {
  return whole === 0 ? '-' : `${Math.round((100 * part) / whole)}%`;
}

await main().catch((error: unknown) => {
  const message = userMessage(error);
  if (message === undefined) throw error;
  console.error(message);
  process.exit(1);
});
