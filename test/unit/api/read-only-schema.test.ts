import { describe, expect, it } from 'vitest';
import { schema } from '../../../src/api/schema.js';

describe('the public schema', () => {
  it('has no mutations or subscriptions: no anonymous client can change the graph', () => {
    // Writes happen only through `kg ingest` with database credentials. A mutation added
    // later must sit behind an API key from configuration; until then there is none at all.
    expect(schema.getMutationType()).toBeFalsy();
    expect(schema.getSubscriptionType()).toBeFalsy();
  });
});
