import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../../src/api/rate-limiter.js';

describe('RateLimiter', () => {
  it('lets a client burst to the limit, then refuses with the seconds until the next request', () => {
    let now = 0;
    const limiter = new RateLimiter(120, () => now);
    for (let i = 0; i < 120; i++) expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    // Another client has a bucket of its own.
    expect(limiter.take('b').allowed).toBe(true);
    // 120 a minute: one more every half second.
    now += 500;
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
  });

  it('says how long to wait at a slow rate', () => {
    let now = 0;
    const limiter = new RateLimiter(2, () => now);
    limiter.take('a');
    limiter.take('a');
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 30 });
    now += 30_000;
    expect(limiter.take('a').allowed).toBe(true);
  });

  it('forgets clients whose bucket is full again', () => {
    let now = 0;
    const limiter = new RateLimiter(60, () => now);
    for (let i = 0; i <= 10_000; i++) limiter.take(`client-${i}`);
    now += 60_000;
    limiter.take('late');
    expect(limiter.clients).toBeLessThan(10);
  });
});
