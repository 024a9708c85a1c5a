import { describe, expect, it } from 'vitest';
import { candidatesComponent } from '../../../../ingest/extract/components/candidates.js';
import { fieldsOf } from '../document-fixture.js';

describe('the candidates component', () => {
  const fields = fieldsOf('A study', 'Our models are at https://x.com/FBB (Foo Bar Baz) and we propose FooNet. Code: https://github.com/NVIDIA/NeMo-Aligner.');

  it('offers no name inside a URL', () => {
    const { candidates } = candidatesComponent.run(fields);
    expect(candidates.map((m) => m.text)).toEqual(['Foo Bar Baz', 'FooNet']);
  });

  it('still offers the half of an acronym pair outside a URL', () => {
    expect(fields.acronymPairs.map((p) => [p.long.text, p.short.text])).toEqual([['Foo Bar Baz', 'FBB']]);
    expect(candidatesComponent.run(fields).candidates[0]).toMatchObject({ text: 'Foo Bar Baz', extractor: 'acronym' });
  });
});
