import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/logger.js';

function captured() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  return { lines, destination };
}

describe('createLogger', () => {
  it('writes pino JSON when stdout is not a terminal', () => {
    const { lines, destination } = captured();
    createLogger({ logLevel: 'info', logFormat: 'auto' }, false, destination).info({ papers: 3 }, 'ingested');
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 30, msg: 'ingested', papers: 3 });
  });

  it('writes one readable line per record on a terminal, and when told to', () => {
    for (const [terminal, format] of [[true, 'auto'], [false, 'pretty']] as const) {
      const { lines, destination } = captured();
      createLogger({ logLevel: 'info', logFormat: format }, terminal, destination).info({ papers: 3 }, 'ingested');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/INFO.*ingested.*papers.*3/);
      expect(() => JSON.parse(lines[0]!)).toThrow();
    }
  });

  it('keeps JSON on a terminal when told to', () => {
    const { lines, destination } = captured();
    createLogger({ logLevel: 'info', logFormat: 'json' }, true, destination).info('x');
    expect(JSON.parse(lines[0]!)).toMatchObject({ msg: 'x' });
  });
});
