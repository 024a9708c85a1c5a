import { nodeType } from './node-types.js';
import { slug } from './slug.js';

/**
 * A paper's canonical id comes from its normalised title: the one key every source shares
 * (the seed has no arXiv ids; dumps have both), so the same paper from two sources is one node.
 */
export function paperId(title: string): string {
  return `${nodeType('Paper').keyPrefix}:${slug(title)}`;
}
