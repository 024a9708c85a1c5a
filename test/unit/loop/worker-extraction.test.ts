import { describe, expect, it } from 'vitest';
import type { PaperDocument } from '../../../ingest/document.js';
import { inThreadExtraction, type Extraction } from '../../../ingest/loop/extraction.js';
import { WorkerExtraction } from '../../../ingest/loop/worker-extraction.js';
import { CorpusResolver } from '../../../ingest/resolve/corpus-resolver.js';
import { readSeedText } from '../../../ingest/sources/seed-text.js';
import { DEFAULT_CORPUS } from '../../../src/default-corpus.js';

/** Both passes through one extraction, chunk by chunk, as the loop drives them. */
async function bothPasses(extraction: Extraction, chunks: PaperDocument[][], pauseMs = 0): Promise<string[]> {
  const resolver = new CorpusResolver();
  const observed = await Promise.all(chunks.map((docs) => extraction.observe(docs)));
  for (const papers of observed) for (const paper of papers) resolver.add(paper);
  extraction.resolveWith(resolver);
  // Time for a worker let go here to exit: pass 2 must not take that for a failure.
  await new Promise((resolve) => setTimeout(resolve, pauseMs));
  const shown: string[] = [];
  for (const docs of chunks) {
    const batches = await extraction.records(docs);
    for (let i = 0; i < batches.length; i += 1) shown.push(JSON.stringify(batches.take(i)));
  }
  return shown;
}

describe('extraction on worker threads', () => {
  it('reads on more workers than it writes with, and gives the records one thread gives', async () => {
    const docs: PaperDocument[] = [];
    for await (const doc of readSeedText(DEFAULT_CORPUS)) docs.push(doc);
    const chunks = [0, 60, 120, 180].map((start) => docs.slice(start, start + 60));
    const expected = await bothPasses(inThreadExtraction(), chunks);

    const workers = new WorkerExtraction(2, 1);
    try {
      expect(await bothPasses(workers, chunks, 300)).toEqual(expected);
    } finally {
      await workers.close();
    }
    expect(expected).toHaveLength(docs.length);
  }, 60_000);
});
