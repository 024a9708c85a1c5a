import type { CoinedMethod, NamePools } from './names.js';
import type { Prng } from './prng.js';
import type { Popularity } from './popularity.js';

/**
 * Titles and abstracts in the seed's style: a coined name with its long form, the problem in
 * the words of the field, two or three generated baselines, evaluations on named benchmarks with
 * numbers, sometimes a repository URL. Five to nine sentences, six to twelve named entities,
 * about the density of the seed's abstracts.
 */

export interface PaperPlan {
  proposed: CoinedMethod;
  /** A sized model the paper releases ("SeRA-7B"), for some papers. */
  releasedModel?: string;
  baselines: string[];
  techniques: string[];
  targets: string[];
  /** The targets that are datasets (the rest are benchmarks), each named once with its kind. */
  datasets: string[];
  tasks: string[];
  repoUrl?: string;
  /** Whether the abstract itself names the repository. */
  repoInAbstract: boolean;
}

export function planPaper(prng: Prng, names: Popularity, index: number): PaperPlan {
  const { pools } = names;
  // Most papers coin a method of their own; a mild skew gives some follow-ups and reproductions.
  const proposed = prng.pickSkewed(pools.methods);
  const datasets = names.datasets.sample(prng, pools.datasets, prng.int(0, 2));
  const targets = [...names.benchmarks.sample(prng, pools.benchmarks, prng.int(1, 2)), ...datasets];
  const hasRepo = prng.chance(0.5);
  const techniques = names.techniques.sample(prng, pools.methods, 3).filter((m) => m !== proposed).slice(0, 2);
  return {
    proposed,
    ...(prng.chance(0.25) ? { releasedModel: `${proposed.short}-${prng.pick(['7B', '8B', '13B', '70B', 'Base', 'Large'])}` } : {}),
    baselines: names.models.sample(prng, pools.models, prng.int(2, 3)),
    techniques: techniques.map((m) => m.short),
    targets,
    datasets,
    tasks: names.tasks.sample(prng, pools.tasks, prng.int(1, 2)),
    ...(hasRepo ? { repoUrl: `https://github.com/${prng.pick(OWNERS)}${index % 97}/${proposed.short.toLowerCase()}-${index.toString(36)}` } : {}),
    repoInAbstract: hasRepo && prng.chance(0.5),
  };
}

export function paperTitle(prng: Prng, plan: PaperPlan): string {
  const task = titleCase(plan.tasks[0]!);
  const { short, long } = plan.proposed;
  return fill(prng.pick(TITLES), { short, long, task, baseline: plan.baselines[0]!, technique: plan.techniques[0]!, target: plan.targets[0]! });
}

export function paperAbstract(prng: Prng, plan: PaperPlan): string {
  const [b1, b2, b3] = plan.baselines;
  const [t1, t2, t3] = plan.targets;
  const values = {
    short: plan.proposed.short,
    long: plan.proposed.long,
    task: plan.tasks[0]!,
    task2: plan.tasks[1] ?? plan.tasks[0]!,
    baseline: b1!,
    baseline2: b2 ?? b1!,
    baseline3: b3 ?? b2 ?? b1!,
    technique: plan.techniques[0]!,
    technique2: plan.techniques[1] ?? plan.techniques[0]!,
    targets: listOf(plan.targets),
    target: t1!,
    target2: t2 ?? t1!,
    target3: t3 ?? t2 ?? t1!,
    gain: (prng.int(5, 120) / 10).toFixed(1),
    score: (prng.int(400, 980) / 10).toFixed(1),
    model: plan.releasedModel ?? plan.proposed.short,
    problem: prng.pick(PROBLEMS),
    kind: prng.pick(KINDS),
    does: prng.pick(DOES),
    resource: prng.pick(RESOURCES),
  };
  const sentences = [
    fill(prng.pick(CONTEXT), values),
    fill(prng.pick(GAP), values),
    fill(prng.pick(PROPOSAL), values),
    ...prng.sample(DETAIL, prng.int(1, 2)).map((detail) => fill(detail, values)),
    fill(prng.pick(EVALUATION), values),
    ...(plan.targets.length > 1 ? [fill(prng.pick(RESULT), values)] : []),
    // Generated names carry no lexicon entry: the phrase around a dataset says what it is.
    ...plan.datasets.map((dataset) => fill(prng.pick(DATASET_NOTE), { dataset })),
    ...(plan.releasedModel ? [fill(prng.pick(RELEASE), values)] : []),
    ...(plan.repoInAbstract && plan.repoUrl ? [fill(prng.pick(CODE), { url: plan.repoUrl })] : []),
  ];
  return sentences.map(capitalise).join(' ');
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? key).replace(/\ba ([aeiou])/gi, 'an $1');
}

function capitalise(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function titleCase(text: string): string {
  return text.replace(/\b([a-z])([a-z]{3,})/g, (_, a: string, b: string) => a.toUpperCase() + b);
}

const OWNERS = ['ml-lab', 'nlp-group', 'vision-team', 'ai-research', 'deep-learning', 'open-models', 'alignment-lab', 'stat-ml'];

const TITLES = [
  '{short}: {long} for {task}',
  '{long} for {task}',
  '{short}: Towards Better {task} with {long}',
  'Improving {task} via {long}',
  '{short}: {long} Beyond {baseline}',
  'Rethinking {technique} for {task}: {long}',
  'When {technique} Meets {task}: {long}',
  '{long} Makes {baseline} Stronger on {target}',
];

const CONTEXT = [
  'Large language models (LLMs) such as {baseline} and {baseline2} have shown remarkable ability in {task}.',
  'Recent advances in {task} have been driven by {technique} and models like {baseline}.',
  '{task} remains a central challenge for modern machine learning systems, including {baseline} and {baseline2}.',
  'Despite the success of {technique}, {task} is still far from solved.',
  'Pre-trained models like {baseline} have become the default starting point for {task}.',
];

const GAP = [
  'However, existing approaches {problem}.',
  'Yet current methods based on {technique} {problem}.',
  'In practice, {baseline} and {baseline3} {problem}, which limits their use in real-world settings.',
  'Prior work has largely overlooked this issue, and as a result models {problem}.',
];

const PROPOSAL = [
  'In this paper, we propose {long} ({short}), a novel {kind} that {does}.',
  'We introduce {short} ({long}), a simple yet effective {kind} that {does}.',
  'To address this, we present {long} ({short}), which {does}.',
  'We propose {short}, a {kind} built on {technique} that {does}.',
];

const DETAIL = [
  '{short} combines {technique} with {technique2} and requires no additional {resource}.',
  'Unlike {baseline}, {short} does not rely on {resource}, making it easy to scale.',
  'Our analysis shows that {short} is robust to the choice of {resource} and converges faster than {technique}.',
  'We further show that {short} can be applied to {task2} with minimal changes.',
  'Theoretically, we prove that {short} recovers {technique} as a special case.',
];

const EVALUATION = [
  'Experiments on {targets} show that {short} outperforms {baseline} by {gain} points on average.',
  'Extensive experiments on {targets} demonstrate that {short} consistently improves over {baseline} and {baseline2}.',
  'We evaluate {short} on {targets}, where it achieves state-of-the-art results.',
  'On {target}, {short} reaches {score}% accuracy, surpassing {baseline} by {gain} points.',
];

const RESULT = [
  '{short} achieves {score} on {target2}, a new state of the art.',
  'On {target3}, {short} improves over the strongest baseline by {gain} points.',
  'Notably, {short} matches {baseline2} on {target2} with a fraction of the compute.',
];

const DATASET_NOTE = [
  'We also report results on the {dataset} dataset.',
  'The {dataset} dataset is used for training and evaluation.',
  'Results on the {dataset} dataset follow the same trend.',
];

const RELEASE = [
  'We release {model}, a model trained with {short}, which outperforms {baseline} on {target}.',
  'Our {model} model, trained with {short}, sets a new state of the art on {target}.',
];

const CODE = ['Code is available at {url}.', 'Our code and models are publicly available at {url}.', 'The implementation is released at {url}.'];

const PROBLEMS = [
  'suffer from reward hacking and poor generalisation',
  'require expensive human annotations',
  'fail to generalise beyond their training distribution',
  'are brittle under distribution shift',
  'scale poorly to long contexts',
  'ignore the uncertainty of their own predictions',
  'produce hallucinated or unfaithful outputs',
];

const KINDS = ['framework', 'training objective', 'method', 'architecture', 'algorithm', 'fine-tuning strategy'];

const DOES = [
  'aligns model outputs with human preferences without a separate reward model',
  'learns compact representations from unlabeled data',
  'adaptively allocates computation to difficult inputs',
  'exploits the structure of the task to reduce supervision',
  'distills the knowledge of a large teacher into a small student',
  'improves sample efficiency by reusing past trajectories',
];

const RESOURCES = ['human labels', 'reward models', 'hyperparameter tuning', 'pre-training data', 'inference compute'];
