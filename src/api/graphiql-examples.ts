import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.js';

/**
 * The document GraphiQL opens with: yoga's GraphiQL takes one default document, so it holds
 * one named operation per question (pick one with the run button's menu). The operations are
 * the files under docs/queries, read once at start, so the docs and GraphiQL never drift.
 */
export const EXAMPLE_QUERY_FILES = [
  'leaderboard.graphql',
  'sota-history.graphql',
  'methods-evaluated-on.graphql',
  'method-variants.graphql',
  'compare.graphql',
  'path.graphql',
  'related.graphql',
  'search.graphql',
  'stats.graphql',
] as const;

export const EXAMPLE_QUERIES_DIR = path.join(PROJECT_ROOT, 'docs', 'queries');

const INTRO = `# Welcome to the research knowledge graph. Each operation below answers one question;
# press the run button (or Ctrl-Enter) and pick one. The Docs panel describes every field.

# The first papers, with the code repositories they link to:
query Papers {
  papers(first: 5) {
    totalCount
    edges { node { title publishedAt repos { url } } }
  }
}
`;

export const GRAPHIQL_DEFAULT_QUERY = [
  INTRO,
  ...EXAMPLE_QUERY_FILES.map((file) => readFileSync(path.join(EXAMPLE_QUERIES_DIR, file), 'utf8')),
].join('\n');
