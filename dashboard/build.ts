import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { build } from 'esbuild';

const DASHBOARD_SOURCE = path.dirname(fileURLToPath(import.meta.url));
const PROJECT_ROOT = path.dirname(DASHBOARD_SOURCE);
export const DASHBOARD_OUT = path.join(PROJECT_ROOT, 'dist', 'dashboard');

export interface DashboardFile {
  name: string;
  bytes: number;
  gzipBytes: number;
}

/** What a browser downloads for one page on a first visit: its HTML, scripts and stylesheet (not source maps). */
export interface PageTransfer {
  files: DashboardFile[];
  bytes: number;
  gzipBytes: number;
}

/** The dashboard's transfer (top level, as before) and the entity pages'. */
export interface DashboardBuild extends PageTransfer {
  entityPages: PageTransfer;
}

/** Two pages from one bundle family: shared modules (Plot, the GraphQL client) become shared chunks. */
const ENTRIES = [
  { source: 'main.ts', template: 'index.html', html: 'index.html' },
  { source: 'page.ts', template: 'page.html', html: 'page.html' },
] as const;

/**
 * Bundles dashboard/src into dist/dashboard: content-hashed assets (served as immutable), the
 * dashboard's index.html and the entity pages' page.html naming them, and a gzip copy of each
 * file so the server sends the small one.
 */
export async function buildDashboard(outDir: string = DASHBOARD_OUT): Promise<DashboardBuild> {
  await rm(outDir, { recursive: true, force: true });
  const assetsDir = path.join(outDir, 'assets');
  await mkdir(assetsDir, { recursive: true });

  const result = await build({
    entryPoints: ENTRIES.map((entry) => path.join(DASHBOARD_SOURCE, 'src', entry.source)),
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    outdir: assetsDir,
    entryNames: '[name]-[hash]',
    splitting: true, // the graph library loads as its own chunk, beside the charts; the pages share chunks
    chunkNames: '[name]-[hash]',
    sourcemap: 'linked',
    metafile: true,
    legalComments: 'linked', // the libraries' licence notes, kept in a file beside the bundle
    logLevel: 'warning',
  });

  const outputs = result.metafile.outputs;
  const outputNames = Object.keys(outputs).map((output) => path.basename(output));
  // An entry's scripts: its own and every chunk it imports, statically or (loaded at start) dynamically.
  const scriptsOf = (output: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(output)) return seen;
    seen.add(output);
    for (const imported of outputs[output]?.imports ?? []) if (!imported.external && imported.path.endsWith('.js')) scriptsOf(imported.path, seen);
    return seen;
  };

  const pageFiles = new Map<string, string[]>();
  for (const entry of ENTRIES) {
    const found = Object.entries(outputs).find(([, output]) => output.entryPoint?.endsWith(`src/${entry.source}`));
    const stylesheet = found?.[1].cssBundle;
    if (!found || !stylesheet) throw new Error(`dashboard build wrote no script or stylesheet for ${entry.source}: ${outputNames.join(', ')}`);
    const script = path.basename(found[0]);
    const template = await readFile(path.join(DASHBOARD_SOURCE, entry.template), 'utf8');
    const html = template
      .replace('<!-- stylesheet -->', `<link rel="stylesheet" href="/dashboard/assets/${path.basename(stylesheet)}">`)
      .replace('<!-- script -->', `<script type="module" src="/dashboard/assets/${script}"></script>`);
    await writeFile(path.join(outDir, entry.html), html);
    pageFiles.set(entry.html, [entry.html, ...[...scriptsOf(found[0])].map((name) => `assets/${path.basename(name)}`), `assets/${path.basename(stylesheet)}`]);
  }

  const compressible = [...ENTRIES.map((entry) => entry.html), ...outputNames.filter((name) => /\.(js|css|map|txt)$/.test(name)).map((name) => `assets/${name}`)];
  const sizes = new Map<string, DashboardFile>();
  for (const name of compressible) {
    const content = await readFile(path.join(outDir, name));
    const zipped = await promisify(gzip)(content, { level: 9 });
    await writeFile(path.join(outDir, `${name}.gz`), zipped);
    sizes.set(name, { name, bytes: content.byteLength, gzipBytes: zipped.byteLength });
  }
  const transfer = (html: string): PageTransfer => {
    const files = pageFiles.get(html)!.map((name) => sizes.get(name)!);
    return { files, bytes: files.reduce((sum, file) => sum + file.bytes, 0), gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0) };
  };
  return { ...transfer('index.html'), entityPages: transfer('page.html') };
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const summary = await buildDashboard();
  for (const [page, transfer] of [['dashboard', summary], ['entity pages', summary.entityPages]] as const) {
    for (const file of transfer.files) console.log(`${page}: ${file.name.padEnd(34)} ${kib(file.bytes).padStart(10)}  gzip ${kib(file.gzipBytes).padStart(9)}`);
    console.log(`${page}: first-visit transfer ${kib(transfer.gzipBytes)} gzipped (${kib(transfer.bytes)} uncompressed) in ${path.relative(PROJECT_ROOT, DASHBOARD_OUT)}/`);
  }
}
