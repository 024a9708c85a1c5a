import { MetricConnection } from '../connections.js';
import { entityBaseFields, entityRootFields } from '../entity-fields.js';
import { optionalProperty } from '../node-properties.js';
import { MetricRef } from '../refs.js';

MetricRef.implement({
  description: 'A metric results are reported in (Accuracy, F1, Win rate), with the direction that counts as better.',
  fields: (t) => ({
    ...entityBaseFields(t),
    higherIsBetter: t.boolean({
      nullable: true,
      description: 'Whether a larger value is better; null when no source said.',
      resolve: (metric, _args, ctx) => optionalProperty(metric, ctx, (row) => row.higherIsBetter),
    }),
  }),
});

entityRootFields('Metric', MetricRef, MetricConnection, 'metrics', 'accuracy');
