import type { PaperEntity } from './entities.js';
import { holdsAPart } from './entity-type.js';
import type { PreparedText } from './prepared-text.js';

/**
 * "CBRN", "NBA", "AMR": an all-capital word the paper never defines, that no lexicon entry,
 * proposal or cue types, is as often an organisation, a heading or a field's shorthand as a
 * method, so it is left out rather than called a method by default. A digit or a dash ("NL4OPT",
 * "SUN-RGBD"), any cue, a comparison it is the other side of ("surpassing ABCD", "beats A, B and ABCD"), a citation
 * after it ("ABCD (Smith et al., 2023)") or a part it holds ("a strategy in ABCD") keeps a name.
 */
const ALL_CAPITALS = /^[A-Z]{2,}s?$/;
// "outperforms ABCD", "compared with the strong ABCD": what results are compared with is a method or model.
// Also the last of a list after it: "beats SchNet, DimeNet++ and EGNN".
const COMPARED_WITH =
  /\b(?:outperform\w*|surpass\w*|beat\w*|than|over|compared (?:to|with)|against|versus|vs\.?)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:[\w+.-]+(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)){0,4}$/i;
// "ABCD (Smith et al., 2023)": a name with a citation is someone's published work.
const CITED = /^\s*\([^()]{0,60}?(?:et al\.|\b(?:19|20)\d\d\b)/;

export function isUntypedAcronym(entity: PaperEntity, prepared: PreparedText): boolean {
  return (
    entity.label === 'Method' &&
    !entity.proposed &&
    !entity.lexiconName &&
    entity.fullName === undefined &&
    entity.labelHints.length === 0 &&
    ALL_CAPITALS.test(entity.name) &&
    entity.mentions.every((m) => m.extractor === 'name-shape') &&
    !entity.mentions.some((m) => COMPARED_WITH.test(prepared.text.slice(Math.max(0, m.start - 90), m.start)) || CITED.test(prepared.text.slice(m.end, m.end + 64)) || holdsAPart(prepared.text, m.start))
  );
}
