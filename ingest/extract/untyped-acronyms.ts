import type { PaperEntity } from './entities.js';

/**
 * "CBRN", "NBA", "AMR": an all-capital word the paper never defines, that no lexicon entry,
 * proposal or cue types, is as often an organisation, a heading or a field's shorthand as a
 * method, so it is left out rather than called a method by default. A digit or a dash ("NL4OPT",
 * "SUN-RGBD") or any cue keeps a name.
 */
const ALL_CAPITALS = /^[A-Z]{2,}s?$/;

export function isUntypedAcronym(entity: PaperEntity): boolean {
  return (
    entity.label === 'Method' &&
    !entity.proposed &&
    !entity.lexiconName &&
    entity.fullName === undefined &&
    entity.labelHints.length === 0 &&
    ALL_CAPITALS.test(entity.name) &&
    entity.mentions.every((m) => m.extractor === 'name-shape')
  );
}
