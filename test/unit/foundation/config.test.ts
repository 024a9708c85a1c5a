import { describe, expect, it } from 'vitest';
import { ConfigError, isLoopbackUri, loadConfig } from '../../../src/config.js';

describe('configuration', () => {
  it('defaults to a local Neo4j with a local password', () => {
    const config = loadConfig({});
    expect(config.neo4j.uri).toBe('bolt://127.0.0.1:7687');
    expect(config.neo4j.password.length).toBeGreaterThanOrEqual(8);
    expect(config.port).toBe(4000);
  });

  it.each([
    [{ NEO4J_URI: 'http://localhost:7474' }, /NEO4J_URI must look like/],
    [{ NEO4J_URI: 'neo4j+s://db.example.com' }, /NEO4J_PASSWORD must be set/],
    [{ NEO4J_PASSWORD: 'short' }, /at least 8 characters/],
    [{ PORT: 'eighty' }, /PORT must be a whole number/],
    [{ PORT: '70000' }, /PORT must be a whole number from 1 to 65535/],
  ])('refuses %o with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('tells loopback from remote URIs', () => {
    expect(isLoopbackUri('bolt://127.0.0.1:7688')).toBe(true);
    expect(isLoopbackUri('neo4j://localhost')).toBe(true);
    expect(isLoopbackUri('neo4j+s://abc.databases.neo4j.io')).toBe(false);
  });
});
