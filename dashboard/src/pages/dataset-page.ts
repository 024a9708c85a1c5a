import { graphql } from '../graphql.js';
import { countNote, el, entityList, section } from './dom.js';
import { pageHeading } from './page-frame.js';
import { papersList, type PaperEdge } from './papers-list.js';

interface Named {
  key: string;
  name: string;
}
type Connection<T> = { totalCount: number; edges: Array<{ node: T }> };

const DATASET_QUERY = /* GraphQL */ `
  query DatasetPage($key: ID!) {
    dataset(id: $key) {
      key name fullName aliases description
      benchmarks(first: 50) { totalCount edges { node { key name } } }
      methods(first: 50) { totalCount edges { node { key name } } }
      models(first: 50) { totalCount edges { node { key name } } }
      papers(first: 50) { totalCount edges { relations node { key title publishedAt } } }
    }
  }
`;

interface DatasetData {
  dataset: (Named & {
    fullName: string | null;
    aliases: string[];
    description: string | null;
    benchmarks: Connection<Named>;
    methods: Connection<Named>;
    models: Connection<Named>;
    papers: { totalCount: number; edges: PaperEdge[] };
  }) | null;
}

/** `/dataset/<id>`: the benchmarks built on it, what was evaluated on it directly, its papers. */
export async function renderDatasetPage(main: HTMLElement, key: string): Promise<boolean> {
  const { dataset } = await graphql<DatasetData>(DATASET_QUERY, { key });
  if (!dataset) return false;
  const named = (type: 'Benchmark' | 'Method' | 'Model', connection: Connection<Named>) => connection.edges.map(({ node }) => ({ type, key: node.key, label: node.name }));
  main.replaceChildren(
    pageHeading({ type: 'Dataset', ...dataset }, dataset.description ? el('p', { class: 'description' }, dataset.description) : null),
    section('benchmarks', 'Benchmarks on it', entityList(named('Benchmark', dataset.benchmarks), 'No benchmark is known to use it.'), countNote(dataset.benchmarks.edges.length, dataset.benchmarks.totalCount, 'benchmarks')),
    section(
      'evaluated',
      'Evaluated on it directly',
      entityList([...named('Method', dataset.methods), ...named('Model', dataset.models)], 'No method or model has results on the dataset itself (see its benchmarks).'),
    ),
    section('papers', 'Papers', papersList(dataset.papers.edges), countNote(dataset.papers.edges.length, dataset.papers.totalCount, 'papers')),
  );
  return true;
}
