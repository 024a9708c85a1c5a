import { describe, expect, it } from 'vitest';
import { coreOfToken, isCoinedName } from '../../../ingest/extract/name-shape.js';

const core = (word: string) => {
  const { start, end } = coreOfToken(word);
  return word.slice(start, end);
};

describe('name shapes', () => {
  it('takes coined words as names', () => {
    for (const word of ['RegFormer', 'SpeechNet-2', 'Multitask-ICL', 'LLM-as-Judge', 'RNNs']) expect(isCoinedName(word), word).toBe(true);
  });

  it('does not take the plural of an acronym as a name: it names a class', () => {
    for (const word of ['GNNs', 'VLMs', 'ASTs', 'DAAs']) expect(isCoinedName(word), word).toBe(false);
  });

  it('does not take section headings or citation keys as names', () => {
    for (const word of ['RESULTS', 'CONCLUSIONS', 'Smith-2024-Scaling', 'Lee-2019']) expect(isCoinedName(word), word).toBe(false);
  });

  it('does not take a number with what it counts for a name', () => {
    for (const word of ['Sub-4-Bit', '2-Hop', 'Few-5-Shot']) expect(isCoinedName(word), word).toBe(false);
    for (const word of ['Llama-3-8B', 'BitNet-2', 'Phi-3']) expect(isCoinedName(word), word).toBe(true);
  });

  it('does not take a generic acronym with plain modifiers as a name', () => {
    for (const word of ['AI-Human', 'RGB-Depth', 'LLM-Centric']) expect(isCoinedName(word), word).toBe(false);
  });

  it('trims capitalised modifiers of a hyphenated compound like lower-case ones', () => {
    expect(core('GAN-Based')).toBe('GAN');
    expect(core('ViT-Guided')).toBe('ViT');
    expect(core('Llama-3-8B-Instruct')).toBe('Llama-3-8B-Instruct');
  });
});
