import streamArray from 'stream-json/streamers/stream-array.js';
import { InputError } from '../input-error.js';
import { asInputError, isZlibError, openDecompressed } from './read-head.js';

export interface ArrayElement {
  value: unknown;
  /** 0-based position in the array; the record number users see is index + 1. */
  index: number;
}

// stream-chain's end-of-input marker: a registered symbol, so it needs no import of that
// (transitive) package. Calling the pipeline with it flushes the parser.
const END_OF_INPUT = Symbol.for('object-stream.none');

type ElementPipeline = (chunk: Buffer | symbol) => AsyncGenerator<{ key: number; value: unknown }>;

/**
 * Streams the elements of a top-level JSON array (gzipped or not) one at a time, in constant
 * memory whatever the file size. Malformed or truncated JSON fails with the file and the
 * record number reached.
 *
 * The parser is driven as a function, one slice per array element, rather than as a Node
 * stream fed whole chunks: the parser throws for a whole slice, dropping the elements it had
 * finished in it, so only element-sized slices keep the record number in errors exact.
 */
export async function* readJsonArray(file: string): AsyncGenerator<ArrayElement> {
  const source = await openDecompressed(file);
  const pipeline = streamArray.withParser() as unknown as ElementPipeline;
  const splitter = new TopLevelSplitter();
  let completed = 0;
  let ending = false;
  let sawBytes = false;

  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      sawBytes ||= chunk.length > 0;
      for (const slice of splitter.split(chunk)) {
        for await (const element of pipeline(slice)) {
          completed = element.key + 1;
          yield { value: element.value, index: element.key };
        }
      }
    }
    ending = true;
    if (!sawBytes) throw new InputError({ file, line: 1 }, 'empty file: expected a JSON array of records');
    for await (const element of pipeline(END_OF_INPUT)) {
      completed = element.key + 1;
      yield { value: element.value, index: element.key };
    }
  } catch (error) {
    throw describe(error, file, completed, ending);
  } finally {
    source.destroy();
  }
}

function describe(error: unknown, file: string, completed: number, ending: boolean): unknown {
  if (error instanceof InputError) return error;
  const record = completed + 1;
  const at = { file, line: record };
  if (isZlibError(error)) return new InputError(at, `record ${record}: corrupt or truncated gzip data`);
  const converted = asInputError(file, error);
  if (converted instanceof InputError) return converted;
  const message = error instanceof Error ? error.message : String(error);
  if (/top-level object should be an array/i.test(message)) {
    return new InputError({ file, line: 1 }, 'expected a JSON array of records');
  }
  if (ending) {
    const where = completed === 0 ? 'before the first record was complete' : `after record ${completed}`;
    return new InputError(at, `record ${record}: unexpected end of file ${where} (truncated JSON: ${message})`);
  }
  return new InputError(at, `record ${record}: malformed JSON (${message})`);
}

/**
 * Cuts raw JSON bytes after each comma between top-level array elements. Only the structural
 * ASCII bytes matter, and they never occur inside a UTF-8 multi-byte character, so bytes are
 * scanned as they are, without decoding.
 */
class TopLevelSplitter {
  private depth = 0;
  private inString = false;
  private escaped = false;

  *split(chunk: Buffer): Generator<Buffer> {
    let start = 0;
    for (let i = 0; i < chunk.length; i += 1) {
      const byte = chunk[i]!;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (byte === BACKSLASH) this.escaped = true;
        else if (byte === QUOTE) this.inString = false;
      } else if (byte === QUOTE) this.inString = true;
      else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) this.depth += 1;
      else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) this.depth -= 1;
      else if (byte === COMMA && this.depth === 1) {
        yield chunk.subarray(start, i + 1);
        start = i + 1;
      }
    }
    if (start < chunk.length) yield chunk.subarray(start);
  }
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
