import { BenchmarkConnection, DatasetConnection, MethodConnection, ModelConnection, PaperConnection } from '../connections.js';
import { entityBaseFields, entityRootFields } from '../entity-fields.js';
import { optionalProperty } from '../node-properties.js';
import { DatasetRef } from '../refs.js';
import { evaluationConnection, hopConnection } from '../relationship-fields.js';

DatasetRef.implement({
  description: 'A dataset (SQuAD, ImageNet, HH-RLHF); benchmarks are built on datasets.',
  fields: (t) => ({
    ...entityBaseFields(t),
    modalities: t.stringList({ description: 'Modalities of its data (Texts, Images), as the Papers with Code datasets dump lists them.', resolve: (d, _args, ctx) => optionalProperty(d, ctx, (row) => row.modalities) }),
    languages: t.stringList({ description: 'Languages of its data, as the Papers with Code datasets dump lists them.', resolve: (d, _args, ctx) => optionalProperty(d, ctx, (row) => row.languages) }),
    parent: t.field({
      type: DatasetRef,
      nullable: true,
      description: 'The dataset this one is a part or version of, where the datasets dump names one.',
      resolve: (dataset, _args, ctx) => optionalProperty(dataset, ctx, (row) => row.parentDataset),
    }),
    parts: hopConnection(t, {
      type: DatasetConnection,
      hop: { from: 'Dataset', types: ['PART_OF'], direction: 'in', to: ['Dataset'] },
      description: 'Datasets that name this one as their parent.',
    }),
    benchmarks: hopConnection(t, {
      type: BenchmarkConnection,
      hop: { from: 'Dataset', types: ['ON_DATASET'], direction: 'in', to: ['Benchmark'] },
      description: 'Benchmarks built on it.',
    }),
    papers: hopConnection(t, {
      type: PaperConnection,
      hop: { from: 'Dataset', types: ['PROPOSES', 'MENTIONS', 'EVALUATES_ON'], direction: 'in', to: ['Paper'] },
      roles: true,
      description: 'Papers that propose, mention or report results on it, newest first; `role` picks one.',
    }),
    evaluations: evaluationConnection(t, { side: 'target', label: 'Dataset', description: 'Results reported on it directly, by metric, best first.' }),
    methods: hopConnection(t, {
      type: MethodConnection,
      hop: { from: 'Dataset', types: ['EVALUATED_ON'], direction: 'in', to: ['Method'] },
      description: 'Methods evaluated on it directly.',
    }),
    models: hopConnection(t, {
      type: ModelConnection,
      hop: { from: 'Dataset', types: ['EVALUATED_ON'], direction: 'in', to: ['Model'] },
      description: 'Models evaluated on it directly.',
    }),
  }),
});

entityRootFields('Dataset', DatasetRef, DatasetConnection, 'datasets', 'ImageNet');
