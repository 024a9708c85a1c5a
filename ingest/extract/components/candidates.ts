import { findCandidates } from '../candidates.js';
import { defineComponent } from '../component.js';
import { isOutsideUrls } from '../url-spans.js';

/** Name candidates (lexicon, acronym pairs, name shapes, resource nouns), none inside a URL. */
export const candidatesComponent = defineComponent({
  name: 'candidates',
  requires: ['text', 'tokens', 'acronymPairs', 'urlSpans'],
  assigns: ['candidates'],
  run: ({ text, tokens, acronymPairs, urlSpans }) => ({
    // Every pair is offered: the half of a pair outside a URL is still a candidate.
    candidates: findCandidates(text, tokens, acronymPairs).filter((m) => isOutsideUrls(m, urlSpans)),
  }),
});
