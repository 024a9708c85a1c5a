import { afterAll, describe, expect, it } from 'vitest';
import { readXmlTokens, type XmlToken } from '../../../ingest/sources/xml-tokens.js';
import { inputError, scratch } from './fixtures.js';

const files = scratch();
afterAll(() => files.remove());

async function tokens(file: string): Promise<XmlToken[]> {
  const found: XmlToken[] = [];
  for await (const token of readXmlTokens(file)) found.push(token);
  return found;
}

/** Text of the elements named `name`, joined as the reader would see it. */
const textsOf = (found: XmlToken[], name: string): string[] => {
  const texts: string[] = [];
  let inside = false;
  for (const token of found) {
    if (token.kind === 'open' && token.name === name) ((inside = true), texts.push(''));
    else if (token.kind === 'close' && token.name === name) inside = false;
    else if (token.kind === 'text' && inside) texts[texts.length - 1] += token.text;
  }
  return texts;
};

describe('readXmlTokens', () => {
  it('reads attributes (with > and entities in values), comments, CDATA and self-closing tags', async () => {
    const file = files.write('small.xml', `<?xml version="1.0"?>\n<!-- a > comment -->\n<r a="x > y" b='&quot;q&quot;'>\n<e/><t>A &amp; B &#x263A;</t><![CDATA[<raw>]]></r>\n`);
    const found = await tokens(file);
    expect(found.filter((token) => token.kind !== 'text')).toEqual([
      { kind: 'open', name: 'r', attributes: { a: 'x > y', b: '"q"' }, selfClosing: false, line: 3 },
      { kind: 'open', name: 'e', attributes: {}, selfClosing: true, line: 4 },
      { kind: 'close', name: 'e', line: 4 },
      { kind: 'open', name: 't', attributes: {}, selfClosing: false, line: 4 },
      { kind: 'close', name: 't', line: 4 },
      { kind: 'close', name: 'r', line: 4 },
    ]);
    expect(textsOf(found, 't')).toEqual(['A & B \u263A']);
    expect(found.some((token) => token.kind === 'text' && token.text === '<raw>')).toBe(true);
  });

  it('reads tokens, entities and multi-byte characters cut by chunk boundaries alike, plain and gzipped', async () => {
    // Many small elements put every kind of token across some 64 KiB chunk boundary.
    const items = Array.from({ length: 6000 }, (_, i) => `<item n="${i}"><!-- c${i} --><v>é &amp; ${i} ☺</v></item>`);
    const file = files.write('big.xml', `<list>\n${items.join('\n')}\n</list>\n`);
    for (const read of [file, files.gzip(file)]) {
      const found = await tokens(read);
      const values = textsOf(found, 'v');
      expect(values).toHaveLength(6000);
      expect(values.every((value, i) => value === `é & ${i} ☺`)).toBe(true);
      const lines = found.filter((token) => token.kind === 'open' && token.name === 'item').map((token) => token.line);
      expect(lines.every((line, i) => line === i + 2)).toBe(true);
    }
  });

  it('refuses malformed markup with the line', async () => {
    const cases: [string, RegExp][] = [
      ['<r>\n<a b=c/></r>', /:2: malformed attributes in <a>/],
      ['<r>\n</s>', /:2: <\/s> closes <r>/],
      ['<r/>\n<s/>', /:2: a second root element <s>/],
      ['<r>\n&bogus;</r>', /:2: unknown entity "&bogus;"/],
      ['<r>\n& x</r>', /:2: malformed entity reference/],
      ['<r>\n<a', /:2: unexpected end of file inside a tag/],
      ['', /:1: no XML element found/],
    ];
    for (const [text, message] of cases) {
      const error = await inputError(() => tokens(files.write('case.xml', text)));
      expect(error.message).toMatch(message);
    }
    const invalid = files.write('latin1.xml', Buffer.from([0x3c, 0x72, 0x3e, 0xe9, 0x3c, 0x2f, 0x72, 0x3e]));
    expect((await inputError(() => tokens(invalid))).message).toMatch(/invalid UTF-8/);
  });
});
