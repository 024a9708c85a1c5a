import type { PaperDocument } from '../../../ingest/document.js';
import type { DocumentState } from '../../../ingest/extract/document-state.js';
import { extractPaper, runComponents } from '../../../ingest/extract/pipeline.js';
import { toGoldRecord, type GoldRecord } from '../../../ingest/resolve/gold-record.js';

/** A paper as a source would yield it, for extraction tests. */
export function doc(title: string, abstract: string): PaperDocument {
  return { id: `paper:${title.toLowerCase().replace(/\W+/g, '-')}`, title, abstract, source: 'test', location: { file: 't', line: 1 } };
}

/** Every field the pipeline assigns for a paper, for testing one component on real inputs. */
export function fieldsOf(title: string, abstract: string): DocumentState {
  return runComponents(doc(title, abstract));
}

/** The paper's extraction in the gold shape, as kg extract writes it. */
export function gold(title: string, abstract: string): GoldRecord {
  return toGoldRecord(extractPaper(doc(title, abstract)));
}
