import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../../src/api/limits.js';
import { useRequestLimits } from '../../../../src/api/plugins/use-request-limits.js';
import { yogaWith } from '../../../support/yoga.js';

const yoga = yogaWith(useRequestLimits());

async function errorOf(query: string): Promise<{ status: number; message: string }> {
  const response = await yoga.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await response.json()) as { errors?: Array<{ message: string }> };
  return { status: response.status, message: body.errors?.[0]?.message ?? '' };
}

describe('useRequestLimits: body size, tokens and aliases, before any resolver', () => {
  it('refuses a body over the size limit', async () => {
    expect(await errorOf(`{ hello } # ${'x'.repeat(LIMITS.maxBodyBytes)}`)).toMatchObject({ status: 413, message: expect.stringMatching(/exceeds the maximum of \d+ bytes/) });
  });

  it('refuses a document of too many tokens', async () => {
    expect((await errorOf(`{ ${'hello '.repeat(LIMITS.maxTokens)} }`)).message).toMatch(/token/i);
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `a${i}: hello`).join(' ');
    expect((await errorOf(`{ ${aliases} }`)).message).toMatch(/alias/i);
  });

  it('lets an ordinary query through', async () => {
    expect(await errorOf('{ a: hello b: hello }')).toEqual({ status: 200, message: '' });
  });
});
