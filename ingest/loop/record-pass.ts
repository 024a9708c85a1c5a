import type { PaperDocument } from '../document.js';
import type { GraphBatch } from '../../core/graph-records.js';
import type { GraphSink, SinkSummary } from '../load/graph-sink.js';
import { CHUNK_DOCS, type Extraction } from './extraction.js';
import type { ChunkValues } from './serialized-chunk.js';

interface Chunk {
  /** The documents while the chunk fills; let go once sent (the extraction has them). */
  docs: PaperDocument[];
  size: number;
  made?: Promise<ChunkValues<GraphBatch>>;
  /** Set as soon as the records are in, so they are handed over without waiting for a turn. */
  batches?: ChunkValues<GraphBatch>;
  handedOver: number;
}

/** What waits to be handed to the sink: a source's ready records, or a run of papers of one chunk. */
type Entry = { kind: 'records'; batch: GraphBatch } | { kind: 'papers'; chunk: Chunk; count: number };

/**
 * Pass 2 of the loop: papers' records made in chunks (on workers, ahead of the sink), and
 * everything handed to the sink in exactly the order the sources gave it, ready records and
 * papers interleaved as read: the sink sees what a one-document-at-a-time loop would show it.
 */
export class RecordPass {
  papers = 0;
  private readonly queue: Entry[] = [];
  private open: Chunk = { docs: [], size: 0, handedOver: 0 };
  /** Chunks sent to extraction and not yet handed over in full. */
  private making = 0;
  /** Ready records queued behind the chunk still filling. */
  private waitingOnOpen = 0;

  constructor(
    private readonly extraction: Extraction,
    private readonly sink: GraphSink<SinkSummary>,
    private readonly window: number,
    private readonly onPaper: (papers: number) => void = () => {},
  ) {}

  async addRecords(batch: GraphBatch): Promise<void> {
    this.queue.push({ kind: 'records', batch });
    // Records wait behind the papers read before them; a chunk still filling is sent early
    // rather than let a long dump after a few papers pile up in memory.
    this.waitingOnOpen += this.open.size > 0 ? 1 : 0;
    if (this.waitingOnOpen >= CHUNK_DOCS) this.send();
    await this.handOver(false);
  }

  async addDocument(doc: PaperDocument): Promise<void> {
    const last = this.queue.at(-1);
    if (last?.kind === 'papers' && last.chunk === this.open) last.count += 1;
    else this.queue.push({ kind: 'papers', chunk: this.open, count: 1 });
    this.open.docs.push(doc);
    this.open.size += 1;
    if (this.open.size >= CHUNK_DOCS) this.send();
    await this.handOver(false);
  }

  async finish(): Promise<void> {
    if (this.open.size > 0) this.send();
    await this.handOver(true);
  }

  private send(): void {
    const chunk = this.open;
    chunk.made = this.extraction.records(chunk.docs);
    chunk.docs = [];
    // Also marks a failure as handled: it surfaces when the chunk's turn comes.
    chunk.made.then(
      (batches) => {
        chunk.batches = batches;
      },
      () => {},
    );
    this.making += 1;
    this.open = { docs: [], size: 0, handedOver: 0 };
    this.waitingOnOpen = 0;
  }

  /** Hands over the queue's head while it is ready; with `all` (or a full window), waits for it. */
  private async handOver(all: boolean): Promise<void> {
    while (this.queue.length > 0) {
      const head = this.queue[0]!;
      if (head.kind === 'records') {
        await this.sink.addRecords(head.batch);
        this.queue.shift();
        continue;
      }
      const { chunk } = head;
      // Still filling: papers read later may join it (finish() sends it).
      if (!chunk.made) return;
      if (!chunk.batches) {
        // Wait for it only when memory asks: a full window, or ready records piling up behind.
        if (!all && this.making <= this.window && this.queue.length <= this.window * CHUNK_DOCS * 2) return;
        chunk.batches = await chunk.made;
      }
      for (let i = 0; i < head.count; i += 1) {
        await this.sink.addPaper(chunk.batches.take(chunk.handedOver));
        chunk.handedOver += 1;
        this.papers += 1;
        this.onPaper(this.papers);
      }
      this.queue.shift();
      if (chunk.handedOver === chunk.size) this.making -= 1;
    }
  }
}
