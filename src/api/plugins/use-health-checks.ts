import type { Plugin } from 'graphql-yoga';
import type { Database } from '../../db/database.js';

interface HealthCheckOptions {
  db: Database;
  /** False until the schema is applied (and the default corpus loaded). */
  graphPrepared: () => boolean;
}

/**
 * `/health/live`: the process serves HTTP. `/health/ready`: Neo4j answers and the graph is
 * prepared, so a load balancer only sends traffic to instances that can answer it.
 */
export function useHealthChecks({ db, graphPrepared }: HealthCheckOptions): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname === '/health/live') {
        endResponse(fetchAPI.Response.json({ status: 'live' }));
      } else if (url.pathname === '/health/ready') {
        const status = !(await databaseAnswers(db)) ? 'database unavailable' : !graphPrepared() ? 'preparing the graph' : 'ready';
        endResponse(fetchAPI.Response.json({ status }, { status: status === 'ready' ? 200 : 503 }));
      }
    },
  };
}

async function databaseAnswers(db: Database): Promise<boolean> {
  try {
    await db.read('RETURN 1 AS ok');
    return true;
  } catch {
    return false;
  }
}
