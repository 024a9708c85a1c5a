import { describe, expect, it } from 'vitest';
import { nodeMap, NOT_READ, toNodeRow, wholeNodeMap } from '../../../src/graph/rows.js';

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

describe('nodeMap and optional properties', () => {
  it("reads a row's key and name always, an optional property only where asked", () => {
    expect(nodeMap('m', ['aliases', 'fullName'], ['Method'])).toBe('m {label: head(labels(m)), .id, .name, .fullName, .aliases}');
    expect(nodeMap('m', [], ['Paper'])).toBe('m {label: head(labels(m)), .id, .title, .arxivId}');
    expect(nodeMap('m', ['publishedAt', 'aliases'], ['Paper'])).toBe('m {label: head(labels(m)), .id, .title, .arxivId, .publishedAt}');
    expect(nodeMap('m', [], ['Repo'])).toBe('m {label: head(labels(m)), .id, .url, .host, .owner, .name, .sources}');
    // A statement that does not see the selection reads all but the long properties.
    expect(nodeMap('m', undefined, ['Paper'])).toBe('m {label: head(labels(m)), .id, .title, .arxivId, .url, .urlAbs, .urlPdf, .publishedAt, .year, .sources}');
    // Never `.*`: a hub's stored lists and name keys are only read by the queries that need them.
    for (const projected of [nodeMap('n'), wholeNodeMap('n')]) {
      expect(projected).not.toContain('.*');
      for (const stored of ['leaderboardKeys', 'sotaHistoryKeys', 'evaluatedOnOthers', 'evaluatedByBestKeys', 'nameKeys']) expect(projected).not.toContain(stored);
    }
    expect(wholeNodeMap('n')).toContain('.abstract');
    expect(wholeNodeMap('n')).toContain('.aliases, .description');
  });

  it('projects labels that show different properties once, with the properties of all of them', () => {
    expect(nodeMap('node', [], ['Paper', 'Method', 'Repo'])).toBe('node {label: head(labels(node)), .id, .title, .arxivId, .name, .url, .host, .owner, .sources}');
  });

  it('marks what a row left out as not read, and an absent property read as null', () => {
    const left = toNodeRow({ label: 'Method', id: 'method:x', name: 'X', aliases: ['Y'], fullName: null });
    expect(left.label !== 'Paper' && 'aliases' in left && left.aliases).toEqual(['Y']);
    expect('fullName' in left && left.fullName).toBeNull();
    expect('description' in left && left.description).toBe(NOT_READ);
    expect('sources' in left && left.sources).toBe(NOT_READ);
    const read = toNodeRow({ label: 'Paper', id: 'paper:x', title: 'X', abstract: null, url: null });
    expect(read.label === 'Paper' && [read.abstract, read.url]).toEqual([null, null]);
    const paper = toNodeRow({ label: 'Paper', id: 'paper:x', title: 'X' });
    expect(paper.label === 'Paper' && [paper.abstract, paper.publishedAt, paper.year]).toEqual([NOT_READ, NOT_READ, NOT_READ]);
  });
});
