import { defineComponent } from '../component.js';
import { findProposals } from '../proposals.js';
import { isOutsideUrls } from '../url-spans.js';

/** Names the paper introduces ("we propose X", a title head), none inside a URL. */
export const proposalsComponent = defineComponent({
  name: 'proposals',
  requires: ['text', 'tokens', 'candidates', 'urlSpans'],
  assigns: ['proposals'],
  run: ({ text, tokens, candidates, urlSpans }) => ({
    proposals: findProposals(text, tokens, candidates).filter((m) => isOutsideUrls(m, urlSpans)),
  }),
});
