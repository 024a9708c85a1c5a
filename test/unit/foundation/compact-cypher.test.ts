import { describe, expect, it } from 'vitest';
import { compactCypher } from '../../../src/db/compact-cypher.js';
import { nameLookup } from '../../../src/graph/lookup.js';
import { nestedHopPagesQuery } from '../../../src/graph/nested-hops.js';

describe('compactCypher', () => {
  it('drops comments and runs of white space, keeping a space only between words', () => {
    const cypher = `MATCH (n:Paper)
       // why: a comment readers need, Neo4j does not
       WHERE n.year > 2020 /* and another */ AND n.id IN $ids
       RETURN n {.id, label: head(labels(n))} AS node`;
    expect(compactCypher(cypher)).toBe('MATCH(n:Paper)WHERE n.year > 2020 AND n.id IN $ids RETURN n{.id,label:head(labels(n))}AS node');
  });

  it('keeps string literals and quoted names whole, comment marks and spaces inside them too', () => {
    const cypher = `RETURN 'a  //  b' AS x, "it's  \\" // " AS y, \`odd  name\` AS z, '^\\\\d{4}  $' =~ 'x' AS w`;
    expect(compactCypher(cypher)).toBe(`RETURN 'a  //  b' AS x,"it's  \\" // " AS y,\`odd  name\` AS z,'^\\\\d{4}  $' =~ 'x' AS w`);
  });

  it('never joins a comparison and a negative number into an arrow', () => {
    expect(compactCypher('WHERE x < -1 AND y > - 2')).toBe('WHERE x < -1 AND y > - 2');
  });

  it('shortens the statements the API sends the most', () => {
    const lookup = nameLookup(['Benchmark'], 'GLUE', [
      { hop: { from: 'Benchmark', types: ['MENTIONS'], direction: 'in', to: ['Paper'] }, offset: 0, limit: 10, total: false, children: [] },
    ])!;
    const nested = nestedHopPagesQuery({ from: 'Paper', types: ['MENTIONS'], direction: 'out', to: ['Method'] }, ['paper:x'], { offset: 0, limit: 5, total: true }, [
      { hop: { from: 'Method', types: ['IMPLEMENTED_IN'], direction: 'out', to: ['Repo'] }, offset: 0, limit: 3, total: false, children: [] },
    ]);
    for (const cypher of [lookup.cypher, nested.cypher]) {
      const compact = compactCypher(cypher);
      expect(compact.length).toBeLessThan(cypher.length * 0.85);
      expect(compact).not.toMatch(/\/\/|\n| {2}/);
    }
  });
});
