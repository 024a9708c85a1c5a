import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { Properties } from '../../core/graph-records.js';
import { cell, columnType, hasLineBreak, type ColumnType } from './csv-field.js';

/**
 * Streams rows into CSV files for neo4j-admin import without knowing every column up front.
 * Each group (a node label, or a relationship type between two labels) writes segments: a
 * header file and a data file. A row with a property the segment lacks, or of another type,
 * opens a new segment whose columns are the old ones plus or retyping it; the importer reads
 * each segment with its own header (`--nodes=Label=header.csv,data.csv`, repeated).
 */

export interface Segment {
  header: string;
  data: string;
  multiline: boolean;
}

interface OpenSegment extends Segment {
  columns: Map<string, ColumnType>;
  fd: number;
  buffer: string[];
  bufferedChars: number;
}

export class CsvTables {
  private readonly groups = new Map<string, OpenSegment[]>();
  private files = 0;
  rows = 0;

  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  /**
   * Appends one row to a group. `fixed` are the leading columns every row of the group has
   * (ids, type), already rendered as cells, with their header names.
   */
  write(group: string, fixedHeader: readonly string[], fixedCells: readonly string[], props: Properties): void {
    const segment = this.segmentFor(group, fixedHeader, props);
    const cells = [...fixedCells];
    for (const [key] of segment.columns) {
      const value = props[key];
      cells.push(cell(value));
      if (!segment.multiline && hasLineBreak(value)) segment.multiline = true;
    }
    const line = `${cells.join(',')}\n`;
    segment.buffer.push(line);
    segment.bufferedChars += line.length;
    if (segment.bufferedChars >= 1 << 20) flush(segment);
    this.rows += 1;
  }

  /** Closes every file; returns the segments per group, in the order they were opened. */
  close(): Map<string, Segment[]> {
    const result = new Map<string, Segment[]>();
    for (const [group, segments] of this.groups) {
      for (const segment of segments) {
        flush(segment);
        closeSync(segment.fd);
      }
      result.set(group, segments.map(({ header, data, multiline }) => ({ header, data, multiline })));
    }
    return result;
  }

  private segmentFor(group: string, fixedHeader: readonly string[], props: Properties): OpenSegment {
    const segments = this.groups.get(group) ?? [];
    const current = segments.at(-1);
    if (current && fits(current.columns, props)) return current;
    const columns = new Map(current?.columns ?? []);
    for (const [key, value] of Object.entries(props)) {
      const type = columnType(value);
      if (type) columns.set(key, type);
    }
    const base = path.join(this.dir, `${safeName(group)}-${(this.files += 1)}`);
    const header = `${base}.header.csv`;
    const data = `${base}.csv`;
    writeFileSync(header, `${[...fixedHeader, ...[...columns].map(([key, type]) => `${key}:${type}`)].join(',')}\n`);
    const segment: OpenSegment = { header, data, multiline: false, columns, fd: openSync(data, 'w'), buffer: [], bufferedChars: 0 };
    segments.push(segment);
    this.groups.set(group, segments);
    return segment;
  }
}

function fits(columns: Map<string, ColumnType>, props: Properties): boolean {
  for (const [key, value] of Object.entries(props)) {
    const type = columnType(value);
    if (type && columns.get(key) !== type) return false;
  }
  return true;
}

function flush(segment: OpenSegment): void {
  if (segment.buffer.length === 0) return;
  writeSync(segment.fd, segment.buffer.join(''));
  segment.buffer = [];
  segment.bufferedChars = 0;
}

function safeName(group: string): string {
  return group.replace(/[^A-Za-z0-9_]+/g, '_');
}
