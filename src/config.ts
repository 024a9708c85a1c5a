import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../core/user-error.js';

/** The project root, whether running from sources (tsx) or from dist/. */
export const PROJECT_ROOT = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));

export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** Where a local Neo4j keeps its home (conf, data, logs); used only when the URI is loopback. */
  dataDir: string;
  /** Neo4j transaction timeout for API reads, in milliseconds. */
  queryTimeoutMs: number;
  /** Start the project's own Neo4j when the URI is loopback and nothing answers (NEO4J_START_LOCAL). */
  startLocal: boolean;
}

export interface Config {
  neo4j: Neo4jConfig;
  host: string;
  port: number;
  logLevel: string;
  /** `pretty` one-line logs for people, `json` for machines; `auto`: pretty on a terminal. */
  logFormat: 'auto' | 'json' | 'pretty';
  /** GraphQL requests per minute per client address; 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** Take the client address from X-Forwarded-For (behind a reverse proxy that sets it). */
  trustProxy: boolean;
}

export class ConfigError extends UserError {
  override name = 'ConfigError';
}

/**
 * Per client and minute: a page of the dashboard sends a handful of requests and search sends
 * one per keystroke pause, so people never meet it; a scraper looping over the API does.
 */
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 600;

/** A local development password: used only for a Neo4j this project starts itself. */
export const DEFAULT_LOCAL_PASSWORD = 'research-kg-local';

/**
 * Reads configuration from the environment (and `.env` in the project root, when present),
 * validating each value with a message that names the variable and what it should be.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const uri = env.NEO4J_URI?.trim() || 'bolt://127.0.0.1:7687';
  if (!/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^/\s]+/.test(uri)) {
    throw new ConfigError(
      `NEO4J_URI must look like bolt://host:7687 or neo4j://host:7687 (or +s / +ssc), got "${uri}"`,
    );
  }
  const password = env.NEO4J_PASSWORD ?? (isLoopbackUri(uri) ? DEFAULT_LOCAL_PASSWORD : undefined);
  if (!password) throw new ConfigError('NEO4J_PASSWORD must be set when NEO4J_URI names a remote server');
  if (isLoopbackUri(uri) && password.length < 8) {
    throw new ConfigError('NEO4J_PASSWORD must have at least 8 characters (Neo4j refuses shorter ones)');
  }
  return {
    neo4j: {
      uri,
      user: env.NEO4J_USER?.trim() || 'neo4j',
      password,
      database: env.NEO4J_DATABASE?.trim() || 'neo4j',
      dataDir: path.resolve(PROJECT_ROOT, env.NEO4J_DATA_DIR?.trim() || '.neo4j'),
      queryTimeoutMs: integer(env, 'NEO4J_QUERY_TIMEOUT_MS', 10_000, 100, 600_000),
      startLocal: boolean(env, 'NEO4J_START_LOCAL', true),
    },
    host: env.HOST?.trim() || '127.0.0.1',
    port: integer(env, 'PORT', 4000, 1, 65_535),
    logLevel: env.LOG_LEVEL?.trim() || 'info',
    logFormat: oneOf(env, 'LOG_FORMAT', ['auto', 'json', 'pretty'] as const, 'auto'),
    rateLimitPerMinute: integer(env, 'RATE_LIMIT_PER_MINUTE', DEFAULT_RATE_LIMIT_PER_MINUTE, 0, 1_000_000),
    trustProxy: boolean(env, 'TRUST_PROXY', false),
  };
}

/** Loads `.env` from the project root into process.env without overriding what is set. */
export function loadDotEnv(): void {
  const file = path.join(PROJECT_ROOT, '.env');
  if (existsSync(file)) process.loadEnvFile(file);
}

export function isLoopbackUri(uri: string): boolean {
  const host = boltHost(uri);
  return host === 'localhost' || host === '[::1]' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

export function boltHost(uri: string): string {
  return new URL(uri.replace(/^[a-z0-9+]+:/i, 'http:')).hostname;
}

export function boltPort(uri: string): number {
  const port = new URL(uri.replace(/^[a-z0-9+]+:/i, 'http:')).port;
  return port ? Number(port) : 7687;
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function boolean(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (['1', 'true', 'yes'].includes(raw)) return true;
  if (['0', 'false', 'no'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${env[name]}"`);
}

function oneOf<const T extends string>(env: NodeJS.ProcessEnv, name: string, values: readonly T[], fallback: T): T {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  const found = values.find((value) => value === raw);
  if (found === undefined) throw new ConfigError(`${name} must be one of ${values.join(', ')}, got "${env[name]}"`);
  return found;
}

function findProjectRoot(start: string): string {
  let dir = start;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) return start;
    dir = parent;
  }
  return dir;
}
