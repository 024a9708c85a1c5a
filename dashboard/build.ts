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

export interface DashboardBuild {
  /** What a browser downloads for the page: index.html, the scripts and the stylesheet (not source maps). */
  files: DashboardFile[];
  bytes: number;
  gzipBytes: number;
}

/**
 * Bundles dashboard/src into dist/dashboard: content-hashed assets (served as immutable), an
 * index.html naming them, and a gzip copy of each file so the server sends the small one.
 */
export async function buildDashboard(outDir: string = DASHBOARD_OUT): Promise<DashboardBuild> {
  await rm(outDir, { recursive: true, force: true });
  const assetsDir = path.join(outDir, 'assets');
  await mkdir(assetsDir, { recursive: true });

  const result = await build({
    entryPoints: [path.join(DASHBOARD_SOURCE, 'src', 'main.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    outdir: assetsDir,
    entryNames: '[name]-[hash]',
    splitting: true, // the graph library loads as its own chunk, beside the charts
    chunkNames: '[name]-[hash]',
    sourcemap: 'linked',
    metafile: true,
    legalComments: 'linked', // the libraries' licence notes, kept in a file beside the bundle
    logLevel: 'warning',
  });

  const outputs = Object.keys(result.metafile.outputs).map((output) => path.basename(output));
  const entry = Object.entries(result.metafile.outputs).find(([, output]) => output.entryPoint !== undefined);
  const script = entry && path.basename(entry[0]);
  const scripts = outputs.filter((name) => name.endsWith('.js'));
  const stylesheet = outputs.find((name) => name.endsWith('.css'));
  if (!script || !stylesheet) throw new Error(`dashboard build wrote no script or stylesheet: ${outputs.join(', ')}`);

  const template = await readFile(path.join(DASHBOARD_SOURCE, 'index.html'), 'utf8');
  const html = template
    .replace('<!-- stylesheet -->', `<link rel="stylesheet" href="/dashboard/assets/${stylesheet}">`)
    .replace('<!-- script -->', `<script type="module" src="/dashboard/assets/${script}"></script>`);
  await writeFile(path.join(outDir, 'index.html'), html);

  const pageFiles = ['index.html', ...scripts.map((name) => `assets/${name}`), `assets/${stylesheet}`];
  const compressible = [...pageFiles, ...outputs.filter((name) => name.endsWith('.map') || name.endsWith('.txt')).map((name) => `assets/${name}`)];
  const sizes = new Map<string, DashboardFile>();
  for (const name of compressible) {
    const content = await readFile(path.join(outDir, name));
    const zipped = await promisify(gzip)(content, { level: 9 });
    await writeFile(path.join(outDir, `${name}.gz`), zipped);
    sizes.set(name, { name, bytes: content.byteLength, gzipBytes: zipped.byteLength });
  }
  const files = pageFiles.map((name) => sizes.get(name)!);
  return {
    files,
    bytes: files.reduce((sum, file) => sum + file.bytes, 0),
    gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0),
  };
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const summary = await buildDashboard();
  for (const file of summary.files) console.log(`dashboard: ${file.name.padEnd(34)} ${kib(file.bytes).padStart(10)}  gzip ${kib(file.gzipBytes).padStart(9)}`);
  console.log(`dashboard: page transfer ${kib(summary.gzipBytes)} gzipped (${kib(summary.bytes)} uncompressed) in ${path.relative(PROJECT_ROOT, DASHBOARD_OUT)}/`);
}
