import { defineComponent } from '../component.js';

/** The paper's entities: each name with its type and evidence (same order as the names). */
export const entitiesComponent = defineComponent({
  name: 'entities',
  requires: ['names', 'types', 'evidence'],
  assigns: ['entities'],
  run: ({ names, types, evidence }) => ({
    entities: names.map((name, i) => ({ ...name, ...types[i]!, evidence: evidence[i]! })),
  }),
});
