import { describe, expect, it } from 'vitest';
import { isCitationText } from '../../../ingest/sources/citation-text.js';
import { paperTitle } from '../../../ingest/sources/pwc-records.js';

describe('citation text where a paper title belongs', () => {
  // Shapes from the shipped leaderboards' paper_title fields.
  it.each(["[10]", "[13] [code]", "[6] [11]", "[Preprint] [2]", "Xiaodong Liu et al. '19", "Rocktäschel  et al. '15", "Munkhdalai & Yu '16b", "Nie and Bansal '17", "Anonymous '18", "Pengfei Liu et al. '16b", "(Peters et al., 2018)", "Smith and Jones (2019)"])(
    'takes %j for a citation, not a title',
    (text) => {
      expect(isCitationText(text)).toBe(true);
      expect(paperTitle(text)).toBeUndefined();
    },
  );

  it.each([
    'A Fast Unified Model for Parsing and Sentence Understanding',
    'Mogrifier LSTM',
    'SemEval 2017',
    'Findings of the 2019 Conference on Machine Translation (WMT19)',
    'Twitter word embeddings (Godin et al. 2019 (Chapter 3))',
    'Neural Machine Translation in Linear Time',
    'Attention Is All You Need',
    'BERT and PALs 2019',
  ])('keeps %j as a title', (text) => {
    expect(isCitationText(text)).toBe(false);
    expect(paperTitle(text)).toBe(text);
  });
});
