import type { PaperDocument } from '../document.js';
import { goldLines } from '../resolve/gold-record.js';
import { OrderedChunks } from './ordered-chunks.js';

/** Where kg extract's chunks become JSON Lines: this thread, or the worker pool (WorkerExtraction). */
export interface GoldExtraction {
  goldLines(docs: PaperDocument[]): Promise<string>;
  close(): Promise<void>;
}

/** On this thread: for inputs too small to repay starting workers. */
export function inThreadGold(): GoldExtraction {
  return { goldLines: async (docs) => goldLines(docs), close: async () => {} };
}

/**
 * kg extract's one pass: documents in chunks to extraction, chosen as the ingest loop's pass 1
 * chooses it, and each chunk's lines written in document order, so the output is the same
 * wherever extraction ran.
 */
export class GoldPass {
  private readonly chunks: OrderedChunks<GoldExtraction, string>;

  constructor(choose: (papers: number) => GoldExtraction, chooseAt: number, window: number, write: (lines: string) => Promise<void>) {
    this.chunks = new OrderedChunks(choose, (extraction, docs) => extraction.goldLines(docs), chooseAt, window, write);
  }

  get papers(): number {
    return this.chunks.papers;
  }

  add(doc: PaperDocument): Promise<void> {
    return this.chunks.add(doc);
  }

  /** Writes the last chunks. */
  finish(): Promise<void> {
    return this.chunks.finish();
  }

  async close(): Promise<void> {
    await this.chunks.chosen?.close();
  }
}
