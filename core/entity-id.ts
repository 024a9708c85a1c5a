import type { EntityLabel } from './labels.js';
import { nodeType } from './node-types.js';
import { slug } from './slug.js';

/**
 * The id of a method, model, dataset, benchmark, task or metric node, shared by every source:
 * `${keyPrefix}:${slug(canonicalName)}` ("method:dpo", "benchmark:mt-bench",
 * "task:image-text-retrieval"). The canonical name is the short form where one exists.
 */
export function entityId(label: EntityLabel, name: string): string {
  const key = slug(name) || fallbackKey(name);
  return `${nodeType(label).keyPrefix}:${key}`;
}

// Names without any latin letter or digit (rare) still need a stable, non-empty id.
function fallbackKey(name: string): string {
  return Array.from(name.normalize('NFKC').toLowerCase().replace(/\s+/g, ''), (c) => c.codePointAt(0)!.toString(16)).join('-');
}
