import { BatchBuilder } from './pwc-batch.js';
import { firstRecordKeys } from './pwc-detect.js';
import type { Fields } from './pwc-fields.js';
import { readPwcDump } from './pwc-read.js';
import { arxivIdFromUrl, normalizeArxivId, paperNode, repoNode } from './pwc-records.js';
import type { ReadOptions, SourceFormat, SourceItem } from './source-format.js';

/**
 * Papers with Code links-between-papers-and-code.json(.gz): one paper-repository pair per
 * record, as (Paper)-[:HAS_CODE {official, framework, source}]->(Repo).
 */
export const SOURCE = 'pwc-links';

export function* linkItems(record: Fields): Generator<SourceItem> {
  const urlAbs = record.text('paper_url_abs');
  const paper = paperNode(
    {
      title: record.text('paper_title'),
      url: urlAbs ?? record.text('paper_url'),
      arxivId: normalizeArxivId(record.text('paper_arxiv_id')) ?? arxivIdFromUrl(urlAbs),
      props: { pwcUrl: record.text('paper_url') ?? null, urlAbs: urlAbs ?? null, urlPdf: record.text('paper_url_pdf') ?? null },
    },
    SOURCE,
  );
  const repo = repoNode(record.text('repo_url'), SOURCE);
  // Without a title there is no paper id, and a URL off the code hosts is no repository:
  // such a pair has nothing to link.
  if (!paper || !repo) return;

  const builder = new BatchBuilder();
  builder.edge({
    type: 'HAS_CODE',
    from: builder.node(paper),
    to: builder.node(repo),
    key: '',
    props: {
      official: record.boolean('is_official') ?? null,
      framework: record.text('framework') ?? null,
      mentionedInPaper: record.boolean('mentioned_in_paper') ?? null,
      mentionedInGithub: record.boolean('mentioned_in_github') ?? null,
      source: SOURCE,
    },
  });
  yield { kind: 'records', batch: builder.take()! };
}

export async function* readPwcLinks(file: string, options: ReadOptions = {}): AsyncGenerator<SourceItem> {
  yield* readPwcDump(file, options, linkItems);
}

export const pwcLinksFormat: SourceFormat = {
  name: 'pwc-links',
  description: 'Papers with Code links-between-papers-and-code.json(.gz): paper-repository pairs',
  yields: ['records'],
  detect: (head) => {
    const keys = firstRecordKeys(head);
    return keys.has('repo_url') && (keys.has('paper_title') || keys.has('paper_url'));
  },
  read: (file, options) => readPwcLinks(file, options),
};
