import { describe, expect, it } from 'vitest';
import { proposalsComponent } from '../../../../ingest/extract/components/proposals.js';
import { findProposals } from '../../../../ingest/extract/proposals.js';
import { fieldsOf } from '../document-fixture.js';

describe('the proposals component', () => {
  it('drops proposals inside a URL and keeps the rest', () => {
    const fields = fieldsOf('A study', 'We present www.FooSite.org/Demo and we propose QuxNet.');
    // The proposal patterns alone take the site's name too.
    expect(findProposals(fields.text, fields.tokens, fields.candidates).map((m) => m.text)).toContain('www.FooSite.org');
    const { proposals } = proposalsComponent.run(fields);
    expect(proposals.length).toBeGreaterThan(0);
    expect(proposals.every((m) => m.text === 'QuxNet' && m.proposed)).toBe(true);
  });
});
