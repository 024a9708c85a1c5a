import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.js';
import { LocalNeo4jError } from './local-neo4j.js';

export interface AdminRun {
  /** The tool's last lines, for the summary or the error. */
  output: string[];
  seconds: number;
}

/**
 * Runs `neo4j-admin` from the project's Maven jars against a local Neo4j home (its conf/
 * names the data directory, as src/db/local-neo4j.ts writes it at each start). The tools that
 * replace or read a whole store need the server stopped.
 */
export async function runNeo4jAdmin(home: string, args: string[], options: { heap?: string; log?: (line: string) => void } = {}): Promise<AdminRun> {
  if (!existsSync(path.join(home, 'conf', 'neo4j.conf'))) {
    throw new LocalNeo4jError(`no Neo4j home at ${home}: start the local Neo4j once (npm run db:start), so it has its configuration`);
  }
  const started = performance.now();
  const output: string[] = [];
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn('java', [`-Xmx${options.heap ?? '1g'}`, '-cp', `${path.join(PROJECT_ROOT, 'neo4j', 'lib')}/*`, 'org.neo4j.cli.AdminTool', ...args], {
      env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: path.join(home, 'conf') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const collect = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line.trim()) continue;
        output.push(line);
        if (output.length > 200) output.shift();
        options.log?.(line);
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('error', reject);
    child.once('close', (status) => resolve(status ?? 1));
  });
  if (code !== 0) throw new LocalNeo4jError(`neo4j-admin ${args.slice(0, 2).join(' ')} failed (exit ${code}): ${output.slice(-4).join(' | ')}`);
  return { output, seconds: (performance.now() - started) / 1000 };
}
