import { InputError } from '../input-error.js';
import { asInputError, openDecompressed } from './read-head.js';

/**
 * A small streaming XML tokenizer, enough for the regular, data-oriented XML of bibliographic
 * dumps (ACL Anthology volumes, OAI-PMH responses): elements, attributes, text, the predefined
 * and numeric entities, comments, CDATA, processing instructions and a DOCTYPE without an
 * internal subset. It holds one chunk and one unfinished token at a time, so a dump of
 * hundreds of MB reads in constant memory, and it checks nesting as it goes, so a mismatched or
 * unclosed tag is an InputError naming the line.
 */

export type XmlToken =
  | { kind: 'open'; name: string; attributes: Record<string, string>; selfClosing: boolean; line: number }
  | { kind: 'close'; name: string; line: number }
  | { kind: 'text'; text: string; line: number };

/** Longest single token (a tag or a run of text) accepted: far above any abstract. */
export const MAX_TOKEN_CHARS = 1_000_000;

const PREDEFINED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Text with its entity references replaced; an unknown or malformed one is an error, told where in the text it is. */
export function decodeEntities(text: string, fail: (reason: string, offset: number) => never): string {
  if (!text.includes('&')) return text;
  return text.replace(/&([^;\s&<]*);?/g, (whole: string, name: string, offset: number) => {
    if (!whole.endsWith(';')) fail(`malformed entity reference "${whole}"`, offset);
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      const valid = /^#(x[0-9a-f]+|[0-9]+)$/i.test(name) && code > 0 && code <= 0x10ffff;
      if (!valid) fail(`invalid character reference "${whole}"`, offset);
      return String.fromCodePoint(code);
    }
    const value = PREDEFINED_ENTITIES[name];
    if (value === undefined) fail(`unknown entity "&${name};"`, offset);
    return value!;
  });
}

const NAME = /^[A-Za-z_:][-A-Za-z0-9_:.]*/;
const ATTRIBUTE = /\s+([A-Za-z_:][-A-Za-z0-9_:.]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/y;

function parseTag(body: string, fail: (reason: string) => never): { name: string; attributes: Record<string, string>; selfClosing: boolean } {
  const selfClosing = body.endsWith('/');
  const inner = selfClosing ? body.slice(0, -1) : body;
  const name = NAME.exec(inner)?.[0];
  if (!name) fail(`malformed tag "<${body.slice(0, 40)}>"`);
  const attributes: Record<string, string> = {};
  let at = name!.length;
  ATTRIBUTE.lastIndex = at;
  let match: RegExpExecArray | null;
  while ((match = ATTRIBUTE.exec(inner)) !== null) {
    attributes[match[1]!] = decodeEntities(match[3] ?? match[4] ?? '', fail);
    at = ATTRIBUTE.lastIndex;
  }
  if (inner.slice(at).trim() !== '') fail(`malformed attributes in <${name}>`);
  return { name: name!, attributes, selfClosing };
}

/** The `>` ending a tag that opens at `from`, skipping quoted attribute values (which may hold `>`); -1 when not buffered yet. */
function tagEnd(buffer: string, from: number): number {
  let quote = '';
  for (let i = from + 1; i < buffer.length; i++) {
    const char = buffer[i];
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '>') return i;
  }
  return -1;
}

/** Where each kind of markup that is not a plain tag ends. */
function markupEnd(buffer: string, at: number): { close: string; skip: boolean } {
  if (buffer.startsWith('<!--', at)) return { close: '-->', skip: true };
  if (buffer.startsWith('<![CDATA[', at)) return { close: ']]>', skip: false };
  if (buffer.startsWith('<?', at)) return { close: '?>', skip: true };
  if (buffer.startsWith('<!', at)) return { close: '>', skip: true };
  return { close: '>', skip: false };
}

function newlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count += 1;
  return count;
}

/** The tokens of an XML file (gunzipped when gzip), with the line each starts on. */
export async function* readXmlTokens(file: string): AsyncGenerator<XmlToken> {
  const stream = await openDecompressed(file);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let buffer = '';
  let line = 1;
  let rootSeen = false;
  const open: string[] = [];
  const fail = (reason: string): never => {
    throw new InputError({ file, line }, reason);
  };
  const failOnLine = (at: number, reason: string): never => {
    throw new InputError({ file, line: at }, reason);
  };
  const advance = (consumed: string) => {
    line += newlines(consumed);
  };

  // Takes every complete token from the buffer; what is left is an unfinished token.
  function* drain(final: boolean): Generator<XmlToken> {
    let at = 0;
    while (at < buffer.length) {
      const lt = buffer.indexOf('<', at);
      if (lt !== at) {
        // Text runs to the next tag; at the end of a chunk it may go on in the next one.
        if (lt < 0 && !final) break;
        const raw = buffer.slice(at, lt < 0 ? buffer.length : lt);
        if (raw.includes('\u0000')) fail('binary data (NUL byte); expected an XML file');
        if (open.length === 0) {
          if (raw.trim() !== '') fail(rootSeen ? 'text after the root element' : 'not XML: text before the first element');
        } else {
          yield { kind: 'text', text: decodeEntities(raw, (reason, offset) => failOnLine(line + newlines(raw.slice(0, offset)), reason)), line };
        }
        advance(raw);
        at += raw.length;
        continue;
      }
      // Too little buffered to tell a comment or CDATA from a tag.
      if (!final && buffer.length - at < 9) break;
      const { close, skip } = markupEnd(buffer, at);
      const end = close === '>' && !skip ? tagEnd(buffer, at) : buffer.indexOf(close, at + 1);
      if (end < 0) {
        if (final) fail('unexpected end of file inside a tag (truncated XML?)');
        break;
      }
      const whole = buffer.slice(at, end + close.length);
      const tokenLine = line;
      if (!skip) {
        if (whole.startsWith('<![CDATA[')) {
          if (open.length === 0) fail('CDATA outside the root element');
          yield { kind: 'text', text: whole.slice(9, -3), line: tokenLine };
        } else if (whole[1] === '/') {
          const name = whole.slice(2, -1).trim();
          const expected = open.pop();
          if (expected !== name) fail(expected ? `</${name}> closes <${expected}>` : `</${name}> without an open element`);
          yield { kind: 'close', name, line: tokenLine };
        } else {
          const tag = parseTag(whole.slice(1, -1).trim(), fail);
          if (open.length === 0 && rootSeen) fail(`a second root element <${tag.name}>`);
          rootSeen = true;
          if (!tag.selfClosing) open.push(tag.name);
          yield { kind: 'open', ...tag, line: tokenLine };
          if (tag.selfClosing) yield { kind: 'close', name: tag.name, line: tokenLine };
        }
      }
      advance(whole);
      at += whole.length;
    }
    buffer = buffer.slice(at);
    if (buffer.length > MAX_TOKEN_CHARS) fail(`a tag or text longer than ${MAX_TOKEN_CHARS} characters`);
  }

  let first = true;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      try {
        buffer += decoder.decode(chunk, { stream: true });
      } catch {
        fail('invalid UTF-8');
      }
      if (first && buffer.length > 0) {
        buffer = buffer.replace(/^\uFEFF/, '');
        first = false;
      }
      yield* drain(false);
    }
    try {
      buffer += decoder.decode();
    } catch {
      fail('invalid UTF-8 at end of file');
    }
    yield* drain(true);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const named = asInputError(file, error);
    if (named instanceof InputError && named.location.line === 0 && line > 1) throw new InputError({ file, line }, named.reason);
    throw named;
  }
  if (!rootSeen) fail('no XML element found: the file is empty');
  if (open.length > 0) fail(`unexpected end of file: <${open[open.length - 1]}> is not closed (truncated XML?)`);
}
