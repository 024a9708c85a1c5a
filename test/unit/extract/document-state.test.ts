import { describe, expect, it } from 'vitest';
import type { PipelineComponent } from '../../../ingest/extract/component.js';
import { DocumentState } from '../../../ingest/extract/document-state.js';
import { doc } from './document-fixture.js';

describe('DocumentState', () => {
  it('gives the document, and refuses a field read before it is assigned', () => {
    const state = new DocumentState(doc('A title', 'An abstract.'));
    expect(state.document.title).toBe('A title');
    expect(() => state.tokens).toThrow('"tokens" was read before a component assigned it');
  });

  it('stores what a component assigns', () => {
    const state = new DocumentState(doc('A title', 'An abstract.'));
    state.apply({ name: 'no-urls', requires: [], assigns: ['urlSpans', 'repos'], run: () => ({ urlSpans: [], repos: [] }) });
    expect(state.urlSpans).toEqual([]);
    expect(state.repos).toEqual([]);
  });

  it('refuses a component that returns other fields than it declares', () => {
    const state = new DocumentState(doc('A title', 'An abstract.'));
    const extra: PipelineComponent = { name: 'extra', requires: [], assigns: ['urlSpans'], run: () => ({ urlSpans: [], repos: [] }) };
    expect(() => state.apply(extra)).toThrow('"extra" returned urlSpans, repos, not what it assigns (urlSpans)');
    const missing: PipelineComponent = { name: 'missing', requires: [], assigns: ['urlSpans', 'repos'], run: () => ({ urlSpans: [], tokens: [] }) };
    expect(() => state.apply(missing)).toThrow('"missing" did not assign "repos"');
  });
});
