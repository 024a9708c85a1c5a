import { describe, expect, it } from 'vitest';
import { findUrlSpans, isOutsideUrls } from '../../../ingest/extract/url-spans.js';

describe('URL spans', () => {
  const spanTexts = (text: string) => findUrlSpans(text).map((s) => text.slice(s.start, s.end));

  it('finds URLs with and without scheme, to the next whitespace', () => {
    expect(spanTexts('Code at https://github.com/a/b). See www.example.org/x, aligner2024.github.io and page.html too.')).toEqual([
      'https://github.com/a/b).',
      'www.example.org/x,',
      'aligner2024.github.io',
      'page.html',
    ]);
  });

  it('finds none in plain text, including dotted names that are not domains', () => {
    expect(findUrlSpans('We evaluate GPT-3.5 and Llama-3.1 on MT-Bench, e.g. in v2.0.')).toEqual([]);
  });

  it('tells spans outside every URL from those that touch one', () => {
    const text = 'NeMo at https://github.com/NVIDIA/NeMo-Aligner is used.';
    const urls = findUrlSpans(text);
    const at = (word: string, from = 0) => ({ start: text.indexOf(word, from), end: text.indexOf(word, from) + word.length });
    expect(isOutsideUrls(at('NeMo'), urls)).toBe(true);
    expect(isOutsideUrls(at('NeMo', 5), urls)).toBe(false);
    expect(isOutsideUrls(at('is'), urls)).toBe(true);
  });
});
