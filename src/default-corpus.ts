import path from 'node:path';
import { PROJECT_ROOT } from './config.js';

/** The corpus the project ships and ingests on first start. */
export const DEFAULT_CORPUS = path.join(PROJECT_ROOT, 'data', 'seed', '000_ee18fccb2e565efc.txt');
