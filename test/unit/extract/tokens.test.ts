import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../ingest/extract/tokens.js';

// The token rule as a regular expression: the scan must give exactly its tokens.
const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}+_]|[.\-‐‑](?=[\p{L}\p{N}]))*/gu;

describe('tokenize', () => {
  it('joins letters and digits by inner dots, dashes, "+" and "_", never by trailing punctuation', () => {
    expect(tokenize('GPT-3.5 and Llama-3-70B, v2.0. C++ x_y').map((t) => t.text)).toEqual(['GPT-3.5', 'and', 'Llama-3-70B', 'v2.0', 'C++', 'x_y']);
  });

  it('gives the same tokens and offsets as the token rule, also for non-ASCII and astral letters', () => {
    for (const text of ['a+b_c-d. x-‐y 𝐀𝐁c 中文-字 e.g. v2.0- 𝟘x _a +b', 'ẞ-x\u0301y Ünïcode–dash', 'end.', 'trailing-', '']) {
      const expected = [...text.matchAll(TOKEN)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
      expect(tokenize(text)).toEqual(expected);
    }
  });
});
