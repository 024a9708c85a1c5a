import { describe, expect, it } from 'vitest';
import { useBodySizeLimit } from '../../../../src/api/plugins/use-body-size-limit.js';
import { yogaWith } from '../../../support/yoga.js';

const post = (body: string) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body });

describe('useBodySizeLimit', () => {
  const yoga = yogaWith(useBodySizeLimit({ maxBytes: 64 }));

  it('refuses a body over the limit with 413 and an error naming the limit', async () => {
    const response = await yoga.fetch('http://localhost/graphql', post(JSON.stringify({ query: `{ hello } # ${'x'.repeat(100)}` })));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'REQUEST_TOO_LARGE', limit: 'bodyBytes', max: 64 } }] });
  });

  it('lets a body within the limit through', async () => {
    const response = await yoga.fetch('http://localhost/graphql', post(JSON.stringify({ query: '{ hello }' })));
    expect(await response.json()).toEqual({ data: { hello: 'hi' } });
  });
});
