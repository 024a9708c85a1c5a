import { BenchmarkConnection, PaperConnection, TaskConnection } from '../connections.js';
import { entityBaseFields, entityRootFields } from '../entity-fields.js';
import { optionalProperty } from '../node-properties.js';
import { TaskRef } from '../refs.js';
import { hopConnection } from '../relationship-fields.js';

TaskRef.implement({
  description: 'A task (question answering, image-text retrieval) that benchmarks measure and papers address.',
  fields: (t) => ({
    ...entityBaseFields(t),
    parent: t.field({
      type: TaskRef,
      nullable: true,
      description: 'The broader task, where a source nested tasks.',
      resolve: (task, _args, ctx) => optionalProperty(task, ctx, (row) => row.parentTask),
    }),
    benchmarks: hopConnection(t, {
      type: BenchmarkConnection,
      hop: { from: 'Task', types: ['FOR_TASK'], direction: 'in', to: ['Benchmark'] },
      description: 'Benchmarks measuring it.',
    }),
    papers: hopConnection(t, {
      type: PaperConnection,
      hop: { from: 'Task', types: ['ADDRESSES', 'MENTIONS'], direction: 'in', to: ['Paper'] },
      roles: true,
      description: 'Papers addressing or mentioning it, newest first; `role` picks one.',
    }),
  }),
});

entityRootFields('Task', TaskRef, TaskConnection, 'tasks', 'question answering');
