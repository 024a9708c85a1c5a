import { readdirSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './config.js';

/** The seed corpus the project ships: 237 papers, titles and abstracts. */
export const DEFAULT_CORPUS = path.join(PROJECT_ROOT, 'data', 'seed', '000_ee18fccb2e565efc.txt');

const LEADERBOARDS_DIR = path.join(PROJECT_ROOT, 'data', 'pwc-evaluation-tables');

/** The real Papers with Code leaderboards the project ships: the scores of a first start. */
export const SHIPPED_LEADERBOARDS = readdirSync(LEADERBOARDS_DIR)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => path.join(LEADERBOARDS_DIR, file));

/**
 * What the server ingests into an empty graph: the seed corpus and the shipped leaderboards,
 * so the dashboard, the leaderboards and the charts show numbers on a fresh clone.
 */
export const FIRST_START_FILES = [DEFAULT_CORPUS, ...SHIPPED_LEADERBOARDS];
