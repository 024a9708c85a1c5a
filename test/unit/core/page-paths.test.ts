import { describe, expect, it } from 'vitest';
import { PAGE_LABELS, pagePath, pageTargetOf } from '../../../core/page-paths.js';

describe('page paths', () => {
  it('puts an entity at its key without the type prefix, and reads it back', () => {
    expect(pagePath('Benchmark', 'benchmark:mt-bench')).toBe('/benchmark/mt-bench');
    expect(pageTargetOf('/benchmark/mt-bench')).toEqual({ label: 'Benchmark', key: 'benchmark:mt-bench' });
    for (const label of PAGE_LABELS.filter((candidate) => candidate !== 'Repo')) {
      const key = `${label.toLowerCase()}:some-thing`;
      expect(pageTargetOf(pagePath(label, key))).toEqual({ label, key });
    }
  });

  it('puts a repository at its URL without the scheme', () => {
    const key = 'https://github.com/eric-mitchell/direct-preference-optimization';
    expect(pagePath('Repo', key)).toBe('/repo/github.com/eric-mitchell/direct-preference-optimization');
    expect(pageTargetOf('/repo/GitHub.com/Eric-Mitchell/direct-preference-optimization')).toEqual({ label: 'Repo', key });
  });

  it('escapes what a path segment cannot hold, and names no entity for paths without one', () => {
    expect(pagePath('Paper', 'paper:a/b c')).toBe('/paper/a%2Fb%20c');
    expect(pageTargetOf('/paper/a%2Fb%20c')).toEqual({ label: 'Paper', key: 'paper:a/b c' });
    expect(pageTargetOf('/method/')).toBeUndefined();
    expect(pageTargetOf('/method/a/b')).toBeUndefined();
    expect(pageTargetOf('/method/%E0%A4%A')).toBeUndefined();
    expect(pageTargetOf('/repo/github.com/only-owner')).toBeUndefined();
    expect(pageTargetOf('/graphql')).toBeUndefined();
  });
});
