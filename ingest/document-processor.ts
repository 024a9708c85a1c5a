import type { DocumentProcessor } from './ingest-files.js';
import { paperRecords } from './records/paper-records.js';

/**
 * The processor `kg ingest` and the first-start ingest use: paper records plus what text
 * extraction finds in each abstract.
 */
export function documentProcessor(): DocumentProcessor {
  return { observe: () => {}, records: paperRecords };
}
