import { describe, expect, it } from 'vitest';
import { findAcronymPairs, matchLongForm } from '../../../ingest/extract/acronyms.js';
import { prepareText } from '../../../ingest/extract/prepared-text.js';

const pairsIn = (abstract: string, title = 'A title') =>
  findAcronymPairs(prepareText(title, abstract)).map((p) => [p.long.text, p.short.text]);

describe('acronym pairs', () => {
  it('pairs a long form followed by its short form', () => {
    expect(pairsIn('The Direct Preference Optimization (DPO) method is popular.')).toEqual([['Direct Preference Optimization', 'DPO']]);
  });

  it('pairs a short form followed by its long form', () => {
    expect(pairsIn('We compare with DPO (Direct Preference Optimization) here.')).toEqual([['Direct Preference Optimization', 'DPO']]);
  });

  it('matches by word initials before letters, skipping function words and unspelled digits', () => {
    expect(pairsIn('we propose an On-the-fly Preference Optimization (OPO) method')).toEqual([['On-the-fly Preference Optimization', 'OPO']]);
    expect(pairsIn('we introduce the Text-Image Alignment Assessment (TIA2) benchmark')).toEqual([['Text-Image Alignment Assessment', 'TIA2']]);
    expect(pairsIn('a method called Cross-modal and Uni-modal Soft-label Alignment (CUSA).')).toEqual([
      ['Cross-modal and Uni-modal Soft-label Alignment', 'CUSA'],
    ]);
  });

  it('pairs a short form made of capitals written inside the words of its long form', () => {
    expect(pairsIn('We add a graPh-aware rEtrieval modUle (PEU) to the reader.')).toEqual([['graPh-aware rEtrieval modUle', 'PEU']]);
    expect(pairsIn('We call it SElf-Correcting DEcoding (SECDE) here.')).toEqual([['SElf-Correcting DEcoding', 'SECDE']]);
  });

  it('starts a long form at the start of a hyphenated word, never inside it', () => {
    expect(pairsIn('We propose Zero-Shot Voice Conversion (SVC) for speech.')).toEqual([['Zero-Shot Voice Conversion', 'SVC']]);
    expect(pairsIn('a Speech-to-Text (S2T) system')).toEqual([['Speech-to-Text', 'S2T']]);
  });

  it('falls back to letters inside words for mixed forms', () => {
    expect(matchLongForm('TR-DPO', 'a new method called Trust Region DPO')).toBe('Trust Region DPO');
    expect(pairsIn('using the JCommonsenseMorality (JCM) and ETHICS datasets')).toEqual([['JCommonsenseMorality', 'JCM']]);
  });

  it('pairs a title head with the title rest it abbreviates', () => {
    expect(pairsIn('An abstract.', 'SoFA: Shielded On-the-fly Alignment via Priority Rule Following')).toEqual([
      ['Shielded On-the-fly Alignment', 'SoFA'],
    ]);
  });

  it('runs a title\'s long form past "and" where the short form\'s capitals start its words to the last', () => {
    expect(pairsIn('An abstract.', 'CoDA: Collaborative Novel Box Discovery and Cross-modal Alignment for Open-vocabulary 3D Object Detection')).toEqual([
      ['Collaborative Novel Box Discovery and Cross-modal Alignment', 'CoDA'],
    ]);
    expect(pairsIn('An abstract.', 'FLAME: Fast Lightweight Alignment and Merging of Embeddings for Retrieval')).toEqual([
      ['Fast Lightweight Alignment and Merging of Embeddings', 'FLAME'],
    ]);
    // Spelled in full before "and": the rest is another phrase.
    expect(pairsIn('An abstract.', 'RoPE: Rotary Position Embedding and Length Extrapolation')).toEqual([['Rotary Position Embedding', 'RoPE']]);
  });

  it('leaves a lower-case kind noun after the name out of the long form, unless the short form spells it', () => {
    expect(pairsIn('We introduce the Hierarchical Retrieval-Augmented Generation framework (HiRAG).')).toEqual([['Hierarchical Retrieval-Augmented Generation', 'HiRAG']]);
    expect(pairsIn('We study dynamic topic models (DTMs) and a retrieval-augmented generation model (RAGM).')).toEqual([
      ['dynamic topic models', 'DTMs'],
      ['retrieval-augmented generation model', 'RAGM'],
    ]);
  });

  it('ignores brackets that hold no abbreviation', () => {
    expect(pairsIn('The results (see below) and the accuracy (93.8 F1) are good.')).toEqual([]);
    expect(pairsIn('CUT (LLaMA2-13b) can beat the baseline.')).toEqual([]);
  });
});
