import { describe, expect, it } from 'vitest';
import { asConnectionLoss } from '../../../src/db/database.js';

describe('driver failures during a connection loss', () => {
  it("read the driver's internal TypeError as a lost connection", () => {
    const internal = new TypeError("Cannot read properties of undefined (reading 'onCompleted')");
    internal.stack = `TypeError: ...\n    at captureStacktrace (/app/node_modules/neo4j-driver-core/lib/result.js:101:17)`;
    const mapped = asConnectionLoss(internal) as Error & { code: string };
    expect(mapped.code).toBe('ServiceUnavailable');
    expect(mapped.cause).toBe(internal);
  });

  it('leave every other error as it is', () => {
    const ours = new TypeError('a bug of ours');
    ours.stack = 'TypeError: a bug of ours\n    at resolve (/app/src/api/types/paper.ts:1:1)';
    expect(asConnectionLoss(ours)).toBe(ours);
    const neo = Object.assign(new Error('syntax'), { code: 'Neo.ClientError.Statement.SyntaxError' });
    expect(asConnectionLoss(neo)).toBe(neo);
  });
});
