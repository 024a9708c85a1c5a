import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { MANIFEST_FILE } from '../export/manifest.js';
import { InputError } from '../input-error.js';
import { aclAnthologyFormat } from './acl-anthology.js';
import { arxivJsonlFormat } from './arxiv-jsonl.js';
import { arxivOaiFormat } from './arxiv-oai.js';
import { jsonlPapersFormat } from './jsonl-papers.js';
import { kgExportFormat } from './kg-export.js';
import { pwcDatasetsFormat } from './pwc-datasets.js';
import { pwcEvaluationTablesFormat } from './pwc-evaluation-tables.js';
import { pwcLinksFormat } from './pwc-links.js';
import { pwcMethodsFormat } from './pwc-methods.js';
import { pwcPapersFormat } from './pwc-papers.js';
import { readHead } from './read-head.js';
import { seedTextFormat } from './seed-text.js';
import type { SourceFormat } from './source-format.js';

/**
 * Every input format, in detection order: the JSON formats recognise themselves by the keys of
 * their records, the XML formats by their root element, a kg export by its manifest (a JSON
 * object none of the others takes); seed-text comes last, as the fallback for anything that is not JSON.
 */
export const FORMATS: SourceFormat[] = [
  pwcEvaluationTablesFormat,
  pwcPapersFormat,
  pwcLinksFormat,
  pwcMethodsFormat,
  pwcDatasetsFormat,
  arxivJsonlFormat,
  jsonlPapersFormat,
  aclAnthologyFormat,
  arxivOaiFormat,
  kgExportFormat,
  seedTextFormat,
];

const formatNames = (): string => FORMATS.map((format) => format.name).join(', ');

export function formatByName(name: string): SourceFormat {
  const format = FORMATS.find((candidate) => candidate.name === name);
  if (!format) throw new Error(`unknown format "${name}"; known formats: ${formatNames()}`);
  return format;
}

/**
 * The format whose detector recognises the file's first bytes (gunzipped when gzip); for a
 * directory, the one format that is a directory: a kg export, told by its manifest.
 */
export async function detectFormat(file: string): Promise<SourceFormat> {
  if (isDirectory(file)) {
    const manifest = path.join(file, MANIFEST_FILE);
    if (existsSync(manifest) && kgExportFormat.detect(await readHead(manifest), manifest)) return kgExportFormat;
    throw new InputError({ file, line: 0 }, `a directory, but not a kg export (no ${MANIFEST_FILE} of format ${kgExportFormat.name}); pass the files in it`);
  }
  const head = await readHead(file);
  const format = FORMATS.find((candidate) => candidate.detect(head, file));
  if (!format) {
    throw new InputError(
      { file, line: 1 },
      `unrecognised format: JSON, but not a shape any format knows; pass --format (${formatNames()})`,
    );
  }
  return format;
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}
