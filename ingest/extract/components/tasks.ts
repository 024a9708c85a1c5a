import { defineComponent } from '../component.js';
import { findTasks } from '../tasks.js';

/** The one to three tasks the paper addresses. */
export const tasksComponent = defineComponent({
  name: 'tasks',
  requires: ['entities', 'text'],
  assigns: ['tasks'],
  run: ({ entities, text }) => ({ tasks: findTasks(text, entities) }),
});
