import { defineComponent } from '../component.js';
import { isUntypedAcronym } from '../untyped-acronyms.js';

/** The paper's entities: each name with its type and evidence (same order as the names), but for undefined acronyms nothing typed. */
export const entitiesComponent = defineComponent({
  name: 'entities',
  requires: ['names', 'types', 'evidence', 'text'],
  assigns: ['entities'],
  run: ({ names, types, evidence, text }) => ({
    entities: names.map((name, i) => ({ ...name, ...types[i]!, evidence: evidence[i]! })).filter((entity) => !isUntypedAcronym(entity, text)),
  }),
});
