import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CsvTables } from '../../../ingest/bulk/csv-tables.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tables(): CsvTables {
  const dir = mkdtempSync(path.join(tmpdir(), 'csv-tables-'));
  dirs.push(dir);
  return new CsvTables(dir);
}

describe('CsvTables', () => {
  it('opens a segment when a row brings a property the last one lacks, and keeps every row in order', () => {
    const csv = tables();
    csv.write('Method', ['id:ID(Method)'], '"a"', { name: 'A' });
    csv.write('Method', ['id:ID(Method)'], '"b"', { name: 'B', year: 2020 });
    csv.write('Method', ['id:ID(Method)'], '"c"', { name: 'C' });
    const [first, second] = csv.close().get('Method')!;
    expect(readFileSync(first!.header, 'utf8')).toBe('id:ID(Method),name:string\n');
    expect(readFileSync(first!.data, 'utf8')).toBe('"a","A"\n');
    expect(readFileSync(second!.header, 'utf8')).toBe('id:ID(Method),name:string,year:double\n');
    expect(readFileSync(second!.data, 'utf8')).toBe('"b","B",2020\n"c","C",\n');
    expect(csv.rows).toBe(3);
  });

  it('writes rows longer than its buffer, and text beyond ASCII, byte for byte', () => {
    const csv = tables();
    const long = 'é'.repeat(200_000); // 400 kB of UTF-8: more than one buffer
    const rows = ['short', long, 'naïve 𝔸', long.slice(0, 90_000), 'last'];
    rows.forEach((text, i) => csv.write('Paper', ['id:ID(Paper)'], `"${i}"`, { abstract: text }));
    const [segment] = csv.close().get('Paper')!;
    expect(readFileSync(segment!.data, 'utf8')).toBe(rows.map((text, i) => `"${i}","${text}"\n`).join(''));
  });

  it('marks a segment whose cells break lines, for the importer', () => {
    const csv = tables();
    csv.write('Paper', ['id:ID(Paper)'], '"p"', { abstract: 'one\ntwo' });
    expect(csv.close().get('Paper')![0]!.multiline).toBe(true);
  });
});
