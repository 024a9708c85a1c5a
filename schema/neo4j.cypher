// Generated from core/node-types.ts by `npm run schema:print`; applied (and kept up to date)
// by src/db/migrations.ts at every start and before every ingest. Do not edit by hand.
CREATE CONSTRAINT paper_id IF NOT EXISTS FOR (n:Paper) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT method_id IF NOT EXISTS FOR (n:Method) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT model_id IF NOT EXISTS FOR (n:Model) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT benchmark_id IF NOT EXISTS FOR (n:Benchmark) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT dataset_id IF NOT EXISTS FOR (n:Dataset) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT task_id IF NOT EXISTS FOR (n:Task) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT metric_id IF NOT EXISTS FOR (n:Metric) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT repo_id IF NOT EXISTS FOR (n:Repo) REQUIRE n.id IS UNIQUE;
CREATE INDEX paper_arxiv_id IF NOT EXISTS FOR (n:Paper) ON (n.arxivId);
CREATE INDEX paper_published_at IF NOT EXISTS FOR (n:Paper) ON (n.publishedAt);
CREATE INDEX paper_title IF NOT EXISTS FOR (n:Paper) ON (n.title);
CREATE INDEX method_name IF NOT EXISTS FOR (n:Method) ON (n.name);
CREATE INDEX model_name IF NOT EXISTS FOR (n:Model) ON (n.name);
CREATE INDEX benchmark_name IF NOT EXISTS FOR (n:Benchmark) ON (n.name);
CREATE INDEX dataset_name IF NOT EXISTS FOR (n:Dataset) ON (n.name);
CREATE INDEX task_name IF NOT EXISTS FOR (n:Task) ON (n.name);
CREATE INDEX metric_name IF NOT EXISTS FOR (n:Metric) ON (n.name);
CREATE INDEX repo_url IF NOT EXISTS FOR (n:Repo) ON (n.url);
CREATE INDEX evaluated_on_paper IF NOT EXISTS FOR ()-[r:EVALUATED_ON]-() ON (r.paper);
CREATE INDEX method_evaluated_benchmark_count IF NOT EXISTS FOR (n:Method) ON (n.evaluatedBenchmarkCount);
CREATE INDEX model_evaluated_benchmark_count IF NOT EXISTS FOR (n:Model) ON (n.evaluatedBenchmarkCount);
CREATE INDEX benchmark_evaluated_subject_count IF NOT EXISTS FOR (n:Benchmark) ON (n.evaluatedSubjectCount);
CREATE FULLTEXT INDEX paper_text IF NOT EXISTS FOR (n:Paper) ON EACH [n.title, n.abstract];
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Method|Model|Benchmark|Dataset|Task|Metric) ON EACH [n.name, n.fullName, n.aliases];
CREATE FULLTEXT INDEX repo_names IF NOT EXISTS FOR (n:Repo) ON EACH [n.url, n.owner, n.name];
CREATE FULLTEXT INDEX entity_name_keys IF NOT EXISTS FOR (n:Method|Model|Benchmark|Dataset|Task|Metric) ON EACH [n.nameKeys] OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}};
