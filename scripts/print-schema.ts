import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config.js';
import { printedSchema } from '../src/api/schema.js';
import { printedNeo4jSchema } from '../src/db/printed-neo4j-schema.js';

/**
 * `npm run schema:print`: regenerates schema/schema.graphql from the Pothos code and
 * schema/neo4j.cypher from the schema plan, so both can be reviewed as text.
 */
for (const [file, text] of [
  ['schema.graphql', printedSchema()],
  ['neo4j.cypher', printedNeo4jSchema()],
] as const) {
  const target = path.join(PROJECT_ROOT, 'schema', file);
  writeFileSync(target, text);
  console.log(`wrote ${path.relative(PROJECT_ROOT, target)}`);
}
