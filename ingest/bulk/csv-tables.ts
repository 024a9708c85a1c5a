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
  /** Rows encoded as they come, so no row stays on the heap until a flush (see write()). */
  bytes: Buffer;
  filled: number;
}

const BUFFER_BYTES = 256 * 1024;
/** UTF-8 takes at most 3 bytes per UTF-16 code unit. */
const MAX_BYTES_PER_UNIT = 3;

export class CsvTables {
  private readonly groups = new Map<string, OpenSegment[]>();
  private files = 0;
  rows = 0;

  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  /**
   * Appends one row to a group. `fixed` are the leading columns every row of the group has
   * (ids, type): their header names, and their cells already rendered and joined.
   */
  write(group: string, fixedHeader: readonly string[], fixedCells: string, props: Properties): void {
    const segment = this.segmentFor(group, fixedHeader, props);
    // One string per row, built in place: millions of rows, each an array and a join before.
    let line = fixedCells;
    for (const key of segment.columns.keys()) {
      const value = props[key];
      line += `,${cell(value)}`;
      if (!segment.multiline && hasLineBreak(value)) segment.multiline = true;
    }
    line += '\n';
    // Encoded at once: rows kept as strings until a flush outlived the young generation's
    // collections, which copied them and promoted them (most of the bulk path's collector time).
    append(segment, line);
    this.rows += 1;
  }

  /** Closes every file; returns the segments per group, in the order they were opened. */
  close(): Map<string, Segment[]> {
    const result = new Map<string, Segment[]>();
    for (const [group, segments] of this.groups) {
      for (const segment of segments) closeSegment(segment);
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
    // Rows only ever go to a group's newest segment: the one before it is complete.
    if (current) closeSegment(current);
    const segment: OpenSegment = { header, data, multiline: false, columns, fd: openSync(data, 'w'), bytes: Buffer.allocUnsafe(BUFFER_BYTES), filled: 0 };
    segments.push(segment);
    this.groups.set(group, segments);
    return segment;
  }
}

function fits(columns: Map<string, ColumnType>, props: Properties): boolean {
  for (const key in props) {
    const type = columnType(props[key]);
    if (type && columns.get(key) !== type) return false;
  }
  return true;
}

function append(segment: OpenSegment, line: string): void {
  const most = line.length * MAX_BYTES_PER_UNIT;
  if (segment.filled + most > segment.bytes.length) flush(segment);
  if (most > segment.bytes.length) writeAll(segment.fd, Buffer.from(line));
  else segment.filled += segment.bytes.write(line, segment.filled);
}

function flush(segment: OpenSegment): void {
  writeAll(segment.fd, segment.bytes.subarray(0, segment.filled));
  segment.filled = 0;
}

function closeSegment(segment: OpenSegment): void {
  if (segment.fd < 0) return;
  flush(segment);
  closeSync(segment.fd);
  segment.fd = -1;
  segment.bytes = Buffer.alloc(0);
}

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
}

function safeName(group: string): string {
  return group.replace(/[^A-Za-z0-9_]+/g, '_');
}
