import { countRepos, listRepos, paperIdsOfRepos, reposByIds, type RepoRow } from '../../graph/repos.js';
import { builder } from '../builder.js';
import { keyFromId } from '../ids.js';
import { PaperRef, RepoRef } from '../refs.js';
import { connectionFrom, pageFor } from '../pagination.js';

RepoRef.implement({
  description: 'A code repository (GitHub, GitLab, Hugging Face, ...), keyed by its normalised URL.',
  fields: (t) => ({
    key: t.exposeString('id', { description: 'Canonical key: the lower-cased normalised URL.' }),
    url: t.exposeString('url', { description: 'Normalised URL (https, no `.git`, no `/tree/...`).' }),
    host: t.exposeString('host', { description: 'Hosting site, e.g. github.com.' }),
    owner: t.exposeString('owner', { description: 'Owner (user or organisation).' }),
    name: t.exposeString('name', { description: 'Repository name.' }),
    papers: t.loadableList({
      type: PaperRef,
      description: 'Papers that link to this repository.',
      load: (ids: string[], ctx) => paperIdsOfRepos(ctx.db, ids),
      resolve: (repo) => repo.id,
    }),
  }),
});

builder.queryFields((t) => ({
  repo: t.field({
    type: RepoRef,
    nullable: true,
    description: 'A repository by global id, canonical key or URL.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx): Promise<RepoRow | null> => (await reposByIds(ctx.db, [keyFromId(String(args.id), 'Repo').toLowerCase()]))[0] ?? null,
  }),
  repos: t.connection({
    type: RepoRef,
    description: 'All repositories, by URL.',
    resolve: async (_root, args, ctx) => {
      const page = pageFor(args);
      const [rows, total] = await Promise.all([listRepos(ctx.db, page.offset, page.limit), countRepos(ctx.db)]);
      return connectionFrom(rows, page, total);
    },
  }),
}));
