import { BenchmarkConnection, CollectionConnection, DatasetConnection, MethodConnection, PaperConnection, RepoConnection } from '../connections.js';
import { entityBaseFields, entityRootFields } from '../entity-fields.js';
import { optionalProperty } from '../node-properties.js';
import { MethodRef } from '../refs.js';
import { evaluationConnection, evaluationGroupConnection, hopConnection } from '../relationship-fields.js';

MethodRef.implement({
  description: 'A method: an algorithm, objective, architecture or framework (DPO, LoRA, Transformer).',
  fields: (t) => ({
    ...entityBaseFields(t),
    papers: hopConnection(t, {
      type: PaperConnection,
      hop: { from: 'Method', types: ['PROPOSES', 'MENTIONS', 'USES'], direction: 'in', to: ['Paper'] },
      roles: true,
      description: 'Papers that propose, mention or (as a dump lists it) use it, newest first; `role` picks one.',
    }),
    introducedYear: t.int({ nullable: true, description: 'Year it was introduced, as the Papers with Code methods dump says.', resolve: (m, _args, ctx) => optionalProperty(m, ctx, (row) => row.introducedYear) }),
    collections: hopConnection(t, {
      type: CollectionConnection,
      hop: { from: 'Method', types: ['IN_COLLECTION'], direction: 'out', to: ['Collection'] },
      description: 'Collections of the methods taxonomy it belongs to, each in its area.',
    }),
    evaluations: evaluationConnection(t, { side: 'subject', label: 'Method', description: 'Its evaluation results, by benchmark, best first.' }),
    evaluatedOn: evaluationGroupConnection(t, {
      side: 'subject',
      label: 'Method',
      description: 'The benchmarks and datasets it was evaluated on, each with its results there (most results first).',
    }),
    benchmarks: hopConnection(t, {
      type: BenchmarkConnection,
      hop: { from: 'Method', types: ['EVALUATED_ON'], direction: 'out', to: ['Benchmark'] },
      description: 'Benchmarks it was evaluated on.',
    }),
    datasets: hopConnection(t, {
      type: DatasetConnection,
      hop: { from: 'Method', types: ['EVALUATED_ON'], direction: 'out', to: ['Dataset'] },
      description: 'Datasets it was evaluated on directly.',
    }),
    repos: hopConnection(t, {
      type: RepoConnection,
      hop: { from: 'Method', types: ['IMPLEMENTED_IN'], direction: 'out', to: ['Repo'] },
      description: 'Repositories implementing it.',
    }),
    variants: hopConnection(t, {
      type: MethodConnection,
      hop: { from: 'Method', types: ['VARIANT_OF'], direction: 'in', to: ['Method'] },
      description: 'Methods that are variants of this one (what it spawned).',
    }),
    variantOf: hopConnection(t, {
      type: MethodConnection,
      hop: { from: 'Method', types: ['VARIANT_OF'], direction: 'out', to: ['Method'] },
      description: 'Methods this one is a variant of.',
    }),
  }),
});

entityRootFields('Method', MethodRef, MethodConnection, 'methods', 'direct preference optimization');
