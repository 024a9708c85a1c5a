import type { PaperDocument } from '../document.js';
import { goldLines } from '../resolve/gold-record.js';

/**
 * Where kg extract's chunks become gold-shaped JSON Lines: this thread, or the worker pool
 * (WorkerExtraction). The command reads through OrderedChunks, as the ingest loop's pass 1 does,
 * so the lines are written in document order wherever they were made.
 */
export interface GoldExtraction {
  goldLines(docs: PaperDocument[]): Promise<string>;
  close(): Promise<void>;
}

/** On this thread: for inputs too small to repay starting workers. */
export function inThreadGold(): GoldExtraction {
  return { goldLines: async (docs) => goldLines(docs), close: async () => {} };
}
