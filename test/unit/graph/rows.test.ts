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
  it('blanks the stored lists and the optional properties not asked for, lists the latter, and reads the asked ones', () => {
    expect(nodeMap('m', ['aliases'])).toBe(
      "m {.*, label: head(labels(m)), leaderboardSubjects: null, leaderboardKeys: null, sotaHistorySubjects: null, sotaHistoryKeys: null, sotaHistoryDates: null, sotaHistoryDateSources: null, evaluatedOnOthers: null, evaluatedOnCounts: null, evaluatedOnBestPapers: null, evaluatedOnBestKeys: null, evaluatedByOthers: null, evaluatedByCounts: null, evaluatedByBestPapers: null, evaluatedByBestKeys: null, nameKeys: null, abstract: null, description: null, notRead: ['abstract', 'description']}",
    );
    expect(wholeNodeMap('n')).toBe('n {.*, label: head(labels(n)), leaderboardSubjects: null, leaderboardKeys: null, sotaHistorySubjects: null, sotaHistoryKeys: null, sotaHistoryDates: null, sotaHistoryDateSources: null, evaluatedOnOthers: null, evaluatedOnCounts: null, evaluatedOnBestPapers: null, evaluatedOnBestKeys: null, evaluatedByOthers: null, evaluatedByCounts: null, evaluatedByBestPapers: null, evaluatedByBestKeys: null, nameKeys: null}');
  });

  it('blanks only what nodes of the labels given can carry', () => {
    expect(nodeMap('m', [], ['Paper'])).toBe("m {.*, label: head(labels(m)), abstract: null, notRead: ['abstract']}");
    expect(nodeMap('m', [], ['Repo'])).toBe('m {.*, label: head(labels(m))}');
    // A method carries its stored evaluation groups, never a benchmark's board or history.
    const subject = nodeMap('m', ['aliases'], ['Method', 'Model']);
    expect(subject).toContain('evaluatedOnOthers: null');
    expect(subject).not.toContain('leaderboardKeys');
    expect(subject).not.toContain('evaluatedByOthers');
    expect(subject.endsWith("nameKeys: null, description: null, notRead: ['description']}")).toBe(true);
    const benchmark = nodeMap('m', [], ['Benchmark']);
    for (const stored of ['leaderboardKeys', 'sotaHistoryKeys', 'evaluatedByOthers']) expect(benchmark).toContain(`${stored}: null`);
    expect(benchmark).not.toContain('evaluatedOnOthers');
  });

  it('projects each kind of label its own way where the labels given carry different properties', () => {
    const mixed = nodeMap('node', [], ['Paper', 'Method', 'Model', 'Repo']);
    expect(mixed.startsWith("CASE WHEN head(labels(node)) IN ['Paper'] THEN node {.*, label: head(labels(node)), abstract: null, notRead: ['abstract']} ")).toBe(true);
    expect(mixed).toContain("WHEN head(labels(node)) IN ['Method', 'Model'] THEN node {.*, label: head(labels(node)), evaluatedOnOthers: null");
    expect(mixed.endsWith('ELSE node {.*, label: head(labels(node))} END')).toBe(true);
  });

  it('marks what a row left out as not read, and an absent property read as null', () => {
    const left = toNodeRow({ label: 'Method', id: 'method:x', name: 'X', abstract: null, description: null, notRead: ['abstract', 'description'], aliases: ['Y'] });
    expect(left.label !== 'Paper' && 'aliases' in left && left.aliases).toEqual(['Y']);
    expect('description' in left && left.description).toBe(NOT_READ);
    const read = toNodeRow({ label: 'Paper', id: 'paper:x', title: 'X' });
    expect(read.label === 'Paper' && read.abstract).toBeNull();
    const paper = toNodeRow({ label: 'Paper', id: 'paper:x', title: 'X', abstract: null, notRead: ['abstract'] });
    expect(paper.label === 'Paper' && paper.abstract).toBe(NOT_READ);
  });
});
