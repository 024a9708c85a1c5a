import { defineComponent } from '../component.js';
import { findEvaluations } from '../evaluations.js';

/** evaluated_on pairs: which method or model is evaluated on which dataset or benchmark. */
export const evaluationsComponent = defineComponent({
  name: 'evaluations',
  requires: ['entities', 'text'],
  assigns: ['evaluations'],
  run: ({ entities, text }) => ({ evaluations: findEvaluations(entities, text) }),
});
