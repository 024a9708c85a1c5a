import type { EntityLabel } from '../extract/mention.js';

/** What a name resolves to across the corpus: the canonical node it becomes. */
export interface ResolvedEntity {
  id: string;
  label: EntityLabel;
  name: string;
  fullName?: string;
}
