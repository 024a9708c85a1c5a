import { schemaPlan } from './schema-plan.js';

/** The schema plan as a Cypher script (schema/neo4j.cypher): what applySchema creates, for review. */
export function printedNeo4jSchema(): string {
  const header = [
    '// Generated from core/node-types.ts by `npm run schema:print`; applied (and kept up to date)',
    '// by src/db/migrations.ts at every start and before every ingest. Do not edit by hand.',
  ];
  return [...header, ...schemaPlan().map((item) => `${item.create};`), ''].join('\n');
}
