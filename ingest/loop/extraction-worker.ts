import { workerData } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import type { PaperDocument } from '../document.js';
import type { GraphBatch } from '../../core/graph-records.js';
import { documentRecords } from '../records/document-records.js';
import { CorpusResolver, type ObservedPaper, type ResolverSnapshot } from '../resolve/corpus-resolver.js';
import { observePaper } from './extraction.js';

/**
 * One extraction worker (see worker-extraction.ts). Pass 1 returns only what corpus
 * resolution learns from, so little crosses the thread boundary; pass 2 resolves against the
 * main thread's finished alias table, sent once as a snapshot, and returns graph records.
 */

export type WorkerRequest =
  | { kind: 'observe'; chunk: number; docs: PaperDocument[] }
  | { kind: 'records'; chunk: number; docs: PaperDocument[] }
  | { kind: 'resolver'; snapshot: ResolverSnapshot };

export type WorkerReply =
  | { kind: 'observe'; chunk: number; observed: ObservedPaper[] }
  | { kind: 'records'; chunk: number; batches: GraphBatch[] }
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
    reply = request.kind === 'observe' ? { kind: 'observe', chunk: request.chunk, observed: request.docs.map(observePaper) } : { kind: 'records', chunk: request.chunk, batches: records(request.docs) };
  } catch (error) {
    reply = { kind: 'error', chunk: request.chunk, message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(reply);
});

function records(docs: PaperDocument[]): GraphBatch[] {
  if (!resolver) throw new Error('records requested before the alias table arrived');
  const table = resolver;
  return docs.map((doc) => documentRecords(doc, table));
}
