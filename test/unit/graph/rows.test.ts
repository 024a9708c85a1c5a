import { describe, expect, it } from 'vitest';
import { toNodeRow } from '../../../src/graph/rows.js';

describe('toNodeRow', () => {
  it('shows a paper without a title by its arXiv id, and by its key when it has none', () => {
    const byArxiv = toNodeRow({ label: 'Paper', id: 'paper:arxiv-1705-02364', arxivId: '1705.02364' });
    expect(byArxiv.label === 'Paper' && byArxiv.title).toBe('arXiv:1705.02364');
    const bare = toNodeRow({ label: 'Paper', id: 'paper:x' });
    expect(bare.label === 'Paper' && bare.title).toBe('paper:x');
    const titled = toNodeRow({ label: 'Paper', id: 'paper:a', title: 'A', arxivId: '1' });
    expect(titled.label === 'Paper' && titled.title).toBe('A');
  });
});
