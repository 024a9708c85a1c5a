import { describe, expect, it } from 'vitest';
import { leaderboardEntityId, leaderboardLabel, parseLeaderboardName } from '../../../ingest/resolve/leaderboard-name.js';

const idOf = (raw: string): string => {
  const { name } = parseLeaderboardName(raw);
  return leaderboardEntityId(leaderboardLabel(name), name);
};

describe('parseLeaderboardName', () => {
  it('resolves the spellings of one model to one id', () => {
    expect(new Set(['BERT Large (2018)', 'BERT-Large', 'BERT large'].map(idOf))).toEqual(new Set(['model:bert-large']));
  });

  it('keeps the year and the citation it strips as provenance', () => {
    expect(parseLeaderboardName('BERT Large (2018)')).toEqual({ raw: 'BERT Large (2018)', name: 'BERT Large', year: 2018 });
    expect(parseLeaderboardName('ESIM + ELMo (Peters et al., 2018)')).toEqual({
      raw: 'ESIM + ELMo (Peters et al., 2018)',
      name: 'ESIM + ELMo',
      year: 2018,
      citation: 'Peters et al., 2018',
    });
  });

  it('strips repeated years, keeping the rightmost', () => {
    const parsed = parseLeaderboardName('+ELMo +coarse-to-fine & second-order inference (2017) (2018) (2018)');
    expect(parsed.name).toBe('+ELMo +coarse-to-fine & second-order inference');
    expect(parsed.year).toBe(2018);
  });

  it('drops URLs and markdown-conversion debris from names', () => {
    expect(parseLeaderboardName('YJ&&YWW :https://github.com/inisis/chexper').name).toBe('YJ&&YWW');
    expect(parseLeaderboardName('Bi-LSTMwzxhzdk:12att+LEXwzxhzdk:13').name).toBe('Bi-LSTM att+LEX');
  });

  it('leaves names without a citation alone, and never empties a name', () => {
    expect(parseLeaderboardName('Hierarchical-Learning-V1 (ensemble)').name).toBe('Hierarchical-Learning-V1 (ensemble)');
    expect(parseLeaderboardName('(2018)').name).toBe('(2018)');
  });
});

describe('leaderboardLabel', () => {
  it.each(['BERT Large', 'GPT-4', 'Llama-3-70B', 'Mistral 7B', 'DeepAUC-v1', 'BiMPM Ensemble', '300D LSTM encoders', 'Unlexicalized features'])(
    '%s is a Model',
    (name) => expect(leaderboardLabel(name)).toBe('Model'),
  );
  it.each(['LSTM', 'Transformer', 'Seq2Seq + Attention', 'BiLSTM-CRF', 'Linear'])('%s is a Method', (name) => {
    expect(leaderboardLabel(name)).toBe('Method');
  });
});
