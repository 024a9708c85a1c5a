import { ENTITY_FRAGMENT, toEntity, type EntityData } from '../entities.js';
import { graphql } from '../graphql.js';
import { feedUrl } from '../page-links.js';
import { countNote, el, entityLink, paperLink, section } from './dom.js';
import { facts, pageHeading } from './page-frame.js';
import { papersList, type PaperEdge } from './papers-list.js';

const TASK_QUERY = /* GraphQL */ `
  query TaskPage($key: ID!) {
    task(id: $key) {
      key name fullName aliases description
      parent { key name }
      benchmarks(first: 50) { totalCount edges { node {
        key name
        leaderboard(first: 1) { metric ordering totalCount entries { rawValue subject { ...Entity } evaluation { paper { key title } } } }
      } } }
      papers(first: 50) { totalCount edges { relations node { key title publishedAt } } }
    }
  }
  ${ENTITY_FRAGMENT}
`;

interface TaskData {
  task: {
    key: string;
    name: string;
    fullName: string | null;
    aliases: string[];
    description: string | null;
    parent: { key: string; name: string } | null;
    benchmarks: {
      totalCount: number;
      edges: Array<{ node: { key: string; name: string; leaderboard: { metric: string | null; ordering: string; totalCount: number; entries: Array<{ rawValue: string | null; subject: EntityData; evaluation: { paper: { key: string; title: string } | null } }> } } }>;
    };
    papers: { totalCount: number; edges: PaperEdge[] };
  } | null;
}

/** `/task/<id>`: its benchmarks, each with its current best, and the papers addressing it. */
export async function renderTaskPage(main: HTMLElement, key: string): Promise<boolean> {
  const { task } = await graphql<TaskData>(TASK_QUERY, { key });
  if (!task) return false;
  const rows = task.benchmarks.edges.map(({ node }) => {
    const best = node.leaderboard.entries[0];
    return el(
      'tr',
      {},
      el('td', {}, entityLink({ type: 'Benchmark', key: node.key, label: node.name })),
      el('td', {}, best ? entityLink(toEntity(best.subject)) : '—'),
      el('td', { class: 'score' }, best?.rawValue ?? ''),
      el('td', {}, node.leaderboard.totalCount ? node.leaderboard.ordering : ''),
      el('td', {}, best?.evaluation.paper ? paperLink(best.evaluation.paper) : ''),
    );
  });
  main.replaceChildren(
    pageHeading(
      { type: 'Task', ...task },
      task.description ? el('p', { class: 'description' }, task.description) : null,
      facts(
        ['Part of', task.parent ? entityLink({ type: 'Task', key: task.parent.key, label: task.parent.name }) : null],
        ['Feed', el('a', { href: feedUrl('Task', task.key), 'data-role': 'feed' }, 'new papers and states of the art (Atom)')],
      ),
    ),
    section(
      'benchmarks',
      'Benchmarks and their current best',
      rows.length
        ? el(
            'table',
            { class: 'results', 'data-role': 'benchmark-bests' },
            el('thead', {}, el('tr', {}, el('th', {}, 'Benchmark'), el('th', {}, 'Best'), el('th', {}, 'Score'), el('th', {}, 'Ranked by'), el('th', {}, 'Paper'))),
            el('tbody', {}, ...rows),
          )
        : el('p', { class: 'note' }, 'No benchmark measures it yet.'),
      countNote(rows.length, task.benchmarks.totalCount, 'benchmarks'),
    ),
    section('papers', 'Papers addressing it', papersList(task.papers.edges), countNote(task.papers.edges.length, task.papers.totalCount, 'papers')),
  );
  return true;
}
