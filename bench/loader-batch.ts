/**
 * The loader alone, by batch size: the records of a generated corpus are made once (extraction
 * on worker threads), then loaded with GraphLoader at each batch size into an emptied database,
 * sizes alternating over rounds so drifting load from other work hits each alike. With
 * --replan-skip, a variant also sends each statement as `CYPHER replan=skip ...` (a proposal
 * for ingest/load/cypher.ts: a growing graph otherwise makes Neo4j replan the loader's
 * expensive statements again and again).
 *
 *   npm run bench:ingest -- ... is the end-to-end figure; this is the tuning figure:
 *   npx tsx bench/loader-batch.ts --papers 5000 --sizes 1000,5000,20000 [--rounds 2] [--replan-skip]
 */
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config.js';
import { Database, type Params } from '../src/db/database.js';
import { applySchema } from '../src/db/migrations.js';
import { GraphLoader } from '../ingest/load/graph-loader.js';
import { RecordingSink } from '../ingest/load/recording-sink.js';
import { runIngest } from '../ingest/loop/ingest-loop.js';
import { generateCorpus } from './corpus/generate-corpus.js';
import { flag, numberOption, stringOption } from './lib/args.js';
import { benchNeo4j } from './lib/bench-neo4j.js';

const papers = numberOption('--papers', 5_000);
const sizes = (stringOption('--sizes') ?? '1000,5000,20000').split(',').map(Number);
const rounds = numberOption('--rounds', 2);
const variants = flag('--replan-skip') ? ['plain', 'replan-skip'] : ['plain'];

class ReplanSkipDatabase extends Database {
  override writeAll(statements: Array<{ cypher: string; params?: Params }>): Promise<void> {
    return super.writeAll(statements.map((s) => ({ ...s, cypher: `CYPHER replan=skip ${s.cypher}` })));
  }
}

const corpus = generateCorpus({ papers, dir: path.join(PROJECT_ROOT, '.scratch', 'bench', `corpus-${papers}`) });
// The papers' records as the ingest loop makes them, kept in memory to be loaded again and again.
const recorded = new RecordingSink();
await runIngest([corpus.papersFile], recorded);
const batches = recorded.batches();

const neo4j = benchNeo4j({ port: numberOption('--port', 7713), home: '.neo4j-bench-loader', fresh: true, log: (m) => console.error(m) });
const base = await neo4j.start();
try {
  for (let round = 0; round < rounds; round++) {
    for (const variant of variants) {
      for (const size of round % 2 === 0 ? sizes : [...sizes].reverse()) {
        await emptyDatabase(base);
        await applySchema(base);
        const db = variant === 'replan-skip' ? new ReplanSkipDatabase(base.driver, base.name, 120_000) : base;
        const loader = new GraphLoader(db, size);
        const t = performance.now();
        for (const batch of batches) await loader.add(batch);
        await loader.flush();
        const s = (performance.now() - t) / 1000;
        console.log(`round ${round} ${variant.padEnd(11)} batch ${String(size).padStart(6)}: ${loader.rowsWritten} rows in ${s.toFixed(1)} s = ${Math.round(loader.rowsWritten / s)} rows/s`);
      }
    }
  }
} finally {
  await neo4j.stop();
}
process.exit(0);

/** CALL ... IN TRANSACTIONS needs an auto-commit transaction, which Database does not offer. */
async function emptyDatabase(db: Database): Promise<void> {
  const session = db.driver.session({ database: db.name });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}
