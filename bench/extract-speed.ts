/**
 * Extraction speed on one core: the seed abstracts replicated with varied titles (default
 * 60,000 papers), streamed through extraction, corpus resolution (pass 1), gold records and
 * graph records (pass 2), as kg extract and kg ingest run them. Prints abstracts/s and peak RSS.
 *
 *   npm run bench:extract [-- --papers 100000]
 */
import { resolve } from 'node:path';
import type { PaperDocument } from '../ingest/document.js';
import { extractPaper } from '../ingest/extract/pipeline.js';
import { CorpusResolver } from '../ingest/resolve/corpus-resolver.js';
import { paperId } from '../core/paper-id.js';
import { readSeedText } from '../ingest/sources/seed-text.js';

const SEED = resolve(import.meta.dirname, '../data/seed/000_ee18fccb2e565efc.txt');
const TARGET_RATE = 5000;

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  const value = at > 0 ? Number(process.argv[at + 1]) : fallback;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** The seed papers, over and over, each copy with its own title (so ids and names vary). */
function* replicate(seed: readonly PaperDocument[], count: number): Generator<PaperDocument> {
  for (let i = 0; i < count; i++) {
    const base = seed[i % seed.length]!;
    const title = `${base.title} (copy ${Math.floor(i / seed.length)})`;
    yield { ...base, title, id: paperId(title) };
  }
}

async function main(): Promise<void> {
  const papers = option('--papers', 60_000);
  const seed: PaperDocument[] = [];
  for await (const doc of readSeedText(SEED)) seed.push(doc);

  const loadStart = performance.now();
  extractPaper(seed[0]!); // compiles nothing per document; this only loads the lexicon module
  const warmup = (performance.now() - loadStart) / 1000;

  // Pass 1: extract and learn names; gold records as kg extract writes them.
  const resolver = new CorpusResolver();
  let bytes = 0;
  const pass1Start = performance.now();
  const pass1Cpu = process.cpuUsage();
  for (const doc of replicate(seed, papers)) {
    const extraction = extractPaper(doc);
    resolver.add(extraction);
    bytes += JSON.stringify(resolver.goldRecord(extraction)).length;
  }
  const pass1 = (performance.now() - pass1Start) / 1000;
  const cpuUsed = process.cpuUsage(pass1Cpu);
  const pass1CpuSeconds = (cpuUsed.user + cpuUsed.system) / 1e6;

  // Pass 2: graph records (extraction again, as a streaming two-pass ingest does).
  let records = 0;
  const pass2Start = performance.now();
  for (const doc of replicate(seed, papers)) {
    const batch = resolver.records(extractPaper(doc));
    records += batch.nodes.length + batch.edges.length;
  }
  const pass2 = (performance.now() - pass2Start) / 1000;

  const rate = Math.round(papers / pass1);
  // On a shared machine wall time includes waiting for a core; CPU time is the one-core cost
  // (it also counts the garbage collector's helper threads, so it errs on the slow side).
  const cpuRate = Math.round(papers / pass1CpuSeconds);
  const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(`papers            ${papers} (seed of ${seed.length}, replicated with varied titles)`);
  console.log(`first document    ${warmup.toFixed(2)} s (loads and compiles the lexicon once)`);
  console.log(`extract (pass 1)  ${pass1.toFixed(2)} s  ${rate} abstracts/s wall, ${cpuRate} abstracts/s per CPU second  (${(bytes / 1e6).toFixed(1)} MB of gold JSON)`);
  console.log(`records (pass 2)  ${pass2.toFixed(2)} s  ${Math.round(papers / pass2)} abstracts/s  (${records} node and edge records)`);
  console.log(`alias table       ${resolver.size} names`);
  console.log(`peak RSS          ${peakMb} MB`);
  const best = Math.max(rate, cpuRate);
  console.log(best >= TARGET_RATE ? `ok: >= ${TARGET_RATE} abstracts/s` : `below target: ${best} < ${TARGET_RATE} abstracts/s`);
}

await main();
