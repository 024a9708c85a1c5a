import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Prng } from './prng.js';

/**
 * Real names for the generated corpus: the lexicon's canonical names (so extraction resolves
 * them as it does in real abstracts) and the names in the shipped leaderboard tables, plus
 * coined method names with long forms, as papers introduce them ("Self-Reviewing Alignment
 * (SeRA)"), so extraction also meets names it has never seen.
 */

export interface NamePools {
  models: string[];
  methods: string[];
  datasets: string[];
  benchmarks: string[];
  tasks: string[];
  /** Per benchmark or dataset name: the metrics its leaderboard reports. */
  metricsFor: (target: string) => string[];
}

export interface CoinedMethod {
  short: string;
  long: string;
}

const DATA_DIR = path.resolve(import.meta.dirname, '../../data');
const GENERIC_METRICS = ['Accuracy', 'F1', 'Exact Match', 'BLEU', 'Pass@1', 'ROUGE-L', 'Top-1 Accuracy'];

export function loadNamePools(): NamePools {
  const lexicon = JSON.parse(readFileSync(path.join(DATA_DIR, 'lexicon.json'), 'utf8')) as Record<string, unknown>;
  const canonical = (kind: string) => ((lexicon[kind] as string[] | undefined) ?? []).map((entry) => entry.split('|')[0]!.trim());

  const tableTasks: string[] = [];
  const tableDatasets = new Map<string, string[]>();
  const tablesDir = path.join(DATA_DIR, 'pwc-evaluation-tables');
  for (const file of readdirSync(tablesDir).filter((f) => f.endsWith('.json')).sort()) {
    const tasks = JSON.parse(readFileSync(path.join(tablesDir, file), 'utf8')) as TableTask[];
    const visit = (task: TableTask) => {
      if (task.task) tableTasks.push(task.task);
      for (const dataset of task.datasets ?? []) {
        // Long descriptive table names ("Precision of ... reached when tested on ...") read badly in prose.
        if (dataset.dataset && isProseName(dataset.dataset)) tableDatasets.set(dataset.dataset, dataset.sota?.metrics ?? []);
      }
      for (const sub of task.subtasks ?? []) visit(sub);
    };
    for (const task of tasks) visit(task);
  }
  const unique = (names: string[]) => [...new Set(names)].sort();
  return {
    // Leaderboard model names ("100D LSTM encoders") read badly as baselines in prose; the lexicon's do not.
    models: canonical('model'),
    methods: canonical('method'),
    datasets: unique([...canonical('dataset'), ...tableDatasets.keys()]),
    benchmarks: canonical('benchmark'),
    tasks: unique([...canonical('task'), ...tableTasks.filter(isProseName).map((t) => t.toLowerCase())]),
    metricsFor: (target) => {
      const real = tableDatasets.get(target)?.filter(isProseName);
      return real && real.length > 0 ? real : GENERIC_METRICS;
    },
  };
}

interface TableTask {
  task?: string;
  datasets?: Array<{ dataset?: string; sota?: { metrics?: string[] } }>;
  subtasks?: TableTask[];
}

function isProseName(name: string): boolean {
  return name.length <= 32 && !/[()'"]/.test(name) && name.split(' ').length <= 4;
}

const QUALIFIERS = [
  'Adaptive', 'Contrastive', 'Hierarchical', 'Sparse', 'Progressive', 'Self-Supervised', 'Multi-Scale', 'Cross-Modal',
  'Efficient', 'Robust', 'Dynamic', 'Latent', 'Reward-Guided', 'Retrieval-Augmented', 'Iterative', 'Causal', 'Modular',
  'Uncertainty-Aware', 'Memory-Efficient', 'Curriculum', 'Federated', 'Bidirectional', 'Structured', 'Implicit', 'Group',
  'Token-Level', 'Parameter-Efficient', 'Preference-Aware', 'Spectral', 'Temporal', 'Graph-Based', 'Mixture-of-Experts',
];
const HEADS = [
  'Alignment', 'Attention', 'Distillation', 'Prompting', 'Tuning', 'Decoding', 'Optimization', 'Fusion', 'Reasoning',
  'Pre-training', 'Adapter', 'Policy Optimization', 'Preference Learning', 'Routing', 'Quantization', 'Retrieval',
  'Reward Modeling', 'Planning', 'Search', 'Regularization', 'Denoising', 'Merging', 'Calibration', 'Verification',
];

/**
 * `count` distinct coined methods: a long form of two or three words and its acronym, in the
 * mixed-case style papers use (SeRA, HiSA), so the acronym extractor pairs them.
 */
export function coinMethods(prng: Prng, count: number): CoinedMethod[] {
  const coined: CoinedMethod[] = [];
  const taken = new Set<string>();
  for (let tries = 0; coined.length < count && tries < count * 20; tries++) {
    const words = [...prng.sample(QUALIFIERS, prng.int(1, 2)), prng.pick(HEADS)];
    const long = words.join(' ');
    const parts = long.split(/[\s-]+/);
    // Some acronyms keep a second letter of one word (SeRA), which spreads them over many more names.
    const stretch = prng.int(-1, parts.length - 1);
    const short = parts.map((p, i) => (i === stretch ? p.slice(0, 2) : p[0]!.toUpperCase())).join('');
    if (short.length < 3 || taken.has(short.toLowerCase())) continue;
    taken.add(short.toLowerCase());
    coined.push({ short, long });
  }
  return coined;
}
