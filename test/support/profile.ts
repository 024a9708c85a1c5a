import type { ProfiledPlan } from 'neo4j-driver';
import type { Database } from '../../src/db/database.js';
import type { Statement } from '../../src/graph/statement.js';

/**
 * A statement run under PROFILE against the test database, its plan flattened into its steps:
 * what the plan tests read (which operators, how many db hits) without a database mock.
 */
export async function profiledSteps(db: Database, statement: Statement): Promise<ProfiledPlan[]> {
  const session = db.driver.session({ database: db.name, defaultAccessMode: 'READ' });
  try {
    const { profile } = (await session.run(`PROFILE ${statement.cypher}`, statement.params)).summary;
    if (!profile) throw new Error('PROFILE gave no plan');
    return flatten(profile);
  } finally {
    await session.close();
  }
}

/** The db hits of every step of a statement's plan, summed. */
export async function profiledDbHits(db: Database, statement: Statement): Promise<number> {
  return dbHitsOf(await profiledSteps(db, statement));
}

/** The db hits of plan steps already read (profiledSteps), summed. */
export function dbHitsOf(steps: readonly ProfiledPlan[]): number {
  return steps.reduce((n, step) => n + step.dbHits, 0);
}

function flatten(plan: ProfiledPlan): ProfiledPlan[] {
  return [plan, ...plan.children.flatMap(flatten)];
}
