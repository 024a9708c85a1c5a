import { papersByIds, type PaperRow } from '../graph/papers.js';
import { reposByIds, type RepoRow } from '../graph/repos.js';
import { builder } from './builder.js';
import { orNotFound } from './ids.js';

/**
 * Every node type's ref, declared before any type is implemented: the modules under types/
 * point at each other through these, without import cycles and with full type inference.
 * Each ref loads its nodes by canonical key through one batched query per request.
 */

export const PaperRef = builder.loadableNodeRef('Paper', {
  id: { resolve: (paper: PaperRow) => paper.id },
  load: async (ids: string[], ctx) => orNotFound('Paper', ids, await papersByIds(ctx.db, ids)),
});

export const RepoRef = builder.loadableNodeRef('Repo', {
  id: { resolve: (repo: RepoRow) => repo.id },
  load: async (ids: string[], ctx) => orNotFound('Repo', ids, await reposByIds(ctx.db, ids)),
});
