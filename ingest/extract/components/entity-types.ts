import { defineComponent } from '../component.js';
import { typeEntity } from '../entity-type.js';

/** The type of each name (method, model, dataset, benchmark or task) from the lexicon and general cues. */
export const entityTypesComponent = defineComponent({
  name: 'entity-types',
  requires: ['names', 'text', 'tokens'],
  assigns: ['types'],
  run: ({ names, text, tokens }) => ({ types: names.map((name) => typeEntity(name, text, tokens)) }),
});
