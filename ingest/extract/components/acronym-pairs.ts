import { findAcronymPairs } from '../acronyms.js';
import { defineComponent } from '../component.js';

/** Long and short forms written together: "Direct Preference Optimization (DPO)". */
export const acronymPairsComponent = defineComponent({
  name: 'acronym-pairs',
  requires: ['text'],
  assigns: ['acronymPairs'],
  run: ({ text }) => ({ acronymPairs: findAcronymPairs(text) }),
});
