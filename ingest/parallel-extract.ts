import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { PaperDocument } from './document.js';
import type { GraphBatch } from '../core/graph-records.js';
import type { DocumentProcessor } from './ingest-files.js';
import type { ObservedPaper, WorkerReply, WorkerRequest } from './parallel-extract-worker.js';
import { documentRecords } from './records/document-records.js';
import { CorpusResolver } from './resolve/corpus-resolver.js';

/**
 * Text extraction on every core. Extraction is pure, so documents go to worker threads in
 * chunks; corpus resolution stays on the main thread and learns pass-1 results in document
 * order, so ids are exactly those of the one-thread documentProcessor() (first claim wins, and
 * claims arrive in the same order). Two faces:
 *
 * - `ParallelExtractor`: an async chunk API (observe chunks, learn them in order, then records
 *   per chunk) for callers that own their loop (ingest/bulk, bench).
 * - `parallelDocumentProcessor()`: a drop-in DocumentProcessor for ingestFiles. observe() only
 *   queues chunks; their results are learned in order as they come, and all of them before the
 *   first records(), which blocks on the workers (Atomics.wait) because DocumentProcessor is
 *   synchronous. records() itself runs on the calling thread: a synchronous per-document call
 *   cannot look ahead to keep workers busy.
 */

export const CHUNK_DOCS = 256;

interface PoolWorker {
  worker: Worker;
  port: MessagePort;
  signal: Int32Array;
}

export class ParallelExtractor {
  /** Learns pass 1 on this thread; emptied once shipped to the workers (see shipTable). */
  resolver = new CorpusResolver();
  private readonly pool: PoolWorker[];
  private readonly waiting = new Map<number, { resolve: (reply: WorkerReply) => void; reject: (error: Error) => void }>();
  private readonly received = new Map<number, WorkerReply>();
  private readonly workerOf = new Map<number, PoolWorker>();
  private nextChunk = 0;
  private tableShipped = false;
  private failure: Error | undefined;

  constructor(readonly workers = defaultWorkers()) {
    this.pool = Array.from({ length: workers }, () => startWorker());
    for (const member of this.pool) {
      member.port.on('message', (reply: WorkerReply) => this.accept(reply));
      member.worker.on('error', (error) => this.fail(error));
    }
  }

  /** Pass 1 for a chunk: extraction on a worker. Learn the results in document order. */
  async observeChunk(docs: PaperDocument[]): Promise<ObservedPaper[]> {
    const reply = await this.reply(this.post({ kind: 'observe', docs }));
    return (reply as Extract<WorkerReply, { kind: 'observe' }>).observed;
  }

  /** Pass 1 results join the alias table; call in document order. */
  learn(observed: readonly ObservedPaper[]): void {
    for (const paper of observed) this.resolver.add(paper);
  }

  /** Pass 2 for a chunk, after every learn(): each document's records, as documentProcessor() gives them. */
  async recordsChunk(docs: PaperDocument[]): Promise<GraphBatch[]> {
    this.shipTable();
    const reply = await this.reply(this.post({ kind: 'records', docs }));
    return (reply as Extract<WorkerReply, { kind: 'records' }>).batches;
  }

  /** Posts a request to the next worker (round robin); returns its chunk number. */
  post(request: { kind: 'observe' | 'records'; docs: PaperDocument[] }): number {
    if (this.failure) throw this.failure;
    const chunk = this.nextChunk++;
    const member = this.pool[chunk % this.pool.length]!;
    this.workerOf.set(chunk, member);
    member.port.postMessage({ ...request, chunk } satisfies WorkerRequest);
    return chunk;
  }

  /** The reply to a posted chunk, without blocking the thread. */
  reply(chunk: number): Promise<WorkerReply> {
    const ready = this.take(chunk);
    if (ready) return Promise.resolve(ready);
    return new Promise((resolve, reject) => this.waiting.set(chunk, { resolve, reject }));
  }

  /** The reply to a posted chunk if it is in, else undefined (never blocks). */
  poll(chunk: number): WorkerReply | undefined {
    this.pump(chunk);
    return this.take(chunk);
  }

  /**
   * The reply to a posted chunk, blocking the thread until it is in (for synchronous callers):
   * replies are taken straight off the worker's port, so the event loop need not run.
   */
  replySync(chunk: number): WorkerReply {
    for (;;) {
      const member = this.workerOf.get(chunk);
      // Read the signal before looking at the port, so a reply posted in between still wakes us.
      const seen = member ? Atomics.load(member.signal, 0) : 0;
      const ready = this.poll(chunk);
      if (ready) return ready;
      if (!member) throw this.failure ?? new Error(`no extraction chunk ${chunk}`);
      // A dead worker's 'error' event needs the event loop, which a blocked thread never runs.
      if (member.worker.threadId === -1) throw this.failure ?? new Error('an extraction worker exited; run with one worker to see why');
      Atomics.wait(member.signal, 0, seen, 1_000);
    }
  }

  /** Sends the finished pass-1 alias table to every worker, once. */
  shipTable(): void {
    if (this.tableShipped) return;
    this.tableShipped = true;
    const snapshot = this.resolver.snapshot();
    for (const member of this.pool) member.port.postMessage({ kind: 'resolver', snapshot } satisfies WorkerRequest);
    // postMessage has copied it; pass 2 resolves on the workers, so this thread's copy would
    // only hold memory (173k methods and models at 576k papers).
    this.resolver = new CorpusResolver();
  }

  async close(): Promise<void> {
    await Promise.all(this.pool.map(({ worker, port }) => (port.close(), worker.terminate())));
  }

  private pump(chunk: number): void {
    const member = this.workerOf.get(chunk);
    if (!member) return;
    for (let message = receiveMessageOnPort(member.port); message; message = receiveMessageOnPort(member.port)) {
      this.accept(message.message as WorkerReply);
    }
  }

  private take(chunk: number): WorkerReply | undefined {
    const reply = this.received.get(chunk);
    if (!reply) return undefined;
    this.received.delete(chunk);
    this.workerOf.delete(chunk);
    if (reply.kind === 'error') throw new Error(`extraction worker failed: ${reply.message}`);
    return reply;
  }

  private accept(reply: WorkerReply): void {
    const waiter = this.waiting.get(reply.chunk);
    if (!waiter) {
      this.received.set(reply.chunk, reply);
      return;
    }
    this.waiting.delete(reply.chunk);
    this.workerOf.delete(reply.chunk);
    if (reply.kind === 'error') waiter.reject(new Error(`extraction worker failed: ${reply.message}`));
    else waiter.resolve(reply);
  }

  private fail(error: Error): void {
    this.failure = error;
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
  }
}

export interface ParallelDocumentProcessor extends DocumentProcessor {
  /** Stops the workers; await it when the ingest is done. */
  close(): Promise<void>;
}

/** Drop-in for documentProcessor(): pass 1 on every core, the same records and ids. */
export function parallelDocumentProcessor(workers = defaultWorkers()): ParallelDocumentProcessor {
  const extractor = new ParallelExtractor(workers);
  let buffer: PaperDocument[] = [];
  const inFlight: number[] = [];
  let pass1Done = false;

  const dispatch = () => {
    if (buffer.length === 0) return;
    inFlight.push(extractor.post({ kind: 'observe', docs: buffer }));
    buffer = [];
  };
  // Learns replies in document order: those already in, or (blocking) down to `left` in flight.
  const learnInOrder = (left: number) => {
    while (inFlight.length > 0) {
      const chunk = inFlight[0]!;
      const reply = inFlight.length > left ? extractor.replySync(chunk) : extractor.poll(chunk);
      if (!reply) return;
      extractor.learn((reply as Extract<WorkerReply, { kind: 'observe' }>).observed);
      inFlight.shift();
    }
  };

  return {
    observe(doc) {
      buffer.push(doc);
      if (buffer.length < CHUNK_DOCS) return;
      dispatch();
      // Bounded memory: a few chunks per worker in flight at most.
      learnInOrder(workers * 4);
    },
    records(doc) {
      if (!pass1Done) {
        dispatch();
        learnInOrder(0);
        pass1Done = true;
      }
      return documentRecords(doc, extractor.resolver);
    },
    close: () => extractor.close(),
  };
}

function startWorker(): PoolWorker {
  const { port1, port2 } = new MessageChannel();
  const signal = new SharedArrayBuffer(4);
  const worker = import.meta.url.endsWith('.ts')
    ? // Under tsx the sources run as .ts, and tsx's loader does not follow into workers: register it there first.
      new Worker(
        `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(new URL('./parallel-extract-worker.ts', import.meta.url).href)}); })`,
        { eval: true, workerData: { port: port2, signal }, transferList: [port2] },
      )
    : new Worker(new URL('./parallel-extract-worker.js', import.meta.url), { workerData: { port: port2, signal }, transferList: [port2] });
  // Idle workers must not keep a finished ingest alive.
  worker.unref();
  port1.unref();
  return { worker, port: port1, signal: new Int32Array(signal) };
}

export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}
