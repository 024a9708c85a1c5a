import type { PaperDocument } from '../document.js';
import { InputError } from '../input-error.js';
import { paperId } from '../../core/paper-id.js';
import { readLines, type Line } from './read-lines.js';
import type { SourceFormat } from './source-format.js';

/**
 * The "trending papers" listing: page chrome first, the word `Subscribe` glued to the first
 * title, then a title line and an abstract line per paper; the last line may lack a newline.
 */
const CHROME = /^Get trending papers in your email inbox/i;
const SUBSCRIBE_PREFIX = /^Subscribe(?=\S)/;

export async function* readSeedText(file: string): AsyncGenerator<PaperDocument> {
  let title: Line | undefined;
  let seenContent = false;
  let count = 0;

  for await (const line of readLines(file)) {
    let text = line.text.trim();
    if (text === '') continue;
    if (!seenContent && CHROME.test(text)) continue;
    if (!seenContent) text = text.replace(SUBSCRIBE_PREFIX, '');
    seenContent = true;

    if (!title) {
      title = { text, number: line.number };
      continue;
    }
    count += 1;
    yield {
      id: paperId(title.text),
      title: title.text,
      abstract: text,
      source: 'seed-text',
      location: { file, line: title.number },
    };
    title = undefined;
  }

  if (title) {
    throw new InputError(
      { file, line: title.number },
      'title without an abstract: expected a title line followed by an abstract line (odd number of lines)',
    );
  }
  if (count === 0) throw new InputError({ file, line: 1 }, 'no papers found: the file is empty');
}

export const seedTextFormat: SourceFormat = {
  name: 'seed-text',
  description: 'a title line, then an abstract line, per paper (the trending-papers listing)',
  yields: ['document'],
  // Anything that is not JSON is read as this plain-text layout.
  detect: (head) => !/^\s*[[{]/.test(head),
  async *read(file) {
    for await (const document of readSeedText(file)) yield { kind: 'document', document };
  },
};
