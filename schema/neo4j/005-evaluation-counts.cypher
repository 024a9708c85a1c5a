// The evaluation counts each ingest stores (ingest/load/evaluation-counts.ts), which `stats`
// ranks by: an index finds the few methods and models with results among all of them.
CREATE INDEX method_evaluated_benchmark_count IF NOT EXISTS FOR (n:Method) ON (n.evaluatedBenchmarkCount);
CREATE INDEX model_evaluated_benchmark_count IF NOT EXISTS FOR (n:Model) ON (n.evaluatedBenchmarkCount);
CREATE INDEX benchmark_evaluated_subject_count IF NOT EXISTS FOR (n:Benchmark) ON (n.evaluatedSubjectCount);
