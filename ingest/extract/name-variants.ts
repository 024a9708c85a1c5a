import type { PaperEntity } from './entities.js';
import { nameKey } from '../../core/name-key.js';

/**
 * Names a paper derives from its own names: the shorthand "HybridReasoning" for
 * "NL-FL HybridReasoning" is the same entity, sized or combined variants ("Aligner-7B",
 * "CoMat-SDXL") are proposed with their base name, and a name whose odd capitals spell another
 * ("ABstract-and-EXpand", "ABEX") is its long form.
 */
export function mergeVariants(entities: PaperEntity[]): PaperEntity[] {
  const proposed = entities.filter((e) => e.proposed && !e.lexiconName);
  // "Aligner" proposed makes "Aligner-7B" proposed: the one-word proposed names as prefixes, built once.
  const proposedPrefixes = proposed.filter((p) => !/\s/.test(p.name)).map((p) => `${p.name}-`);
  const merged = new Set<PaperEntity>();
  for (const entity of entities) {
    if (entity.proposed || entity.lexiconName || /\s/.test(entity.name)) continue;
    const whole = proposed.find((p) => p !== entity && /\s/.test(p.name) && nameKey(p.name.split(/\s+/).at(-1)!) === entity.key);
    if (whole) {
      whole.aliases = [...new Set([...whole.aliases, ...entity.aliases])];
      whole.mentions = [...whole.mentions, ...entity.mentions].sort((a, b) => a.start - b.start);
      merged.add(entity);
      continue;
    }
    if (proposedPrefixes.some((prefix) => entity.name.startsWith(prefix))) entity.proposed = true;
  }
  const kept = entities.filter((e) => !merged.has(e));
  return mergeCapitalSpellings(kept);
}

/**
 * "ABEX is based on ABstract-and-EXpand": a name whose capitals spell another name of the
 * paper, written apart from it, is that name's long form (odd capitals mark the letters).
 */
function mergeCapitalSpellings(entities: PaperEntity[]): PaperEntity[] {
  const shortForms = new Map<string, PaperEntity>();
  for (const e of entities) if (!e.lexiconName && /^[\p{Lu}\d-]{3,}$/u.test(e.name) && /\p{Lu}.*\p{Lu}/u.test(e.name)) shortForms.set(e.name.replace(/[^\p{Lu}]/gu, ''), e);
  if (shortForms.size === 0) return entities;
  const merged = new Set<PaperEntity>();
  for (const long of entities) {
    if (long.lexiconName || long.fullName || !/\p{Ll}/u.test(long.name)) continue;
    const capitals = long.name.replace(/[^\p{Lu}]/gu, '');
    const short = capitals.length >= 3 ? shortForms.get(capitals) : undefined;
    // Only where some capital is inside a word: "Retrieval Augmented Generation" is not "RAG" written apart.
    if (!short || short === long || short.fullName || !/\p{L}\p{Lu}/u.test(long.name)) continue;
    short.fullName = long.name;
    short.aliases = [...new Set([...short.aliases, ...long.aliases])];
    short.mentions = [...short.mentions, ...long.mentions].sort((a, b) => a.start - b.start);
    short.proposed ||= long.proposed;
    merged.add(long);
  }
  return entities.filter((e) => !merged.has(e));
}
