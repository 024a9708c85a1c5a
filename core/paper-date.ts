/**
 * A paper's date for timelines and feeds: its publication date where a source gave one, else
 * the month its arXiv id encodes (1509.06664: 2015-09; hep-th/9901001: 1999-01), else none.
 * The SOTA history's Cypher (src/graph/sota-history.ts) applies the same rule.
 */
export function paperDate(paper: { publishedAt: string | null; arxivId: string | null }): string | null {
  if (paper.publishedAt) return paper.publishedAt;
  const newStyle = paper.arxivId?.match(/^(\d{2})(\d{2})\.\d{4,5}$/);
  if (newStyle) return `20${newStyle[1]}-${newStyle[2]}`;
  const oldStyle = paper.arxivId?.match(/^[a-z-]+(?:\.[A-Za-z]{2})?\/(\d{2})(\d{2})\d{3}$/);
  if (oldStyle) return `${Number(oldStyle[1]) >= 91 ? '19' : '20'}${oldStyle[1]}-${oldStyle[2]}`;
  return null;
}
