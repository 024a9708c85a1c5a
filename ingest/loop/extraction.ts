import type { PaperDocument } from '../document.js';
import { extractPaper, type PaperExtraction } from '../extract/pipeline.js';
import type { GraphBatch } from '../../core/graph-records.js';
import { documentRecords } from '../records/document-records.js';
import { paperRecords } from '../records/paper-records.js';
import type { CorpusResolver, ObservedPaper } from '../resolve/corpus-resolver.js';
import { listedValues, type ChunkValues } from './serialized-chunk.js';

/**
 * Where the loop's documents are extracted, a chunk at a time: on this thread (here) or on
 * worker threads (worker-extraction.ts). Pass 1 only returns what corpus resolution learns
 * from, and the loop learns it on its own thread in document order, so ids never depend on
 * where extraction ran; pass 2 returns each document's records (documentRecords).
 */
/** Documents per chunk: enough to repay a message to a worker, few enough to spread them. */
export const CHUNK_DOCS = 256;

/** Chunks in flight per worker: keeps each busy while memory stays bounded. */
export const CHUNKS_PER_WORKER = 4;

export interface Extraction {
  /** Pass 1: what each document of the chunk gives the alias table. */
  observe(docs: PaperDocument[]): Promise<ObservedPaper[]>;
  /** Between the passes: the resolver whose alias table pass 1 completed. */
  resolveWith(resolver: CorpusResolver): void;
  /** Pass 2: each document's records, in the chunk's order. */
  records(docs: PaperDocument[]): Promise<ChunkValues<GraphBatch>>;
  close(): Promise<void>;
}

/** What pass 1 keeps of a document's extraction. */
export function observePaper(doc: PaperDocument): ObservedPaper {
  return observedPart(extractPaper(doc));
}

/** The part of an extraction corpus resolution learns from. */
export function observedPart({ entities, tasks }: PaperExtraction): ObservedPaper {
  return { entities, tasks };
}

/** Extraction on the loop's own thread: for inputs too small to repay starting workers. */
export function inThreadExtraction(): Extraction {
  let resolver: CorpusResolver | undefined;
  return {
    observe: async (docs) => docs.map(observePaper),
    resolveWith: (finished) => {
      resolver = finished;
    },
    records: async (docs) => {
      if (!resolver) throw new Error('records() before resolveWith(): pass 2 needs the finished alias table');
      const table = resolver;
      return listedValues(docs.map((doc) => documentRecords(doc, table)));
    },
    close: async () => {},
  };
}

/** Without text extraction: papers, their repositories and HAS_CODE edges. */
export function papersOnlyExtraction(): Extraction {
  return {
    observe: async (docs) => docs.map(() => ({ entities: [], tasks: [] })),
    resolveWith: () => {},
    records: async (docs) => listedValues(docs.map(paperRecords)),
    close: async () => {},
  };
}
