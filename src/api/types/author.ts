import { authorTopics, coAuthors, type AuthorTopics } from '../../graph/authors.js';
import { nodesByIds } from '../../graph/nodes.js';
import type { AuthorRow } from '../../graph/rows.js';
import { builder } from '../builder.js';
import { pagedComplexity } from '../connection-complexity.js';
import { AuthorConnection, PaperConnection } from '../connections.js';
import { AuthorWhere, nodeListConnection } from '../filters.js';
import { keyFromId } from '../ids.js';
import { LIMITS } from '../limits.js';
import { pageFor } from '../pagination.js';
import { AuthorRef, BenchmarkRef, MethodRef } from '../refs.js';
import { hopConnection } from '../relationship-fields.js';
import type { SchemaTypes } from '../schema-types.js';

const firstArg = (t: PothosSchemaTypes.ObjectFieldBuilder<SchemaTypes, AuthorRow>) => ({
  first: t.arg.int({ required: false, description: `How many (default and maximum ${LIMITS.maxPageSize}).` }),
});

const METHODS: AuthorTopics<'Method'> = { label: 'Method', types: ['PROPOSES', 'MENTIONS'] };
const BENCHMARKS: AuthorTopics<'Benchmark'> = { label: 'Benchmark', types: ['PROPOSES', 'MENTIONS', 'EVALUATES_ON'] };

AuthorRef.implement({
  description:
    'An author of papers. One node per ORCID or ACL Anthology id where a source gives one; otherwise one per name within a venue, or per paper where the paper has no venue: two people who share a name are never merged across venues.',
  fields: (t) => ({
    key: t.exposeString('id', { description: 'Canonical key (`author:orcid:...`, `author:acl:...`, `author:venue:<venue>:<name>`, `author:paper:<paper>:<position>`).' }),
    name: t.exposeString('name', { description: 'Name as a source printed it.' }),
    orcid: t.string({ nullable: true, description: 'ORCID iD, where a source gave one.', resolve: (a) => a.orcid }),
    anthologyId: t.string({ nullable: true, description: 'ACL Anthology person id, where the anthology gave one.', resolve: (a) => a.anthologyId }),
    identifiedBy: t.string({
      nullable: true,
      description: 'What makes this one person: orcid, anthology, arxiv, pwc, name-in-venue or name-in-paper.',
      resolve: (a) => a.identifiedBy,
    }),
    sources: t.exposeStringList('sources', { description: 'Sources it was read from.' }),
    papers: hopConnection(t, {
      type: PaperConnection,
      hop: { from: 'Author', types: ['AUTHORED_BY'], direction: 'in', to: ['Paper'] },
      description: 'Papers by this author, newest first.',
    }),
    coAuthors: t.loadableList({
      type: AuthorRef,
      byPath: true,
      description: 'People who wrote papers with this author, most shared papers first.',
      args: firstArg(t),
      complexity: (args) => pagedComplexity({ first: args.first ?? LIMITS.listMultiplier }),
      load: (ids: string[], ctx, args) => coAuthors(ctx.db, ids, pageFor({ first: args.first ?? LIMITS.maxPageSize }).limit),
      resolve: (author) => author.id,
    }),
    methods: t.loadableList({
      type: MethodRef,
      byPath: true,
      description: "Methods this author's papers propose or mention, most papers first.",
      args: firstArg(t),
      complexity: (args) => pagedComplexity({ first: args.first ?? LIMITS.listMultiplier }),
      load: (ids: string[], ctx, args) => authorTopics(ctx.db, METHODS, ids, pageFor({ first: args.first ?? LIMITS.maxPageSize }).limit),
      resolve: (author) => author.id,
    }),
    benchmarks: t.loadableList({
      type: BenchmarkRef,
      byPath: true,
      description: "Benchmarks this author's papers propose, mention or report results on, most papers first.",
      args: firstArg(t),
      complexity: (args) => pagedComplexity({ first: args.first ?? LIMITS.listMultiplier }),
      load: (ids: string[], ctx, args) => authorTopics(ctx.db, BENCHMARKS, ids, pageFor({ first: args.first ?? LIMITS.maxPageSize }).limit),
      resolve: (author) => author.id,
    }),
  }),
});

builder.queryFields((t) => ({
  author: t.field({
    type: AuthorRef,
    nullable: true,
    description: 'An author by global id or canonical key (`author:orcid:0000-0002-1825-0097`).',
    args: { id: t.arg.id({ required: true, description: 'Global id or canonical key.' }) },
    resolve: async (_root, args, ctx): Promise<AuthorRow | null> => (await nodesByIds(ctx.db, 'Author', [keyFromId(String(args.id), 'Author')]))[0] ?? null,
  }),
  authors: t.connection(
    {
      type: AuthorRef,
      description: 'Authors, filtered, by name.',
      args: { where: t.arg({ type: AuthorWhere, required: false, description: 'Filters; all given must hold.' }) },
      complexity: pagedComplexity,
      resolve: (_root, args, ctx) => nodeListConnection(ctx.db, 'Author', args.where, null, args),
    },
    AuthorConnection,
  ),
}));
