import { graphql } from '../graphql.js';
import { countNote, el, entityList, section } from './dom.js';
import { facts, pageHeading } from './page-frame.js';
import { papersList } from './papers-list.js';

const REPO_QUERY = /* GraphQL */ `
  query RepoPage($key: ID!) {
    repo(id: $key) {
      key url host owner name
      methods(first: 50) { totalCount edges { node { key name } } }
      papers(first: 50) { key title publishedAt }
    }
  }
`;

interface RepoData {
  repo: {
    key: string;
    url: string;
    host: string;
    owner: string;
    name: string;
    methods: { totalCount: number; edges: Array<{ node: { key: string; name: string } }> };
    papers: Array<{ key: string; title: string; publishedAt: string | null }>;
  } | null;
}

/** `/repo/<host>/<owner>/<name>`: the repository, the methods it implements and the papers it is the code of. */
export async function renderRepoPage(main: HTMLElement, key: string): Promise<boolean> {
  const { repo } = await graphql<RepoData>(REPO_QUERY, { key });
  if (!repo) return false;
  main.replaceChildren(
    pageHeading(
      { type: 'Repo', key: repo.key, name: `${repo.owner}/${repo.name}` },
      facts(['Repository', el('a', { href: repo.url, rel: 'noopener', 'data-role': 'repo-url' }, repo.url)], ['Host', repo.host]),
    ),
    section(
      'methods',
      'Methods it implements',
      entityList(repo.methods.edges.map(({ node }) => ({ type: 'Method', key: node.key, label: node.name })), 'No method is linked to it.'),
      countNote(repo.methods.edges.length, repo.methods.totalCount, 'methods'),
    ),
    section('papers', 'Papers it is the code of', papersList(repo.papers.map((node) => ({ relations: [], node })))),
  );
  return true;
}
