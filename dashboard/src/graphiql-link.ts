import type { Entity, EntityType } from './entities.js';

/** GraphiQL (served by yoga at /graphql) opens with the document given as `?query=`. */
export function graphiqlUrl(query: string): string {
  return `/graphql?query=${encodeURIComponent(query)}`;
}

const literal = (text: string) => JSON.stringify(text);

const SUBJECT = '... on Method { name } ... on Model { name }';
const TARGET = '... on Benchmark { name } ... on Dataset { name }';
const names = (field: string) => `${field}(first: 10) { totalCount edges { relations node { name } } }`;
const papers = 'papers(first: 10) { totalCount edges { relations node { title publishedAt } } }';
const results = `evaluatedOn(first: 10) {
      totalCount
      edges { node { counterpart { ${TARGET} } evaluations { metricName rawValue paper { title } } } }
    }`;

/** A ready query about one entity: what it is and its main relationships. */
const ENTITY_QUERIES: Record<EntityType, (key: string) => string> = {
  Method: (key) => `{
  method(id: ${literal(key)}) {
    name
    fullName
    aliases
    ${results}
    ${papers}
    repos(first: 5) { edges { node { url } } }
  }
}`,
  Model: (key) => `{
  model(id: ${literal(key)}) {
    name
    aliases
    ${results}
    ${papers}
  }
}`,
  Benchmark: (key) => `{
  benchmark(id: ${literal(key)}) {
    name
    metricNames
    dataset { name }
    leaderboard(first: 10) {
      ordering
      entries { rank rawValue subject { ${SUBJECT} } evaluation { paper { title } } }
    }
    sotaHistory { metric undatedCount steps { date rawValue subject { ${SUBJECT} } paper { title } } }
    ${names('tasks')}
  }
}`,
  Dataset: (key) => `{
  dataset(id: ${literal(key)}) {
    name
    ${names('benchmarks')}
    ${names('methods')}
    ${papers}
  }
}`,
  Task: (key) => `{
  task(id: ${literal(key)}) {
    name
    ${names('benchmarks')}
    ${papers}
  }
}`,
  Paper: (key) => `{
  paper(id: ${literal(key)}) {
    title
    publishedAt
    url
    ${names('methods')}
    ${names('models')}
    ${names('benchmarks')}
    repos { url }
  }
}`,
  Metric: (key) => `{
  metric(id: ${literal(key)}) {
    name
    higherIsBetter
  }
}`,
  Repo: (key) => `{
  repo(id: ${literal(key)}) {
    url
    ${names('methods')}
    papers { title }
  }
}`,
};

export function entityQuery(entity: Pick<Entity, 'type' | 'key'>): string {
  return ENTITY_QUERIES[entity.type](entity.key);
}

export function entityGraphiqlUrl(entity: Pick<Entity, 'type' | 'key'>): string {
  return graphiqlUrl(entityQuery(entity));
}

export function leaderboardQuery(benchmarkKey: string, metric: string | null): string {
  const metricArgument = metric ? `metric: ${literal(metric)}, ` : '';
  return `{
  benchmark(id: ${literal(benchmarkKey)}) {
    name
    leaderboard(${metricArgument}first: 20) {
      metric
      ordering
      totalCount
      entries { rank value rawValue subject { ${SUBJECT} } evaluation { paper { title } } }
    }
  }
}`;
}
