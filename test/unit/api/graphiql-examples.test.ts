import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_QUERIES_DIR, EXAMPLE_QUERY_FILES, GRAPHIQL_DEFAULT_QUERY } from '../../../src/api/graphiql-examples.js';
import { schema } from '../../../src/api/schema.js';

describe('example queries (docs/queries and the GraphiQL default document)', () => {
  it.each(EXAMPLE_QUERY_FILES)('%s is one named operation valid against the schema', (file) => {
    const document = parse(readFileSync(path.join(EXAMPLE_QUERIES_DIR, file), 'utf8'));
    expect(validate(schema, document)).toEqual([]);
    expect(document.definitions).toHaveLength(1);
    expect(document.definitions[0]).toMatchObject({ kind: 'OperationDefinition', name: { value: expect.any(String) } });
  });

  it('opens GraphiQL with every example as a named operation, all valid', () => {
    const document = parse(GRAPHIQL_DEFAULT_QUERY);
    expect(validate(schema, document)).toEqual([]);
    const names = document.definitions.map((d) => ('name' in d ? d.name?.value : undefined));
    expect(names).toEqual(['Papers', 'Leaderboard', 'SotaHistory', 'MethodsEvaluatedOn', 'MethodVariants', 'Compare', 'Path', 'Related', 'Search', 'Stats']);
  });
});
