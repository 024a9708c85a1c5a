import { countPapers, listPapers, papersByIds, type PaperRow } from '../../graph/papers.js';
import { reposOfPapers } from '../../graph/repos.js';
import { builder } from '../builder.js';
import { keyFromId } from '../ids.js';
import { PaperRef, RepoRef } from '../refs.js';
import { connectionFrom, pageFor } from '../pagination.js';

PaperRef.implement({
  description: 'A paper: title and abstract, where it came from, and what it links to.',
  fields: (t) => ({
    key: t.exposeString('id', { description: 'Canonical key (`paper:` and the normalised title); stable across ingests.' }),
    title: t.exposeString('title', { description: 'Title as written in the source.' }),
    abstract: t.string({ nullable: true, description: 'Abstract text.', resolve: (p) => p.abstract }),
    arxivId: t.string({ nullable: true, description: 'arXiv identifier, where a source gave one.', resolve: (p) => p.arxivId }),
    url: t.string({ nullable: true, description: 'Link to the paper, where a source gave one.', resolve: (p) => p.url }),
    publishedAt: t.string({ nullable: true, description: 'Publication date (ISO), where a source gave one.', resolve: (p) => p.publishedAt }),
    sources: t.stringList({ description: 'Sources this paper was read from (seed-text, jsonl, pwc-...).', resolve: (p) => p.sources }),
    repos: t.loadableList({
      type: RepoRef,
      description: 'Code repositories linked to this paper.',
      load: (ids: string[], ctx) => reposOfPapers(ctx.db, ids),
      resolve: (paper) => paper.id,
    }),
  }),
});

builder.queryFields((t) => ({
  paper: t.field({
    type: PaperRef,
    nullable: true,
    description: 'A paper by global id or canonical key.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx): Promise<PaperRow | null> => (await papersByIds(ctx.db, [keyFromId(String(args.id), 'Paper')]))[0] ?? null,
  }),
  papers: t.connection({
    type: PaperRef,
    description: 'All papers, by title.',
    resolve: async (_root, args, ctx) => {
      const page = pageFor(args);
      const [rows, total] = await Promise.all([listPapers(ctx.db, page.offset, page.limit), countPapers(ctx.db)]);
      return connectionFrom(rows, page, total);
    },
  }),
}));
