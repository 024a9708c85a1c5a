import { GraphQLError } from 'graphql';
import { paperId } from '../../../core/paper-id.js';
import { paperAuthors, paperVenues } from '../../graph/authors.js';
import { hopPages } from '../../graph/neighbours.js';
import { nodesByIds } from '../../graph/nodes.js';
import type { PaperRow } from '../../graph/rows.js';
import { builder } from '../builder.js';
import { pagedComplexity } from '../connection-complexity.js';
import { BenchmarkConnection, DatasetConnection, MethodConnection, ModelConnection, PaperConnection, RepoConnection, TaskConnection } from '../connections.js';
import { PaperOrder, PaperWhere, nodeListConnection } from '../filters.js';
import { keyFromId } from '../ids.js';
import { LIMITS } from '../limits.js';
import { pageFor } from '../pagination.js';
import { optionalProperty } from '../node-properties.js';
import { AuthorRef, PaperRef, RepoRef, VenueRef } from '../refs.js';
import { evaluationConnection, hopConnection } from '../relationship-fields.js';

PaperRef.implement({
  description: 'A paper: title and abstract, where it came from, and what it proposes, mentions, evaluates and links to.',
  fields: (t) => ({
    key: t.exposeString('id', { description: 'Canonical key (`paper:` and the normalised title); stable across ingests.' }),
    title: t.exposeString('title', { description: 'Title as written in the source.' }),
    abstract: t.string({ nullable: true, description: 'Abstract text.', resolve: (p, _args, ctx) => optionalProperty(p, ctx, (row) => row.abstract) }),
    arxivId: t.string({ nullable: true, description: 'arXiv identifier, where a source gave one.', resolve: (p) => p.arxivId }),
    url: t.string({ nullable: true, description: 'Link to the paper, where a source gave one.', resolve: (p, _args, ctx) => optionalProperty(p, ctx, (row) => row.url) }),
    urlAbs: t.string({ nullable: true, description: 'Its abstract page (arXiv, the anthology), where a Papers with Code dump gave one.', resolve: (p, _args, ctx) => optionalProperty(p, ctx, (row) => row.urlAbs) }),
    urlPdf: t.string({ nullable: true, description: 'Its PDF, where a Papers with Code dump gave one.', resolve: (p, _args, ctx) => optionalProperty(p, ctx, (row) => row.urlPdf) }),
    publishedAt: t.string({ nullable: true, description: 'Publication date (ISO), where a source gave one.', resolve: (p, _args, ctx) => optionalProperty(p, ctx, (row) => row.publishedAt) }),
    year: t.int({ nullable: true, description: "Year of publication: its venue's, else that of its date.", resolve: (p, _args, ctx) => optionalProperty(p, ctx, (row) => row.year) }),
    sources: t.stringList({ description: 'Sources this paper was read from (seed-text, jsonl, pwc-...).', resolve: (p, _args, ctx) => optionalProperty(p, ctx, (row) => row.sources) }),
    authors: t.loadableList({
      type: AuthorRef,
      byPath: true,
      description: 'Authors in the order the paper lists them.',
      args: { first: t.arg.int({ required: false, description: `How many (default and maximum ${LIMITS.maxPageSize}).` }) },
      complexity: (args) => pagedComplexity({ first: args.first ?? LIMITS.listMultiplier }),
      load: (ids: string[], ctx, args) => paperAuthors(ctx.db, ids, pageFor({ first: args.first ?? LIMITS.maxPageSize }).limit),
      resolve: (paper) => paper.id,
    }),
    venue: t.loadable({
      type: VenueRef,
      nullable: true,
      byPath: true,
      description: 'Venue the paper was published at, where a source said.',
      load: (ids: string[], ctx) => paperVenues(ctx.db, ids),
      resolve: (paper) => paper.id,
    }),
    repos: t.loadableList({
      type: RepoRef,
      byPath: true,
      description: 'Code repositories linked to this paper.',
      args: { first: t.arg.int({ required: false, description: `How many (default and maximum ${LIMITS.maxPageSize}).` }) },
      // Code links are few per paper: without `first`, cost assumes the usual short list.
      complexity: (args) => pagedComplexity({ first: args.first ?? LIMITS.listMultiplier }),
      load: async (ids: string[], ctx, args) => {
        const page = pageFor({ first: args.first ?? LIMITS.maxPageSize });
        const pages = await hopPages(ctx.db, { from: 'Paper', types: ['HAS_CODE'], direction: 'out', to: ['Repo'] }, ids, { offset: 0, limit: page.limit });
        return pages.map((found) => found.items.slice(0, page.limit).map((link) => link.node));
      },
      resolve: (paper) => paper.id,
    }),
    codeLinks: hopConnection(t, {
      type: RepoConnection,
      hop: { from: 'Paper', types: ['HAS_CODE'], direction: 'out', to: ['Repo'] },
      description: 'Its code repositories, each edge saying how the link is known: official or not, framework, where it was mentioned.',
    }),
    methods: hopConnection(t, {
      type: MethodConnection,
      hop: { from: 'Paper', types: ['PROPOSES', 'MENTIONS', 'USES'], direction: 'out', to: ['Method'] },
      roles: true,
      description: 'Methods this paper proposes, mentions or (as a Papers with Code dump lists them) uses.',
    }),
    models: hopConnection(t, {
      type: ModelConnection,
      hop: { from: 'Paper', types: ['PROPOSES', 'MENTIONS', 'USES'], direction: 'out', to: ['Model'] },
      roles: true,
      description: 'Models this paper proposes, mentions or (as a Papers with Code dump lists them) uses.',
    }),
    datasets: hopConnection(t, {
      type: DatasetConnection,
      hop: { from: 'Paper', types: ['PROPOSES', 'MENTIONS', 'EVALUATES_ON'], direction: 'out', to: ['Dataset'] },
      roles: true,
      description: 'Datasets this paper proposes, mentions or reports results on.',
    }),
    benchmarks: hopConnection(t, {
      type: BenchmarkConnection,
      hop: { from: 'Paper', types: ['PROPOSES', 'MENTIONS', 'EVALUATES_ON'], direction: 'out', to: ['Benchmark'] },
      roles: true,
      description: 'Benchmarks this paper proposes, mentions or reports results on.',
    }),
    tasks: hopConnection(t, {
      type: TaskConnection,
      hop: { from: 'Paper', types: ['ADDRESSES', 'MENTIONS'], direction: 'out', to: ['Task'] },
      roles: true,
      description: 'Tasks this paper addresses or mentions.',
    }),
    evaluations: evaluationConnection(t, { side: 'paper', label: 'Paper', description: 'Results this paper reports.' }),
  }),
});

builder.queryFields((t) => ({
  paper: t.field({
    type: PaperRef,
    nullable: true,
    description: 'A paper by global id or canonical key, or by its title (ignoring case and punctuation). Give exactly one.',
    args: {
      id: t.arg.id({ required: false, description: 'Global id or canonical key.' }),
      title: t.arg.string({ required: false, description: 'Title.' }),
    },
    resolve: async (_root, args, ctx): Promise<PaperRow | null> => {
      if ((args.id == null) === (args.title == null)) throw new GraphQLError('Give exactly one of id and title', { extensions: { code: 'BAD_USER_INPUT' } });
      const key = args.id != null ? keyFromId(String(args.id), 'Paper') : paperId(args.title!);
      return (await nodesByIds(ctx.db, 'Paper', [key]))[0] ?? null;
    },
  }),
  papers: t.connection(
    {
      type: PaperRef,
      description: 'Papers, filtered and sorted (by title unless `orderBy` says otherwise).',
      args: {
        where: t.arg({ type: PaperWhere, required: false, description: 'Filters; all given must hold.' }),
        orderBy: t.arg({ type: PaperOrder, required: false, description: 'Sort order (default: title ascending).' }),
      },
      complexity: pagedComplexity,
      resolve: (_root, args, ctx) => nodeListConnection(ctx.db, 'Paper', args.where, args.orderBy, args),
    },
    PaperConnection,
  ),
}));
