import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config.js';
import { printedSchema } from '../src/api/schema.js';

/** `npm run schema:print`: regenerates schema/schema.graphql from the Pothos code. */
const target = path.join(PROJECT_ROOT, 'schema', 'schema.graphql');
writeFileSync(target, printedSchema());
console.log(`wrote ${path.relative(PROJECT_ROOT, target)}`);
