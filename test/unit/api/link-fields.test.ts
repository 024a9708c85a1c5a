import { isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../../src/api/schema.js';
import { LINK_FIELDS } from '../../../src/api/node-selection.js';

/**
 * A relationship page reads its links' facts only where the edges select one of LINK_FIELDS.
 * A field added to an edge type and missing from that list would answer from facts never
 * read: this guard fails first.
 */
describe('edge fields that read a link', () => {
  it('are all named in LINK_FIELDS (or are evidence, read on its own)', () => {
    const unlisted: string[] = [];
    let edgeTypes = 0;
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type)) continue;
      const fields = Object.keys(type.getFields());
      if (!fields.includes('node') || !fields.includes('cursor')) continue;
      edgeTypes += 1;
      for (const field of fields) {
        if (field !== 'node' && field !== 'cursor' && field !== 'evidence' && !LINK_FIELDS.includes(field)) unlisted.push(`${type.name}.${field}`);
      }
    }
    expect(edgeTypes).toBeGreaterThan(10);
    expect(unlisted).toEqual([]);
  });
});
