// Full-text search across entity types by name and aliases, and over papers.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Method|Model|Dataset|Benchmark|Task|Metric) ON EACH [n.name, n.fullName, n.aliases];
CREATE FULLTEXT INDEX paper_text IF NOT EXISTS
FOR (n:Paper) ON EACH [n.title, n.abstract];
CREATE FULLTEXT INDEX repo_names IF NOT EXISTS
FOR (n:Repo) ON EACH [n.url, n.owner, n.name];
