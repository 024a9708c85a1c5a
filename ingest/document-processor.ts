import { extractPaper } from './extract/pipeline.js';
import type { DocumentProcessor } from './ingest-files.js';
import { documentRecords } from './records/document-records.js';
import { CorpusResolver } from './resolve/corpus-resolver.js';

/**
 * The processor `kg ingest` and the first-start ingest use: the paper's own records (Paper,
 * Repo, HAS_CODE) plus what text extraction finds in its abstract, resolved across the corpus.
 * Extraction is pure and fast, so pass 2 runs it again instead of holding every result.
 */
export function documentProcessor(): DocumentProcessor {
  const resolver = new CorpusResolver();
  return {
    observe: (doc) => resolver.add(extractPaper(doc)),
    records: (doc) => documentRecords(doc, resolver),
  };
}
