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
  // The last word's key of each proposed name of several words, keyed once instead of per entity.
  const lastWordKeys = proposed.map((p) => (/\s/.test(p.name) ? nameKey(p.name.split(/\s+/).at(-1)!) : undefined));
  const merged = new Set<PaperEntity>();
  for (const entity of entities) {
    if (entity.proposed || entity.lexiconName || /\s/.test(entity.name)) continue;
    const whole = proposed.find((p, i) => p !== entity && lastWordKeys[i] === entity.key);
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
// The per-entity patterns below, built once (a Unicode literal in a function body is compiled to a new RegExp per call).
const CAPITALS_DIGITS_DASHES = /^[\p{Lu}\d-]{3,}$/u;
const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;
const NOT_CAPITAL = /[^\p{Lu}]/gu;
const LOWER_CASE_LETTER = /\p{Ll}/u;
const CAPITAL_AFTER_LETTER = /\p{L}\p{Lu}/u;

function mergeCapitalSpellings(entities: PaperEntity[]): PaperEntity[] {
  const shortForms = new Map<string, PaperEntity>();
  for (const e of entities) if (!e.lexiconName && CAPITALS_DIGITS_DASHES.test(e.name) && TWO_CAPITALS.test(e.name)) shortForms.set(e.name.replace(NOT_CAPITAL, ''), e);
  if (shortForms.size === 0) return entities;
  const merged = new Set<PaperEntity>();
  for (const long of entities) {
    if (long.lexiconName || long.fullName || !LOWER_CASE_LETTER.test(long.name)) continue;
    const capitals = long.name.replace(NOT_CAPITAL, '');
    const short = capitals.length >= 3 ? shortForms.get(capitals) : undefined;
    // Only where some capital is inside a word: "Retrieval Augmented Generation" is not "RAG" written apart.
    if (!short || short === long || short.fullName || !CAPITAL_AFTER_LETTER.test(long.name)) continue;
    short.fullName = long.name;
    short.aliases = [...new Set([...short.aliases, ...long.aliases])];
    short.mentions = [...short.mentions, ...long.mentions].sort((a, b) => a.start - b.start);
    short.proposed ||= long.proposed;
    merged.add(long);
  }
  return entities.filter((e) => !merged.has(e));
}
