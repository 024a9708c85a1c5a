import { nameKey } from '../../core/name-key.js';
import type { Prng } from './prng.js';

/**
 * Generated names for the corpus, in popularity order (index 0 the most popular; paper-plan.ts
 * draws them with a Zipf law): benchmarks, datasets, models, tasks, metrics and coined methods,
 * each combined from parts (a domain root, a head, a suffix), so a corpus of any size has as
 * many distinct names as it needs. Names are never taken from real corpora or annotations. Two
 * names never share a name key (core/name-key.ts), so each is one entity in the graph.
 */

export interface NamePools {
  benchmarks: string[];
  datasets: string[];
  models: string[];
  tasks: string[];
  /** Several dozen, most used first; a leaderboard reports one to three. */
  metrics: string[];
  /** Methods papers propose (a long form and its acronym), also used as techniques by others. */
  methods: CoinedMethod[];
}

export interface CoinedMethod {
  short: string;
  long: string;
}

/**
 * Pool sizes per paper count. Benchmarks: one per 16 papers, so with a leaderboard row for one
 * paper in ten the rows fall on ~2,400 leaderboards at 100k papers and ~12,500 at 576k (Papers
 * with Code has ~9-12k), most with a handful of rows, the first few with thousands.
 */
export function poolSizes(papers: number) {
  return {
    benchmarks: Math.max(40, Math.round(papers / 16)),
    datasets: Math.max(30, Math.round(papers / 24)),
    models: Math.max(40, Math.round(papers / 60)),
    tasks: Math.max(20, Math.min(4000, Math.round(papers / 120))),
    methods: Math.max(50, Math.ceil(papers / 4)),
  };
}

export function generateNamePools(prng: Prng, papers: number): NamePools {
  const sizes = poolSizes(papers);
  const taken = new Set<string>();
  return {
    benchmarks: distinct(prng, sizes.benchmarks, taken, benchmarkName),
    datasets: distinct(prng, sizes.datasets, taken, datasetName),
    models: distinct(prng, sizes.models, taken, modelName),
    tasks: distinct(prng, sizes.tasks, taken, taskName),
    metrics: METRICS,
    methods: coinMethods(prng, sizes.methods, taken),
  };
}

/** `count` names from `make` whose name keys are new (fewer if the parts run out). */
function distinct(prng: Prng, count: number, taken: Set<string>, make: (prng: Prng) => string): string[] {
  const names: string[] = [];
  for (let tries = 0; names.length < count && tries < count * 30; tries++) {
    const name = make(prng);
    const key = nameKey(name);
    if (taken.has(key)) continue;
    taken.add(key);
    names.push(name);
  }
  return names;
}

const ROOTS = [
  'Med', 'Code', 'Math', 'Vis', 'Speech', 'Chem', 'Legal', 'Geo', 'Bio', 'Fin', 'Doc', 'Chart', 'Table', 'Dialog', 'Story',
  'Scene', 'Video', 'Audio', 'Graph', 'Mol', 'Astro', 'Agri', 'Clin', 'Retail', 'Traffic', 'Climate', 'Robo', 'Sport',
  'News', 'Poem', 'Recipe', 'Patent', 'Lyric', 'Sign', 'Hand', 'Face', 'Pose', 'Cell', 'Gene', 'Prot', 'Neuro', 'Quant',
  'Logic', 'Plan', 'Web', 'App', 'Game', 'Maze', 'Map', 'Route', 'Urban', 'Ocean', 'Forest', 'Sat', 'Radar', 'Lidar',
  'Sketch', 'Comic', 'Meme', 'Forum',
];
const BENCHMARK_HEADS = ['QA', 'Bench', 'Eval', 'Reason', 'Test', 'Arena', 'Suite', 'Gen', 'Sum', 'NLI', 'Probe', 'Quiz', 'Judge', 'Exam'];
const BENCHMARK_SUFFIXES = ['Hard', 'Lite', 'Pro', 'Plus', 'XL', '500', '1K', '2K', 'v2', 'Zero', 'Multi', 'Long', 'Mini', 'Live'];
const DATASET_HEADS = ['Corpus', 'Images', 'Dialogs', 'Pairs', 'Clips', 'Texts', 'Bank', 'Net', 'Scans', 'Notes', 'Logs', 'Docs', 'Tracks', 'Frames'];
const SYLLABLES = ['Ka', 'Lo', 'Mi', 'Ra', 'Ze', 'Vo', 'Ti', 'Nu', 'Sa', 'Qu', 'Fe', 'Do', 'Ri', 'Pa', 'Xe', 'Bo', 'Lu', 'Ce', 'Ma', 'Jo'];
const ENDINGS = ['n', 'r', 'x', 'ra', 'na', 'to', 'lm', 'via', 'ron', 'dex', 'mo', 'ka'];
const MODEL_SIZES = ['7B', '13B', '70B', '1B', '3B', '8B', '34B', 'Base', 'Large', 'XL', 'Mini', 'Chat', 'Instruct', '2'];
const DOMAINS = [
  'medical', 'legal', 'chart', 'code', 'scene text', 'video', 'speech', 'molecular', 'financial', 'table', 'multi-hop',
  'open-domain', 'cross-lingual', 'long-document', 'few-shot', '3d', 'satellite image', 'clinical note', 'math word problem',
  'dialogue', 'news', 'product', 'biomedical', 'source code', 'sign language', 'handwriting', 'point cloud', 'traffic',
  'weather', 'music', 'protein', 'patent', 'scientific', 'social media', 'egocentric video', 'remote sensing', 'retail',
  'conversational', 'low-resource', 'multimodal',
];
const ACTIVITIES = [
  'question answering', 'summarization', 'classification', 'segmentation', 'detection', 'retrieval', 'generation',
  'translation', 'parsing', 'reasoning', 'captioning', 'recognition', 'forecasting', 'tracking', 'completion',
  'entity linking', 'relation extraction',
];

function benchmarkName(prng: Prng): string {
  const root = prng.pick(ROOTS);
  const head = prng.pick(BENCHMARK_HEADS);
  switch (prng.int(0, 3)) {
    case 0:
      return `${root}${head}`;
    case 1:
      return `${root}${prng.pick(ROOTS)}-${head}`;
    case 2:
      return `${root}${head}-${prng.pick(BENCHMARK_SUFFIXES)}`;
    default:
      return `${root}${prng.pick(ROOTS)}${head}-${prng.pick(BENCHMARK_SUFFIXES)}`;
  }
}

function datasetName(prng: Prng): string {
  const root = prng.pick(ROOTS);
  const head = prng.pick(DATASET_HEADS);
  switch (prng.int(0, 2)) {
    case 0:
      return `${root}${head}`;
    case 1:
      return `${root}${prng.pick(ROOTS)}${head}`;
    default:
      return `${root}${head}-${prng.int(1, 99) * 10}K`;
  }
}

function modelName(prng: Prng): string {
  const family = `${prng.pick(SYLLABLES)}${prng.pick(SYLLABLES).toLowerCase()}${prng.pick(ENDINGS)}`;
  return `${family}-${prng.pick(MODEL_SIZES)}`;
}

function taskName(prng: Prng): string {
  const activity = prng.pick(ACTIVITIES);
  return prng.chance(0.6) ? `${prng.pick(DOMAINS)} ${activity}` : `${prng.pick(DOMAINS)} ${prng.pick(DOMAINS)} ${activity}`;
}

/** A base measure times its variants: 44 metrics, in the order leaderboards favour them. */
const METRICS = [
  ...['', 'Top-1 ', 'Top-5 ', 'Balanced ', 'Zero-Shot '].map((q) => `${q}Accuracy`),
  ...['', 'Macro ', 'Micro ', 'Weighted ', 'Token '].map((q) => `${q}F1`),
  ...['1', '5', '10', '100'].map((k) => `Pass@${k}`),
  ...['1', '5', '10', '100'].map((k) => `Recall@${k}`),
  ...['50', '75', '50:95'].map((k) => `mAP@${k}`),
  ...['1', '4'].map((k) => `BLEU-${k}`),
  ...['1', '2', 'L'].map((k) => `ROUGE-${k}`),
  ...['5', '10'].map((k) => `NDCG@${k}`),
  ...['Exact Match', 'MRR', 'mIoU', 'AUROC', 'PSNR', 'SSIM', 'Spearman Correlation', 'Pearson Correlation', 'Win Rate'],
  ...['WER', 'CER', 'FID', 'Perplexity', 'MAE', 'RMSE', 'Error Rate'],
];

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
function coinMethods(prng: Prng, count: number, taken: Set<string>): CoinedMethod[] {
  const coined: CoinedMethod[] = [];
  for (let tries = 0; coined.length < count && tries < count * 20; tries++) {
    const words = [...prng.sample(QUALIFIERS, prng.int(1, 2)), prng.pick(HEADS)];
    const long = words.join(' ');
    const parts = long.split(/[\s-]+/);
    // Some acronyms keep a second letter of one word (SeRA), which spreads them over many more names.
    const stretch = prng.int(-1, parts.length - 1);
    const short = parts.map((p, i) => (i === stretch ? p.slice(0, 2) : p[0]!.toUpperCase())).join('');
    if (short.length < 3 || taken.has(nameKey(short))) continue;
    taken.add(nameKey(short));
    coined.push({ short, long });
  }
  return coined;
}
