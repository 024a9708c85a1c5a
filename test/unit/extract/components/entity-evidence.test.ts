import { describe, expect, it } from 'vitest';
import { entityEvidenceComponent } from '../../../../ingest/extract/components/entity-evidence.js';
import { fieldsOf } from '../document-fixture.js';

describe('the entity-evidence component', () => {
  it("gives each name the sentence of its first mention, the title's included", () => {
    const fields = fieldsOf('FooNet for Captions', 'Captions are hard. We propose FooNet and compare it with BarNet. BarNet is older.');
    const { evidence } = entityEvidenceComponent.run(fields);
    expect(fields.names.map((n, i) => [n.name, evidence[i]])).toEqual([
      ['FooNet', 'FooNet for Captions'],
      ['BarNet', 'We propose FooNet and compare it with BarNet.'],
    ]);
  });
});
