import { hopPages } from '../../graph/neighbours.js';
import { nodesByIds } from '../../graph/nodes.js';
import type { RepoRow } from '../../graph/rows.js';
import { builder } from '../builder.js';
import { pagedComplexity } from '../connection-complexity.js';
import { MethodConnection, RepoConnection } from '../connections.js';
import { RepoOrder, RepoWhere, nodeListConnection } from '../filters.js';
import { keyFromId } from '../ids.js';
import { LIMITS } from '../limits.js';
import { pageFor } from '../pagination.js';
import { PaperRef, RepoRef } from '../refs.js';
import { hopConnection } from '../relationship-fields.js';

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
      byPath: true,
      description: 'Papers that link to this repository, newest first.',
      args: { first: t.arg.int({ required: false, description: `How many (default and maximum ${LIMITS.maxPageSize}).` }) },
      // Papers per repository are few: without `first`, cost assumes the usual short list.
      complexity: (args) => pagedComplexity({ first: args.first ?? LIMITS.listMultiplier }),
      load: async (ids: string[], ctx, args) => {
        const page = pageFor({ first: args.first ?? LIMITS.maxPageSize });
        const pages = await hopPages(ctx.db, { from: 'Repo', types: ['HAS_CODE'], direction: 'in', to: ['Paper'] }, ids, { offset: 0, limit: page.limit });
        return pages.map((found) => found.items.slice(0, page.limit).map((link) => link.node));
      },
      resolve: (repo) => repo.id,
    }),
    methods: hopConnection(t, {
      type: MethodConnection,
      hop: { from: 'Repo', types: ['IMPLEMENTED_IN'], direction: 'in', to: ['Method'] },
      description: 'Methods this repository implements.',
    }),
  }),
});

builder.queryFields((t) => ({
  repo: t.field({
    type: RepoRef,
    nullable: true,
    description: 'A repository by global id, canonical key or URL.',
    args: { id: t.arg.id({ required: true, description: 'Global id, canonical key or URL.' }) },
    resolve: async (_root, args, ctx): Promise<RepoRow | null> => {
      const key = keyFromId(String(args.id), 'Repo').toLowerCase().replace(/^http:\/\//, 'https://').replace(/\/+$/, '');
      return (await nodesByIds(ctx.db, 'Repo', [key]))[0] ?? null;
    },
  }),
  repos: t.connection(
    {
      type: RepoRef,
      description: 'Repositories, filtered and sorted (by URL unless `orderBy` says otherwise).',
      args: {
        where: t.arg({ type: RepoWhere, required: false, description: 'Filters; all given must hold.' }),
        orderBy: t.arg({ type: RepoOrder, required: false, description: 'Sort order (default: URL ascending).' }),
      },
      complexity: pagedComplexity,
      resolve: (_root, args, ctx) => nodeListConnection(ctx.db, 'Repo', args.where, args.orderBy, args),
    },
    RepoConnection,
  ),
}));
