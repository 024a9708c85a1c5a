import { describe, expect, it } from 'vitest';
import { entityTypesComponent } from '../../../../ingest/extract/components/entity-types.js';
import { fieldsOf } from '../document-fixture.js';

describe('the entity-types component', () => {
  it('gives one typing per name, in the order of the names', () => {
    const fields = fieldsOf('A study', 'We introduce leaf vein segmentation (LVS) and propose VeinNet, which achieves high accuracy on the LeafVein dataset.');
    const { types } = entityTypesComponent.run(fields);
    expect(types).toHaveLength(fields.names.length);
    expect(fields.names.map((n, i) => [n.name, types[i]!.label, types[i]!.proposed])).toEqual([
      ['LVS', 'Task', false],
      ['VeinNet', 'Method', true],
      ['LeafVein', 'Dataset', false],
    ]);
  });
});
