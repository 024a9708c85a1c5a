import { paperDate } from '../../../core/paper-date.js';
import { ENTITY_FRAGMENT, toEntity, type EntityData, type EntityType } from '../entities.js';
import { graphql } from '../graphql.js';
import { markedText, type Mentioned } from './abstract-marks.js';
import { el, entityLink, entityList, section } from './dom.js';
import { facts, pageHeading } from './page-frame.js';

const LINKED = 'edges { relations evidence { sentence } node { key name fullName aliases } }';

const PAPER_QUERY = /* GraphQL */ `
  query PaperPage($key: ID!) {
    paper(id: $key) {
      key title abstract publishedAt arxivId url
      methods(first: 50) { ${LINKED} }
      models(first: 50) { ${LINKED} }
      datasets(first: 50) { ${LINKED} }
      benchmarks(first: 50) { ${LINKED} }
      tasks(first: 50) { ${LINKED} }
      evaluations(first: 100) { totalCount edges { node { metricName rawValue subject { ...Entity } target { ...Entity } evidence { sentence } } } }
      repos { key url owner name }
    }
  }
  ${ENTITY_FRAGMENT}
`;

interface LinkedEntity {
  relations: string[];
  evidence: Array<{ sentence: string }>;
  node: { key: string; name: string; fullName: string | null; aliases: string[] };
}
type Linked = { edges: LinkedEntity[] };

interface PaperData {
  paper: {
    key: string;
    title: string;
    abstract: string | null;
    publishedAt: string | null;
    arxivId: string | null;
    url: string | null;
    methods: Linked;
    models: Linked;
    datasets: Linked;
    benchmarks: Linked;
    tasks: Linked;
    evaluations: { totalCount: number; edges: Array<{ node: { metricName: string | null; rawValue: string | null; subject: EntityData; target: EntityData; evidence: { sentence: string } | null } }> };
    repos: Array<{ key: string; url: string; owner: string; name: string }>;
  } | null;
}

/** `/paper/<id>`: title, date, the abstract with its entities linked and its edges' evidence marked, results, code. */
export async function renderPaperPage(main: HTMLElement, key: string): Promise<boolean> {
  const { paper } = await graphql<PaperData>(PAPER_QUERY, { key });
  if (!paper) return false;
  const groups: Array<[EntityType, Linked]> = [
    ['Method', paper.methods],
    ['Model', paper.models],
    ['Dataset', paper.datasets],
    ['Benchmark', paper.benchmarks],
    ['Task', paper.tasks],
  ];
  const mentioned: Mentioned[] = groups.flatMap(([type, linked]) =>
    linked.edges.map(({ node }) => ({ type, key: node.key, label: node.name, names: [node.name, ...(node.fullName ? [node.fullName] : []), ...node.aliases] })),
  );
  const evidence = dedupe([
    ...groups.flatMap(([type, linked]) => linked.edges.flatMap((edge) => edge.evidence.map((item) => ({ sentence: item.sentence, what: `${edge.relations.join(', ').toLowerCase()} ${edge.node.name}`, type })))),
    ...paper.evaluations.edges.flatMap(({ node }) => (node.evidence ? [{ sentence: node.evidence.sentence, what: `result of ${toEntity(node.subject).label} on ${toEntity(node.target).label}`, type: 'Benchmark' as const }] : [])),
  ]);
  const sentences = [...new Set(evidence.map((item) => item.sentence))];

  const abstract = el('p', { class: 'abstract', 'data-role': 'abstract' });
  if (paper.abstract) {
    const { nodes, marked, mentions } = markedText(paper.abstract, mentioned, sentences);
    abstract.append(...nodes);
    abstract.dataset.marked = String(marked);
    abstract.dataset.mentions = String(mentions);
  } else {
    abstract.append(el('span', { class: 'note' }, 'No abstract in the graph.'));
  }

  // Extraction reads the title as a sentence too: a link found there is marked there.
  const title = markedText(paper.title, mentioned, sentences);

  const date = paperDate(paper);
  const results = paper.evaluations.edges.map(({ node }) =>
    el('tr', {}, el('td', {}, entityLink(toEntity(node.subject))), el('td', {}, entityLink(toEntity(node.target))), el('td', {}, node.metricName ?? ''), el('td', { class: 'score' }, node.rawValue ?? '—')),
  );
  const heading = pageHeading(
      { type: 'Paper', key: paper.key, name: paper.title },
      facts(
        ['Date', date ? (paper.publishedAt ? date : `${date} (from its arXiv id)`) : 'unknown'],
        ['arXiv', paper.arxivId ? el('a', { href: `https://arxiv.org/abs/${paper.arxivId}`, rel: 'noopener' }, paper.arxivId) : null],
        ['Link', paper.url ? el('a', { href: paper.url, rel: 'noopener' }, paper.url) : null],
      ),
    );
  const name = heading.querySelector<HTMLElement>('[data-role="name"]')!;
  name.replaceChildren(...title.nodes);
  name.dataset.marked = String(title.marked);
  main.replaceChildren(
    heading,
    section('abstract', 'Abstract', abstract, el('p', { class: 'note' }, 'Linked: the entities extracted from it. Marked: the sentences its links were read from.')),
    section(
      'evidence',
      'Evidence',
      evidence.length
        ? el('ul', { class: 'evidence-list' }, ...evidence.map((item) => el('li', {}, el('span', { class: 'relation' }, item.what), ': ', el('mark', { class: 'evidence' }, item.sentence))))
        : el('p', { class: 'note' }, 'No text-derived links (its links come from dumps).'),
    ),
    section(
      'entities',
      'What it is about',
      ...groups.filter(([, linked]) => linked.edges.length > 0).map(([type, linked]) =>
        el('div', {}, el('h3', {}, `${type}s`), entityList(linked.edges.map(({ node }) => ({ type, key: node.key, label: node.name })), '', (entity) => {
          const relations = linked.edges.find((edge) => edge.node.key === entity.key)?.relations ?? [];
          return el('span', { class: 'relation' }, ` · ${relations.join(', ').toLowerCase()}`);
        })),
      ),
    ),
    section(
      'results',
      'Results',
      results.length
        ? el('table', { class: 'results' }, el('thead', {}, el('tr', {}, el('th', {}, 'Method or model'), el('th', {}, 'On'), el('th', {}, 'Metric'), el('th', {}, 'Score'))), el('tbody', {}, ...results))
        : el('p', { class: 'note' }, 'No results reported.'),
    ),
    section('code', 'Code', entityList(paper.repos.map((repo) => ({ type: 'Repo', key: repo.key, label: `${repo.owner}/${repo.name}` })), 'No code links.')),
  );
  return true;
}

/** A link of several types (mentions, proposes) lists each sentence once per entity. */
function dedupe<T extends { sentence: string; what: string }>(items: T[]): T[] {
  return [...new Map(items.map((item) => [`${item.what}|${item.sentence}`, item])).values()];
}
