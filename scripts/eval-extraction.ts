/**
 * Scores extraction on the annotated dev sets: the seed dev set (the default corpus's annotated
 * papers) and the ACL 2024 dev set, each whole and in its two fixed halves. Half a is the half
 * whose errors rules are written against; half b is only ever scored, as the estimate for papers
 * nobody has read. Runs `kg extract` and the shared scorer (SHARED_DIR, default ../shared) and
 * prints one F1 table, or a Markdown one with --markdown.
 *
 *   npm run eval:extraction [-- --markdown]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const SHARED = resolve(ROOT, process.env.SHARED_DIR ?? '../shared');
const OUT = join(ROOT, '.scratch');
const FIELDS = ['entities', 'eval_targets', 'proposed', 'evaluated_on', 'tasks', 'repos', 'methods', 'models', 'datasets', 'benchmarks'];
const HALVES = ['whole', 'a', 'b'] as const;

interface DevSet {
  name: string;
  input: string;
  format: string;
  gold: string;
}

const SETS: DevSet[] = [
  { name: 'seed dev', input: join(ROOT, 'data/seed/000_ee18fccb2e565efc.txt'), format: 'seed-text', gold: join(SHARED, 'eval/dev.gold.jsonl') },
  { name: 'ACL dev', input: join(SHARED, 'data/acl-anthology/acl2024.jsonl'), format: 'jsonl', gold: join(SHARED, 'eval/dev-acl.gold.jsonl') },
];

interface FieldScore {
  precision: number;
  recall: number;
  f1: number;
}

interface Scored {
  papers: number;
  result: Record<string, FieldScore>;
}

function extract(set: DevSet, out: string): void {
  // The same TypeScript loader this script runs under (tsx) runs the command line.
  execFileSync(process.execPath, [...process.execArgv, join(ROOT, 'ingest/cli.ts'), 'extract', '--input', set.input, '--format', set.format, '--out', out], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

function score(set: DevSet, pred: string, half: (typeof HALVES)[number]): Scored {
  const args = [join(SHARED, 'eval/score.mjs'), '--gold', set.gold, '--pred', pred, '--json', ...(half === 'whole' ? [] : ['--half', half])];
  return JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8' })) as Scored;
}

function main(): void {
  mkdirSync(OUT, { recursive: true });
  const columns: Array<{ label: string; scored: Scored }> = [];
  for (const set of SETS) {
    const pred = join(OUT, `${set.name.replace(/\W+/g, '-')}.pred.jsonl`);
    extract(set, pred);
    for (const half of HALVES) columns.push({ label: `${set.name} ${half === 'whole' ? 'whole' : `half ${half}`}`, scored: score(set, pred, half) });
  }
  const markdown = process.argv.includes('--markdown');
  const header = ['F1', ...columns.map((c) => `${c.label} (${c.scored.papers})`)];
  const rows = FIELDS.map((field) => [field, ...columns.map((c) => (c.scored.result[field]?.f1 ?? 0).toFixed(2))]);
  if (markdown) {
    console.log(`| ${header.join(' | ')} |`);
    console.log(`| ${header.map(() => '---').join(' | ')} |`);
    for (const row of rows) console.log(`| ${row.join(' | ')} |`);
    return;
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  console.log('half a: read while writing rules; half b: never read, the estimate for unseen papers');
}

main();
