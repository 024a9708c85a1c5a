import { workerData } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import type { PaperDocument } from '../document.js';
import type { GraphBatch } from '../../core/graph-records.js';
import { extractPaper, type PaperExtraction } from '../extract/pipeline.js';
import { documentRecords } from '../records/document-records.js';
import { CorpusResolver, type ObservedPaper, type ResolverSnapshot } from '../resolve/corpus-resolver.js';
import { goldLines } from '../resolve/gold-record.js';
import { observedPart } from './extraction.js';
import { serializedValues, serializeEach, type SpilledChunk } from './serialized-chunk.js';

/**
 * One extraction worker (see worker-extraction.ts). Pass 1 returns what corpus resolution
 * learns from, and each whole extraction serialised, for the loop to keep on disk; pass 2 gets
 * those bytes back with the documents, resolves them against the main thread's finished alias
 * table, sent once as a snapshot, and returns graph records: nothing is extracted twice.
 * For kg extract, a chunk comes back as its gold-shaped JSON Lines.
 */

export type WorkerRequest =
  | { kind: 'observe'; chunk: number; docs: PaperDocument[] }
  | { kind: 'records'; chunk: number; docs: PaperDocument[]; spilled: SpilledChunk }
  | { kind: 'gold'; chunk: number; docs: PaperDocument[] }
  | { kind: 'resolver'; snapshot: ResolverSnapshot };

export type WorkerReply =
  | { kind: 'observe'; chunk: number; observed: ObservedPaper[]; spilled: SpilledChunk }
  | { kind: 'records'; chunk: number; batches: SpilledChunk }
  | { kind: 'gold'; chunk: number; lines: string }
  | { kind: 'error'; chunk: number; message: string };

const { port } = workerData as { port: MessagePort };
let resolver: CorpusResolver | undefined;

port.on('message', (request: WorkerRequest) => {
  if (request.kind === 'resolver') {
    resolver = CorpusResolver.fromSnapshot(request.snapshot);
    return;
  }
  let reply: WorkerReply;
  try {
    if (request.kind === 'observe') reply = observe(request.chunk, request.docs);
    else if (request.kind === 'gold') reply = { kind: 'gold', chunk: request.chunk, lines: goldLines(request.docs) };
    else reply = { kind: 'records', chunk: request.chunk, batches: records(request.docs, request.spilled) };
  } catch (error) {
    reply = { kind: 'error', chunk: request.chunk, message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(reply);
});

function observe(chunk: number, docs: PaperDocument[]): WorkerReply {
  const extractions = docs.map(extractPaper);
  return { kind: 'observe', chunk, observed: extractions.map(observedPart), spilled: serializeEach(extractions) };
}

/** Each document's records, from its pass-1 extraction; serialised for the loop (see serialized-chunk.ts). */
function records(docs: PaperDocument[], spilled: SpilledChunk): SpilledChunk {
  if (!resolver) throw new Error('records requested before the alias table arrived');
  const table = resolver;
  const extractions = serializedValues<PaperExtraction>(spilled);
  const batches: GraphBatch[] = docs.map((doc, i) => {
    const extraction = extractions.take(i);
    if (extraction.paperId !== doc.id) throw new Error(`pass 2 read ${doc.id} where pass 1 extracted ${extraction.paperId}: the inputs changed between the passes`);
    return documentRecords(doc, table, extraction);
  });
  return serializeEach(batches);
}
