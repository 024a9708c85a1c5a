import path from 'node:path';
import type { Database, Row } from '../../src/db/database.js';
import type { NodeLabel } from '../../core/labels.js';
import { JsonArrayFile } from './gzip-text-file.js';
import type { Progress } from './graph-dump.js';
import { labelCount, labelPages } from '../../src/db/label-pages.js';
import { PWC_VIEW_FILES } from './manifest.js';
import { mapOf, mapsOf, numberOf, textOf, textsOf } from './row-fields.js';

const PAGE = 2_000;

/**
 * A node's properties, the paper that introduced it (the first by id, when several did), its
 * collections with their areas (methods) and its parent dataset (datasets).
 */
const RETURNS = `properties(n) AS entity,
COLLECT { MATCH (p:Paper)-[:PROPOSES]->(n) WITH p ORDER BY p.id LIMIT 1 RETURN {title: p.title, url: coalesce(p.url, p.pwcUrl)} } AS papers,
COLLECT {
  MATCH (n)-[:IN_COLLECTION]->(c:Collection) OPTIONAL MATCH (c)-[:IN_AREA]->(a:Area)
  WITH c, a ORDER BY c.id, a.id
  RETURN {collection: c.name, area: a.name, area_id: a.id}
} AS collections,
COLLECT { MATCH (n)-[:PART_OF]->(d:Dataset) WITH d ORDER BY d.id LIMIT 1 RETURN d.name } AS parents`;

/** The dump's area_id is the Area key without its prefix. */
const AREA_KEY_PREFIX = 'area:';

/** The source name of the methods dump's reader: a Model it described (BERT, which the lexicon types a Model) is one of its methods. */
const PWC_METHODS_SOURCE = 'pwc-methods';

/**
 * methods: every Method, and every Model the methods dump described, with its full name,
 * description, introducing paper, code and collections.
 */
export function writeMethodsView(db: Database, dir: string, progress: Progress): Promise<number> {
  const groups: EntityGroup[] = [{ label: 'Method' }, { label: 'Model', include: (entity) => textsOf(entity, 'sources').includes(PWC_METHODS_SOURCE) }];
  return writeEntityView(db, groups, path.join(dir, PWC_VIEW_FILES.methods), progress, (entity, paper, row) => ({
    url: textOf(entity, 'pwcUrl'),
    name: textOf(entity, 'name'),
    full_name: textOf(entity, 'fullName'),
    description: textOf(entity, 'description'),
    paper,
    introduced_year: numberOf(entity, 'introducedYear'),
    source_url: textOf(entity, 'sourceUrl'),
    code_snippet_url: textOf(entity, 'codeSnippetUrl'),
    num_papers: numberOf(entity, 'numPapers'),
    collections: collectionsOf(row, entity),
  }));
}

/** datasets: every Dataset, its other names as variants, its modalities, languages and tasks. */
export function writeDatasetsView(db: Database, dir: string, progress: Progress): Promise<number> {
  return writeEntityView(db, [{ label: 'Dataset' }], path.join(dir, PWC_VIEW_FILES.datasets), progress, (entity, paper, row) => {
    const name = textOf(entity, 'name');
    const fullName = textOf(entity, 'fullName');
    return {
      url: textOf(entity, 'pwcUrl'),
      name,
      full_name: fullName,
      homepage: textOf(entity, 'homepage'),
      description: textOf(entity, 'description'),
      paper,
      introduced_date: textOf(entity, 'introducedDate'),
      modalities: textsOf(entity, 'modalities'),
      tasks: textsOf(entity, 'tasks').map((task) => ({ task })),
      languages: textsOf(entity, 'languages'),
      variants: textsOf(entity, 'variants').length > 0 ? textsOf(entity, 'variants') : textsOf(entity, 'aliases').filter((alias) => alias !== name && alias !== fullName),
      parent_dataset: textsOf(row, 'parents')[0] ?? textOf(entity, 'parentDataset'),
      num_papers: numberOf(entity, 'numPapers'),
    };
  });
}

/** The nodes of a label a view lists: all, or those `include` accepts. */
interface EntityGroup {
  label: NodeLabel;
  include?: (entity: Row | null) => boolean;
}

async function writeEntityView(
  db: Database,
  groups: readonly EntityGroup[],
  file: string,
  progress: Progress,
  record: (entity: Row | null, paper: Row | null, row: Row) => Record<string, unknown>,
): Promise<number> {
  const view = new JsonArrayFile(file);
  try {
    for (const { label, include = () => true } of groups) {
      const total = await labelCount(db, label);
      let done = 0;
      for await (const rows of labelPages(db, label, RETURNS, PAGE)) {
        const listed = rows.filter((row) => include(mapOf(row, 'entity')));
        await view.writeAll(listed.map((row) => record(mapOf(row, 'entity'), firstPaper(row), row)));
        done += rows.length;
        progress(`${path.basename(file)}: ${label} ${done}/${total}`);
      }
    }
  } finally {
    await view.close();
  }
  return view.elements;
}

/** From the taxonomy's edges; a graph from before them keeps the names on the node. */
function collectionsOf(row: Row, entity: Row | null): Array<Record<string, string | null>> {
  const linked = mapsOf(row, 'collections').map((collection) => {
    const areaId = textOf(collection, 'area_id');
    return {
      collection: textOf(collection, 'collection'),
      area_id: areaId?.startsWith(AREA_KEY_PREFIX) ? areaId.slice(AREA_KEY_PREFIX.length) : areaId,
      area: textOf(collection, 'area'),
    };
  });
  return linked.length > 0 ? linked : textsOf(entity, 'collections').map((collection) => ({ collection }));
}

function firstPaper(row: Row): Row | null {
  return mapsOf(row, 'papers')[0] ?? null;
}
