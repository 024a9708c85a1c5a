import { describe, expect, it } from 'vitest';
import { bareName } from '../../../core/bare-name.js';

describe('bareName: a name without its maker or a descriptive head', () => {
  it('drops a maker before the name and a kind word after it', () => {
    expect(bareName('Google Gemini')).toBe('Gemini');
    expect(bareName("OpenAI's GPT-4")).toBe('GPT-4');
    expect(bareName('the GPT series')).toBe('GPT');
    expect(bareName('GPT series models')).toBe('GPT');
    expect(bareName('Gemini architecture')).toBe('Gemini');
    expect(bareName('Llama models')).toBe('Llama');
  });

  it('gives nothing where the name has neither, or is nothing else', () => {
    expect(bareName('Gemini')).toBeUndefined();
    expect(bareName('models')).toBeUndefined();
    expect(bareName('Metaformer')).toBeUndefined();
  });

  it('also drops a head that belongs to the name: lookups try the bare name only where the name as written finds nothing', () => {
    expect(bareName('Masked Language Model')).toBe('Masked Language');
  });
});
