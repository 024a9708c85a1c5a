import { describe, expect, it } from 'vitest';
import { entitiesComponent } from '../../../../ingest/extract/components/entities.js';
import { fieldsOf } from '../document-fixture.js';

describe('the entities component', () => {
  it('joins each name with its typing and evidence, leaving the names as they were', () => {
    const fields = fieldsOf('A study', 'We introduce leaf vein segmentation (LVS) and propose VeinNet.');
    const { entities } = entitiesComponent.run(fields);
    expect(entities.map((e) => [e.name, e.label, e.proposed, e.labelHints, e.evidence])).toEqual(
      fields.names.map((n, i) => [n.name, fields.types[i]!.label, fields.types[i]!.proposed, fields.types[i]!.labelHints, fields.evidence[i]]),
    );
    expect(entities[0]).toMatchObject({ name: 'LVS', label: 'Task', proposed: false, evidence: 'We introduce leaf vein segmentation (LVS) and propose VeinNet.' });
    expect(fields.names[0]).toMatchObject({ name: 'LVS', proposed: true, evidence: '' });
    // Same fields in the same order as the names: the JSON output keeps its shape.
    expect(Object.keys(entities[0]!)).toEqual(Object.keys(fields.names[0]!));
  });

  it('gives every entity the same fields in the same order, known or not, with a full name or without', () => {
    const fields = fieldsOf('A study', 'We fine-tune BERT and propose Leaf Vein Network (LVN), a new model, and VeinNet.');
    const { entities } = entitiesComponent.run(fields);
    expect(entities.some((e) => e.lexiconName)).toBe(true);
    expect(entities.some((e) => !e.lexiconName)).toBe(true);
    expect(entities.some((e) => e.fullName)).toBe(true);
    expect(entities.some((e) => !e.fullName)).toBe(true);
    for (const entity of entities) expect(Object.keys(entity)).toEqual(Object.keys(entities[0]!));
  });
});
