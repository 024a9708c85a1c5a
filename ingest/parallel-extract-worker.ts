import { parentPort, workerData } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import type { PaperDocument } from './document.js';
import { extractPaper } from './extract/pipeline.js';
import type { GraphBatch } from '../core/graph-records.js';
import { documentRecords } from './records/document-records.js';
import { CorpusResolver, type ObservedPaper, type ResolverSnapshot } from './resolve/corpus-resolver.js';

/**
 * One extraction worker (see parallel-extract.ts). Pass 1 returns only what corpus resolution
 * learns from (entities and tasks), so little crosses the thread boundary; pass 2 resolves
 * against a copy of the main thread's finished alias table and returns graph records.
 */

export type WorkerRequest =
  | { kind: 'observe'; chunk: number; docs: PaperDocument[] }
  | { kind: 'records'; chunk: number; docs: PaperDocument[] }
  | { kind: 'resolver'; snapshot: ResolverSnapshot };

export type WorkerReply =
  | { kind: 'observe'; chunk: number; observed: ObservedPaper[] }
  | { kind: 'records'; chunk: number; batches: GraphBatch[] }
  | { kind: 'error'; chunk: number; message: string };

export type { ObservedPaper };

const { port, signal } = workerData as { port: MessagePort; signal: SharedArrayBuffer };
const signalView = new Int32Array(signal);
let resolver = new CorpusResolver();

port.on('message', (request: WorkerRequest) => {
  if (request.kind === 'resolver') {
    resolver = CorpusResolver.fromSnapshot(request.snapshot);
    return;
  }
  let reply: WorkerReply;
  try {
    reply =
      request.kind === 'observe'
        ? { kind: 'observe', chunk: request.chunk, observed: request.docs.map(observe) }
        : { kind: 'records', chunk: request.chunk, batches: request.docs.map(records) };
  } catch (error) {
    reply = { kind: 'error', chunk: request.chunk, message: (error as Error).stack ?? String(error) };
  }
  port.postMessage(reply);
  // Wakes a main thread that waits synchronously (Atomics.wait) for this reply.
  Atomics.add(signalView, 0, 1);
  Atomics.notify(signalView, 0);
});
parentPort?.postMessage('ready');

function observe(doc: PaperDocument): ObservedPaper {
  const { entities, tasks } = extractPaper(doc);
  return { entities, tasks };
}

function records(doc: PaperDocument): GraphBatch {
  return documentRecords(doc, resolver);
}
