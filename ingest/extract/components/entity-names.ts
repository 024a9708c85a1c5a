import { defineComponent } from '../component.js';
import { groupEntities } from '../entities.js';
import { mergeVariants } from '../name-variants.js';
import { isOutsideUrls } from '../url-spans.js';

/**
 * The paper's named things: candidate and proposal mentions grouped by name, acronym pair and
 * lexicon entry, then shorthands merged into the proposed names they abbreviate.
 */
export const entityNamesComponent = defineComponent({
  name: 'entity-names',
  requires: ['candidates', 'proposals', 'acronymPairs', 'urlSpans'],
  assigns: ['names'],
  run: ({ candidates, proposals, acronymPairs, urlSpans }) => {
    // A pair joins two names only when neither half is inside a URL.
    const pairs = acronymPairs.filter((p) => isOutsideUrls(p.long, urlSpans) && isOutsideUrls(p.short, urlSpans));
    return { names: mergeVariants(groupEntities([...candidates, ...proposals], pairs)) };
  },
});
