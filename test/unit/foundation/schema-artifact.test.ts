import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/config.js';
import { printedSchema } from '../../../src/api/schema.js';
import { printedNeo4jSchema } from '../../../src/db/printed-neo4j-schema.js';

describe('schema/schema.graphql', () => {
  it('matches the schema the code builds (run `npm run schema:print` after changing types)', () => {
    const checkedIn = readFileSync(path.join(PROJECT_ROOT, 'schema', 'schema.graphql'), 'utf8');
    expect(checkedIn).toBe(printedSchema());
  });
});

describe('schema/neo4j.cypher', () => {
  it('matches the schema plan the declarations give (run `npm run schema:print` after changing them)', () => {
    const checkedIn = readFileSync(path.join(PROJECT_ROOT, 'schema', 'neo4j.cypher'), 'utf8');
    expect(checkedIn).toBe(printedNeo4jSchema());
  });
});
