import { describe, expect, it } from 'vitest';
import { atomDate, escapeXml, feedUpdated, renderAtom, type AtomFeed } from '../../../src/api/atom.js';

const feed = (entries: AtomFeed['entries']): AtomFeed => ({
  id: 'tag:research-kg,2026:benchmark:x',
  title: 'X <&> "Y"',
  subtitle: 's',
  self: 'http://localhost/feeds/benchmark/x.atom?a=1&b=2',
  alternate: 'http://localhost/benchmark/x',
  author: 'Research knowledge graph',
  entries,
});

describe('Atom rendering', () => {
  it('escapes markup and drops characters XML forbids', () => {
    expect(escapeXml(`a<b>&"c"'d'\u0001`)).toBe('a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;');
  });

  it('writes dates of any precision as RFC 3339 date-times', () => {
    expect([atomDate('2015'), atomDate('2015-09'), atomDate('2015-09-17')]).toEqual(['2015-01-01T00:00:00Z', '2015-09-01T00:00:00Z', '2015-09-17T00:00:00Z']);
  });

  it('dates the feed by its newest entry and lists entries newest first', () => {
    const entries = [
      { id: 'tag:a', title: 'old', updated: '2015-09', link: 'http://localhost/paper/a', summary: '1 < 2' },
      { id: 'tag:b', title: 'new', updated: '2019-01-02', link: 'http://localhost/paper/b', summary: 'x' },
    ];
    expect(feedUpdated(entries)).toBe('2019-01-02T00:00:00Z');
    const xml = renderAtom(feed(entries));
    expect(xml.indexOf('<title>new</title>')).toBeLessThan(xml.indexOf('<title>old</title>'));
    expect(xml).toContain('<title>X &lt;&amp;&gt; &quot;Y&quot;</title>');
    expect(xml).toContain('href="http://localhost/feeds/benchmark/x.atom?a=1&amp;b=2"');
    expect(xml).toContain('<summary type="text">1 &lt; 2</summary>');
    expect(xml.match(/<updated>/g)).toHaveLength(3);
  });
});
