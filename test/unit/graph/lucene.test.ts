import { describe, expect, it } from 'vitest';
import { luceneQuery, MAX_TERM_LENGTH, MAX_TERMS } from '../../../src/graph/lucene.js';

describe('luceneQuery: user text as plain search words', () => {
  it('escapes every Lucene special character inside a term', () => {
    expect(luceneQuery('mt-bench')).toBe('mt\\-bench');
    expect(luceneQuery('a+b&&c||d!(e){f}[g]^h"i~j*k?l:m\\n/o')).toBe('a\\+b\\&\\&c\\|\\|d\\!\\(e\\)\\{f\\}\\[g\\]\\^h\\"i\\~j\\*k\\?l\\:m\\\\n\\/o');
  });

  it('drops terms of punctuation only and control characters, NUL included', () => {
    expect(luceneQuery('+-&&||!(){}[]^"~*?:\\/')).toBeNull();
    expect(luceneQuery('dpo\u0000rlhf')).toBe('dpo rlhf');
    expect(luceneQuery('\u0000 \t ')).toBeNull();
    expect(luceneQuery('')).toBeNull();
  });

  it('takes operator words as words', () => {
    expect(luceneQuery('AND OR NOT TO')).toBe('and or not to');
  });

  it('caps the number and the length of terms', () => {
    expect(luceneQuery('word '.repeat(1000))!.split(' ')).toHaveLength(MAX_TERMS);
    expect(luceneQuery('a'.repeat(100_000))).toBe('a'.repeat(MAX_TERM_LENGTH));
  });

  it('keeps letters of any script', () => {
    expect(luceneQuery('Über BERT 中文')).toBe('Über BERT 中文');
  });
});
