import type { Core, NodeSingular } from 'cytoscape';
import { ENTITY_FRAGMENT, TYPE_COLOURS, toEntity, truncate, type Entity, type EntityData, type EntityType } from './entities.js';
import { entityGraphiqlUrl } from './graphiql-link.js';
import { entityPageUrl } from './page-links.js';
import { graphql } from './graphql.js';
import { loadPanel, requireElement } from './panel.js';

/** Neighbours fetched per relationship field on each expansion: keeps the picture readable. */
const PER_FIELD = 6;

/** Selections per node type: only what a label needs, since the API bounds a query's breadth. */
const NAMED = '__typename id key name';
const PAPER = '__typename id key title';
const REPO = '__typename id key owner name';
const page = (field: string, selection: string, alias = field) => `${alias}: ${field}(first: $n) { edges { relations node { ${selection} } } }`;

/**
 * A node with its direct neighbours, through each type's relationship fields. Fields with the
 * same name but another shape (Repo.papers is a list, Method.papers a connection) get aliases.
 */
const NEIGHBOURS_QUERY = /* GraphQL */ `
  query Neighbours($id: ID!, $n: Int!) {
    node(id: $id) {
      ...Entity
      ... on Paper { ${page('methods', NAMED)} ${page('models', NAMED)} ${page('datasets', NAMED)} ${page('benchmarks', NAMED)} ${page('tasks', NAMED)} paperRepos: repos(first: $n) { ${REPO} } }
      ... on Method { ${page('papers', PAPER)} ${page('benchmarks', NAMED)} ${page('datasets', NAMED)} ${page('repos', REPO)} ${page('variants', NAMED)} ${page('variantOf', NAMED)} }
      ... on Model { ${page('papers', PAPER)} ${page('benchmarks', NAMED)} ${page('datasets', NAMED)} }
      ... on Benchmark { ${page('papers', PAPER)} ${page('methods', NAMED)} ${page('models', NAMED)} ${page('tasks', NAMED)} dataset { ${NAMED} } }
      ... on Dataset { ${page('papers', PAPER)} ${page('benchmarks', NAMED)} ${page('methods', NAMED)} ${page('models', NAMED)} }
      ... on Task { ${page('papers', PAPER)} ${page('benchmarks', NAMED)} parent { ${NAMED} } }
      ... on Repo { ${page('methods', NAMED)} repoPapers: papers(first: $n) { ${PAPER} } }
    }
  }
  ${ENTITY_FRAGMENT}
`;

/** Relationship names for the fields that are plain lists or single nodes (no edge to say it). */
const FIELD_RELATIONS: Record<string, string> = { paperRepos: 'HAS_CODE', repoPapers: 'HAS_CODE', dataset: 'ON_DATASET', parent: 'SUBTASK_OF' };

const SEARCH_QUERY = /* GraphQL */ `
  query FindEntity($query: String!, $first: Int!) {
    search(query: $query, first: $first) { node { ...Entity } }
  }
  ${ENTITY_FRAGMENT}
`;

interface Neighbour {
  entity: Entity;
  relation: string;
}

type FieldValue = { edges: Array<{ relations: string[]; node: EntityData }> } | EntityData[] | EntityData | null;

function neighboursOf(node: Record<string, FieldValue | string>): Neighbour[] {
  const neighbours: Neighbour[] = [];
  for (const [field, value] of Object.entries(node)) {
    if (value === null || typeof value !== 'object') continue;
    if ('edges' in value) {
      for (const edge of value.edges) neighbours.push({ entity: toEntity(edge.node), relation: edge.relations.join(', ') || field });
    } else if (Array.isArray(value)) {
      for (const item of value) neighbours.push({ entity: toEntity(item), relation: FIELD_RELATIONS[field] ?? field });
    } else if ('__typename' in value) {
      neighbours.push({ entity: toEntity(value), relation: FIELD_RELATIONS[field] ?? field });
    }
  }
  return neighbours;
}

/**
 * The neighbourhood of a chosen entity as a graph: a click on a node selects it (details and a
 * GraphiQL link beside the graph) and expands it with its neighbours.
 */
export class NeighbourhoodPanel {
  private cy!: Core;
  /** Cytoscape is the bulk of the page's script: fetched as its own chunk, beside the charts, not before them. */
  private graphReady: Promise<Core> | undefined;
  private readonly details: HTMLElement;
  private readonly graphElement: HTMLElement;
  private readonly expanded = new Set<string>();

  constructor(private readonly panel: HTMLElement) {
    this.graphElement = requireElement(panel, '[data-role="graph"]');
    this.details = requireElement(panel, '[data-role="details"]');

    const form = requireElement<HTMLFormElement>(panel, 'form');
    const input = requireElement<HTMLInputElement>(form, 'input[name="entity"]');
    const suggestions = requireElement<HTMLDataListElement>(panel, 'datalist');
    let typing: ReturnType<typeof setTimeout> | undefined;
    input.addEventListener('input', () => {
      clearTimeout(typing);
      typing = setTimeout(() => void this.suggest(input.value, suggestions), 250);
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.showByName(input.value);
    });
    this.renderLegend();
  }

  /** Starts the graph afresh from one entity and its neighbours. */
  async show(entity: Entity): Promise<void> {
    await this.createGraph();
    this.cy.elements().remove();
    this.expanded.clear();
    this.addNode(entity);
    await this.expandNode(this.cy.getElementById(entity.id));
  }

  private createGraph(): Promise<Core> {
    this.graphReady ??= (async () => {
      const { default: cytoscape } = await import('cytoscape');
      const cy = cytoscape({
        container: this.graphElement,
        minZoom: 0.2,
        maxZoom: 1.6, // a fit around a few nodes would otherwise blow the labels up
        style: [
          {
            selector: 'node',
            style: {
              'background-color': 'data(colour)',
              label: 'data(shortLabel)',
              'font-size': 10,
              color: '#1d2330',
              'text-valign': 'bottom',
              'text-margin-y': 3,
              width: 16,
              height: 16,
              'text-wrap': 'ellipsis',
              'text-max-width': '120px',
            },
          },
          { selector: 'node[?expanded]', style: { width: 24, height: 24, 'border-width': 2, 'border-color': '#1d2330' } },
          { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#f2b807' } },
          {
            selector: 'edge',
            style: {
              width: 1.2,
              'line-color': '#b9c1ce',
              'curve-style': 'bezier',
              label: 'data(relation)',
              'font-size': 7,
              color: '#7a8394',
              'text-rotation': 'autorotate',
              'text-background-color': '#fbfcfe',
              'text-background-opacity': 1,
            },
          },
        ],
      });
      cy.on('tap', 'node', (event) => void this.expand(event.target as NodeSingular));
      // For the browser tests and for poking at the graph from the console.
      Object.assign(window, { neighbourhoodGraph: cy });
      this.cy = cy;
      return cy;
    })();
    return this.graphReady;
  }

  private async showByName(text: string): Promise<void> {
    const query = text.trim();
    if (!query) return;
    await loadPanel(this.panel, async () => {
      const hits = await this.search(query, 1);
      if (hits[0] === undefined) throw new Error(`nothing in the graph matches "${query}"`);
      await this.show(hits[0]);
    });
  }

  private async suggest(text: string, list: HTMLDataListElement): Promise<void> {
    if (text.trim().length < 2) return;
    const hits = await this.search(text.trim(), 8).catch(() => []);
    list.replaceChildren(...hits.map((entity) => new Option(`${entity.type}`, entity.label)));
  }

  private async search(query: string, first: number): Promise<Entity[]> {
    const data = await graphql<{ search: Array<{ node: EntityData }> }>(SEARCH_QUERY, { query, first });
    return data.search.map((hit) => toEntity(hit.node));
  }

  /** A click on a node: select it and fetch its neighbours, failures shown in the panel. */
  private async expand(node: NodeSingular): Promise<void> {
    await loadPanel(this.panel, () => this.expandNode(node));
  }

  private async expandNode(node: NodeSingular): Promise<void> {
    this.cy.elements().unselect();
    node.select();
    const entity = node.data('entity') as Entity;
    this.renderDetails(entity, undefined);
    if (this.expanded.has(entity.id)) {
      this.renderDetails(entity, node.neighborhood('node').length);
      return;
    }
    {
      const data = await graphql<{ node: Record<string, FieldValue | string> | null }>(NEIGHBOURS_QUERY, { id: entity.id, n: PER_FIELD });
      if (!data.node) throw new Error(`${entity.label} is no longer in the graph`);
      const origin = node.position();
      for (const { entity: neighbour, relation } of neighboursOf(data.node)) {
        if (neighbour.id === entity.id) continue;
        this.addNode(neighbour, { x: origin.x + (Math.random() - 0.5) * 80, y: origin.y + (Math.random() - 0.5) * 80 });
        const edgeId = `${entity.id}|${neighbour.id}`;
        const reverseId = `${neighbour.id}|${entity.id}`;
        if (this.cy.getElementById(edgeId).empty() && this.cy.getElementById(reverseId).empty()) {
          this.cy.add({ group: 'edges', data: { id: edgeId, source: entity.id, target: neighbour.id, relation } });
        }
      }
      this.expanded.add(entity.id);
      node.data('expanded', true);
      this.layout();
      this.renderDetails(entity, node.neighborhood('node').length);
    }
  }

  private addNode(entity: Entity, position?: { x: number; y: number }): void {
    if (this.cy.getElementById(entity.id).nonempty()) return;
    this.cy.add({
      group: 'nodes',
      data: { id: entity.id, entity, shortLabel: truncate(entity.label, 28), colour: TYPE_COLOURS[entity.type], expanded: false, type: entity.type },
      ...(position ? { position } : {}),
    });
  }

  private layout(): void {
    this.cy.layout({ name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 70, fit: true, padding: 24 }).run();
    this.graphElement.dataset.nodes = String(this.cy.nodes().length);
    this.graphElement.dataset.edges = String(this.cy.edges().length);
  }

  private renderDetails(entity: Entity, neighbourCount: number | undefined): void {
    const heading = document.createElement('h3');
    heading.textContent = entity.label;
    const type = document.createElement('div');
    type.className = 'type';
    type.textContent = entity.type;
    const link = document.createElement('a');
    link.href = entityGraphiqlUrl(entity);
    link.target = '_blank';
    link.textContent = 'Open a query about it in GraphiQL';
    link.dataset.role = 'entity-query';
    const page = document.createElement('a');
    page.href = entityPageUrl(entity);
    page.textContent = 'Open its page';
    page.dataset.role = 'entity-page';
    const count = document.createElement('p');
    count.textContent = neighbourCount === undefined ? 'loading neighbours…' : `${neighbourCount} neighbour${neighbourCount === 1 ? '' : 's'} shown`;
    this.details.replaceChildren(heading, type, page, document.createElement('br'), link, count);
    this.details.dataset.entity = entity.key;
  }

  private renderLegend(): void {
    const legend = document.createElement('div');
    legend.className = 'legend';
    for (const [type, colour] of Object.entries(TYPE_COLOURS) as Array<[EntityType, string]>) {
      const item = document.createElement('span');
      item.innerHTML = `<i style="background:${colour}"></i>${type}`;
      legend.append(item);
    }
    this.panel.append(legend);
  }
}
