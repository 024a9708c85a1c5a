import { defineComponent } from '../component.js';
import { typeByCompany } from '../coordinated-types.js';
import { typeEntity } from '../entity-type.js';

/**
 * The type of each name (method, model, dataset, benchmark or task) from the lexicon and general
 * cues, then, for names only their shape typed, from the names they are listed with.
 */
export const entityTypesComponent = defineComponent({
  name: 'entity-types',
  requires: ['names', 'text', 'tokens'],
  assigns: ['types'],
  run: ({ names, text, tokens }) => ({ types: typeByCompany(names, names.map((name) => typeEntity(name, text, tokens)), text) }),
});
