import { describe, expect, it } from 'vitest';
import { FULL_TEXT_INDEXES } from '../../../core/full-text-indexes.js';
import { ENTITY_LABELS, EXTRACTED_LABELS, NODE_LABELS, SUBJECT_LABELS, TARGET_LABELS } from '../../../core/labels.js';
import { NODE_TYPES } from '../../../core/node-types.js';

describe('the lists derived from the node type declarations', () => {
  it('give every label once, entities, extracted types and the two sides of an evaluation', () => {
    expect(new Set(NODE_LABELS).size).toBe(NODE_TYPES.length);
    expect(ENTITY_LABELS).toEqual(['Method', 'Model', 'Benchmark', 'Dataset', 'Task', 'Metric']);
    expect(EXTRACTED_LABELS).toEqual(['Method', 'Model', 'Benchmark', 'Dataset', 'Task']);
    expect(SUBJECT_LABELS).toEqual(['Method', 'Model']);
    // A benchmark before its dataset: the preference where one name means both.
    expect(TARGET_LABELS).toEqual(['Benchmark', 'Dataset']);
  });

  it('put each type in the full-text index it declares, and every named entity in the name-key index', () => {
    for (const type of NODE_TYPES) {
      const index = FULL_TEXT_INDEXES.find((candidate) => candidate.name === type.fullText.index);
      expect(index?.labels).toContain(type.label);
      for (const property of type.fullText.properties) expect(index?.properties).toContain(property);
    }
    expect(FULL_TEXT_INDEXES.find((index) => index.name === 'entity_name_keys')).toMatchObject({ labels: ENTITY_LABELS, analyzer: 'keyword' });
  });

  it('give each type its own key prefix', () => {
    const prefixes = NODE_TYPES.map((type) => type.keyPrefix);
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });
});
