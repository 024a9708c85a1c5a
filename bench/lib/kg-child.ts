import { spawn } from 'node:child_process';
import type { Neo4jConfig } from '../../src/config.js';
import { sampleProcessMemory, type ProcessPeaks } from './process-memory.js';

/**
 * Runs `node dist/ingest/cli.js ARGS` (the built `kg`) against a benchmark's Neo4j, as a user
 * would run it, while sampling its memory. Its stdout (the summary) is collected; its stderr
 * (progress, the importer's log) passes through.
 */

export interface KgRun {
  stdout: string;
  wallSeconds: number;
  memory: ProcessPeaks;
}

export function runKg(cli: string, args: string[], neo4j: Neo4jConfig): Promise<KgRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [cli, ...args], {
      // The benchmark's Neo4j: its port and home; the local default password.
      env: { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_DATA_DIR: neo4j.dataDir, NEO4J_PASSWORD: neo4j.password, NEO4J_DATABASE: neo4j.database },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const sampler = sampleProcessMemory(child.pid ?? 0);
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      process.stdout.write(chunk);
    });
    child.once('error', (error) => {
      sampler.stop();
      reject(error);
    });
    child.once('exit', (code) => {
      const memory = sampler.stop();
      const wallSeconds = (performance.now() - started) / 1000;
      if (code !== 0) reject(new Error(`kg ${args.slice(0, 2).join(' ')} failed (exit ${code})`));
      else resolve({ stdout, wallSeconds, memory });
    });
  });
}
