import { BenchmarkConnection, CollectionConnection, DatasetConnection, ModelConnection, PaperConnection } from '../connections.js';
import { entityBaseFields, entityRootFields } from '../entity-fields.js';
import { optionalProperty } from '../node-properties.js';
import { ModelRef } from '../refs.js';
import { evaluationConnection, evaluationGroupConnection, hopConnection } from '../relationship-fields.js';

ModelRef.implement({
  description: 'A named trained model (GPT-4, Llama-3-70B, CLIP ViT-L/14).',
  fields: (t) => ({
    ...entityBaseFields(t),
    papers: hopConnection(t, {
      type: PaperConnection,
      hop: { from: 'Model', types: ['PROPOSES', 'MENTIONS', 'USES'], direction: 'in', to: ['Paper'] },
      roles: true,
      description: 'Papers that propose, mention or (as a dump lists it) use it, newest first; `role` picks one.',
    }),
    introducedYear: t.int({ nullable: true, description: 'Year it was introduced, as the Papers with Code methods dump says.', resolve: (m, _args, ctx) => optionalProperty(m, ctx, (row) => row.introducedYear) }),
    collections: hopConnection(t, {
      type: CollectionConnection,
      hop: { from: 'Model', types: ['IN_COLLECTION'], direction: 'out', to: ['Collection'] },
      description: 'Collections of the methods taxonomy the methods dump puts it in.',
    }),
    evaluations: evaluationConnection(t, { side: 'subject', label: 'Model', description: 'Its evaluation results, by benchmark, best first.' }),
    evaluatedOn: evaluationGroupConnection(t, {
      side: 'subject',
      label: 'Model',
      description: 'The benchmarks and datasets it was evaluated on, each with its results there (most results first).',
    }),
    benchmarks: hopConnection(t, {
      type: BenchmarkConnection,
      hop: { from: 'Model', types: ['EVALUATED_ON'], direction: 'out', to: ['Benchmark'] },
      description: 'Benchmarks it was evaluated on.',
    }),
    datasets: hopConnection(t, {
      type: DatasetConnection,
      hop: { from: 'Model', types: ['EVALUATED_ON'], direction: 'out', to: ['Dataset'] },
      description: 'Datasets it was evaluated on directly.',
    }),
    variants: hopConnection(t, {
      type: ModelConnection,
      hop: { from: 'Model', types: ['VARIANT_OF'], direction: 'in', to: ['Model'] },
      description: 'Models that are variants of this one (fine-tunes, sizes), where a source said.',
    }),
    variantOf: hopConnection(t, {
      type: ModelConnection,
      hop: { from: 'Model', types: ['VARIANT_OF'], direction: 'out', to: ['Model'] },
      description: 'Models this one is a variant of.',
    }),
  }),
});

entityRootFields('Model', ModelRef, ModelConnection, 'models', 'GPT-4');
