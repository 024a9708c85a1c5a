import { defineComponent } from '../component.js';
import { findTasks } from '../tasks.js';

/** The one to three tasks the paper addresses. */
export const tasksComponent = defineComponent({
  name: 'tasks',
  requires: ['entities', 'text', 'candidates', 'acronymPairs'],
  assigns: ['tasks'],
  run: ({ entities, text, candidates, acronymPairs }) => ({ tasks: findTasks(text, entities, candidates, acronymPairs) }),
});
