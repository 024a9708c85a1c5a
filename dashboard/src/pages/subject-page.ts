import { ENTITY_FRAGMENT, toEntity, type EntityData } from '../entities.js';
import { graphql } from '../graphql.js';
import { feedUrl } from '../page-links.js';
import { countNote, el, entityLink, entityList, paperLink, section } from './dom.js';
import { facts, pageHeading } from './page-frame.js';
import { papersList, type PaperEdge } from './papers-list.js';

interface Named {
  key: string;
  name: string;
}
interface VariantNode extends Named {
  variants?: { totalCount: number; edges: Array<{ node: VariantNode }> };
}
interface Result {
  metricName: string | null;
  value: number | null;
  rawValue: string | null;
  paper: { key: string; title: string } | null;
}
interface SubjectData {
  subject: (Named & {
    fullName: string | null;
    aliases: string[];
    description: string | null;
    variants?: VariantNode['variants'];
    variantOf?: { edges: Array<{ node: Named }> };
    repos?: { edges: Array<{ node: { key: string; url: string; owner: string; name: string } }> };
    evaluatedOn: { totalCount: number; edges: Array<{ node: { counterpart: EntityData; evaluationCount: number; evaluations: Result[] } }> };
    papers: { totalCount: number; edges: Array<PaperEdge & { node: PaperEdge['node'] & { repos: Array<{ key: string; url: string; owner: string; name: string }> } }> };
  }) | null;
}

// Three levels of variants: DPO -> KTO -> ...; deeper ones are on the variants' own pages.
const VARIANTS = 'variants(first: 30) { totalCount edges { node { key name variants(first: 10) { totalCount edges { node { key name variants(first: 5) { totalCount edges { node { key name } } } } } } } } }';

const common = `key name fullName aliases description
      ${VARIANTS}
      variantOf(first: 5) { edges { node { key name } } }
      evaluatedOn(first: 50) { totalCount edges { node { counterpart { ...Entity } evaluationCount evaluations { metricName value rawValue paper { key title } } } } }
      papers(first: 50) { totalCount edges { relations node { key title publishedAt repos(first: 5) { key url owner name } } } }`;

const QUERIES = {
  Method: /* GraphQL */ `query MethodPage($key: ID!) { subject: method(id: $key) {
      ${common}
      repos(first: 20) { edges { node { key url owner name } } }
    } } ${ENTITY_FRAGMENT}`,
  Model: /* GraphQL */ `query ModelPage($key: ID!) { subject: model(id: $key) { ${common} } } ${ENTITY_FRAGMENT}`,
};

function variantTree(type: 'Method' | 'Model', nodes: Array<{ node: VariantNode }>): HTMLElement {
  return el(
    'ul',
    { class: 'tree' },
    ...nodes.map(({ node }) =>
      el(
        'li',
        {},
        entityLink({ type, key: node.key, label: node.name }),
        node.variants?.totalCount ? variantTree(type, node.variants.edges) : null,
        node.variants && node.variants.totalCount > node.variants.edges.length ? el('span', { class: 'note' }, ` and ${node.variants.totalCount - node.variants.edges.length} more`) : null,
      ),
    ),
  );
}

/** `/method/<id>`, `/model/<id>`: names, variants, the benchmarks with its best results, its papers and code. */
export async function renderSubjectPage(main: HTMLElement, type: 'Method' | 'Model', key: string): Promise<boolean> {
  const { subject } = await graphql<SubjectData>(QUERIES[type], { key });
  if (!subject) return false;
  const proposing = subject.papers.edges.filter((edge) => edge.relations.includes('PROPOSES'));
  const using = subject.papers.edges.filter((edge) => !edge.relations.includes('PROPOSES'));
  // Code: the repositories implementing it, else those of the papers proposing it.
  const repos = subject.repos?.edges.map(({ node }) => node) ?? [];
  const code = repos.length ? repos : proposing.flatMap((edge) => edge.node.repos);
  const unique = [...new Map(code.map((repo) => [repo.key, repo])).values()];

  const results = el(
    'table',
    { class: 'results', 'data-role': 'best-results' },
    el('thead', {}, el('tr', {}, el('th', {}, 'Benchmark or dataset'), el('th', {}, 'Best result'), el('th', {}, 'Metric'), el('th', {}, 'Paper'))),
    el(
      'tbody',
      {},
      ...subject.evaluatedOn.edges.map(({ node }) => {
        // Results come best first per metric: the first of each metric is its best.
        const best = [...new Map(node.evaluations.map((result) => [result.metricName ?? '', result])).values()][0];
        return el(
          'tr',
          {},
          el('td', {}, entityLink(toEntity(node.counterpart))),
          el('td', { class: 'score' }, best?.rawValue ?? '—'),
          el('td', {}, best?.metricName ?? ''),
          el('td', {}, best?.paper ? paperLink(best.paper) : ''),
        );
      }),
    ),
  );

  const sections = [
    pageHeading(
      { type, ...subject },
      subject.description ? el('p', { class: 'description' }, subject.description) : null,
      facts(
        ['Variant of', subject.variantOf?.edges.length ? entityList(subject.variantOf.edges.map(({ node }) => ({ type, key: node.key, label: node.name })), '') : null],
        ['Feed', el('a', { href: feedUrl(type, subject.key), 'data-role': 'feed' }, 'new papers and results (Atom)')],
      ),
    ),
    section(
      'variants',
      'Variants',
      subject.variants?.totalCount ? variantTree(type, subject.variants.edges) : el('p', { class: 'note' }, 'No known variants.'),
      countNote(subject.variants?.edges.length ?? 0, subject.variants?.totalCount ?? 0, 'direct variants'),
    ),
    section(
      'results',
      'Benchmarks and its best results',
      subject.evaluatedOn.totalCount ? results : el('p', { class: 'note' }, 'No results yet.'),
      countNote(subject.evaluatedOn.edges.length, subject.evaluatedOn.totalCount, 'benchmarks and datasets'),
    ),
    section('proposed-by', 'Papers proposing it', papersList(proposing, 'No paper is known to propose it.')),
    section('used-by', 'Papers using or mentioning it', papersList(using, 'None yet.'), countNote(subject.papers.edges.length, subject.papers.totalCount, 'papers')),
    section('code', 'Code', entityList(unique.map((repo) => ({ type: 'Repo', key: repo.key, label: `${repo.owner}/${repo.name}` })), 'No code links.')),
  ];
  main.replaceChildren(...sections.filter((part): part is HTMLElement => part !== null));
  return true;
}
