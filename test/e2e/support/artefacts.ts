import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../../src/config.js';

/** Screenshots and other browser-test artefacts (git-ignored). */
export const ARTEFACTS = path.join(PROJECT_ROOT, 'test-results', 'e2e');

export function artefact(name: string): string {
  mkdirSync(ARTEFACTS, { recursive: true });
  return path.join(ARTEFACTS, name);
}
