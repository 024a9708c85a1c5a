// Lookups the GraphQL API makes on relationship properties: a paper's reported results
// (Paper.evaluations) find EVALUATED_ON relationships by the paper key they store.
CREATE INDEX evaluated_on_paper IF NOT EXISTS FOR ()-[r:EVALUATED_ON]-() ON (r.paper);
