import { describe, expect, it } from 'vitest';
import { typeEntity } from '../../../ingest/extract/entity-type.js';
import { fieldsOf, gold } from './document-fixture.js';

describe('types', () => {
  it('types by resource nouns, suffixes, model shapes and the lexicon', () => {
    const record = gold(
      'A study',
      'We evaluate Llama-3-70B and Qwen2-72B on the nuScenes and DriveLM-nuScenes benchmarks, on AIR-Bench, and on the TIMIT speech corpus, using DPO.',
    );
    expect(record.models).toEqual(expect.arrayContaining(['Llama-3-70B', 'Qwen2-72B']));
    expect(record.benchmarks).toEqual(expect.arrayContaining(['DriveLM-nuScenes', 'AIR-Bench']));
    expect(record.datasets).toEqual(expect.arrayContaining(['nuScenes', 'TIMIT']));
    expect(record.methods).toHaveLength(1);
    expect(record.methods[0]).toMatch(/^DPO( \|.*)?$/);
  });

  it('types a coined name before "tasks", "environments" or "games" as a benchmark, an all-capital one not', () => {
    const record = gold('A study', 'We propose DiffQL. On AntMaze tasks and Procgen games, DiffQL outperforms CQL. Unlike ABSA tasks, this is hard.');
    expect(record.benchmarks).toEqual(['AntMaze', 'Procgen']);
    expect(record.evaluated_on).toEqual(expect.arrayContaining([['DiffQL', 'AntMaze'], ['DiffQL', 'Procgen']]));
  });

  it('types a data set the paper builds by its "-Set" suffix, or by its own experiments run on it', () => {
    const built = gold('A study', 'We propose FooQA. We build FooSet from Natural Questions. Experiments on FooSet show FooQA improves accuracy.');
    expect(built.datasets).toContain('FooSet');
    expect(built.evaluated_on).toEqual([['FooQA', 'FooSet']]);
    const tested = gold('A study', 'We propose FooQA. We build QuuxQA from Natural Questions. Experiments on QuuxQA show FooQA improves accuracy.');
    expect(tested.benchmarks).toEqual(['QuuxQA']);
    expect(tested.methods).toEqual(['FooQA']);
    // A split of a data set is data, never what is evaluated.
    const split = gold('A study', 'We introduce QuuxQA, a dataset. Fine-tuning on QuuxQA-Train improves Llama 3 by 12 points on QuuxQA.');
    expect(split.datasets).toEqual(expect.arrayContaining(['QuuxQA-Train']));
    expect(split.evaluated_on).not.toContainEqual(['QuuxQA-Train', 'QuuxQA']);
  });

  it('types what a sentence opening "On X, ..." reports results on as a benchmark', () => {
    const record = gold('A study', 'We propose ConSarc. On SARC, it outperforms RoBERTa by 3 points.');
    expect(record.benchmarks).toEqual(['SARC']);
    expect(record.evaluated_on).toEqual([['ConSarc', 'SARC'], ['RoBERTa', 'SARC']]);
  });

  it('types a contest or exam spelled out with its short form as a benchmark', () => {
    const record = gold('A study', 'We present GeoSolver. It reaches gold-medal level on the International Math Olympiad (IMO) and the Uniform Bar Examination (UBE).');
    expect(record.benchmarks).toEqual(['IMO | International Math Olympiad', 'UBE | Uniform Bar Examination']);
    expect(record.methods).toEqual(['GeoSolver']);
  });

  it('types a name by the framework noun of its appositive, over a benchmark-like suffix', () => {
    const record = gold('A study', 'This paper proposes SumEval, a framework that scores summaries with learned critics.');
    expect(record.methods).toEqual(['SumEval']);
    expect(record.benchmarks).toEqual([]);
  });
});

describe('types from the names a name is listed with', () => {
  it('types a coined name listed after a resource noun, or coordinated with a known target, as that resource', () => {
    const listed = gold('A study', 'Experiments on two challenging datasets (i.e., FooSet-3D and BarQA-X) show gains.');
    expect(listed.datasets).toEqual(expect.arrayContaining(['FooSet-3D', 'BarQA-X']));
    const coordinated = gold('A study', 'We use BarQA-X and ScanNet in our study.');
    expect(coordinated.datasets).toEqual(expect.arrayContaining(['BarQA-X', 'ScanNet']));
    expect(coordinated.methods).toEqual([]);
  });

  it('takes a capitalised activity long form listed beside a model for a model, not a task', () => {
    const listed = gold('A comparison of speech systems', 'We compare two leading systems, Whisper and Universal Phone Recognition (UPR), on TIMIT.');
    expect(listed.models).toEqual(expect.arrayContaining(['Whisper', 'UPR | Universal Phone Recognition']));
    expect(listed.tasks).toEqual([]);
    // Alone, or modifying a kind noun beside a model, it names the task.
    expect(gold('A study', 'We study Causal Question Answering (CQA), where models explain.').tasks).toEqual(['causal question answering']);
    expect(gold('A study', 'We evaluate GPT-4 and Universal Phone Recognition (UPR) systems on TIMIT.').models).toEqual(['GPT-4']);
  });

  it('leaves a name listed with methods, or typed by its own cue, as it is', () => {
    const record = gold('A study', 'We compare FooNet-2 and DPO on ScanNet.');
    expect(record.methods).toEqual(expect.arrayContaining(['FooNet-2']));
  });
});

describe('targets named by what is read on them', () => {
  it('types a name whose scores are measured as a benchmark, and keeps a translation direction with its test set', () => {
    const record = gold('A study', 'We align Llama-3-8B-Instruct and measure FooEval-Hard scores. Our model reaches 30.1 BLEU on WMT14 En-De.');
    expect(record.benchmarks).toEqual(expect.arrayContaining(['FooEval-Hard', 'WMT14 En-De']));
    expect(record.benchmarks).not.toContain('WMT14');
  });

  it('takes no translation direction written in language names for a target', () => {
    const record = gold('A study', 'On the MuST-C English-German and English-Spanish test sets, our policy beats wait-k.');
    const targets = [...record.datasets, ...record.benchmarks];
    expect(targets).toContain('MuST-C');
    expect(targets).not.toContain('English-Spanish');
  });
});

describe('typeEntity', () => {
  it('types an acronym whose long form names a task as a task, and never as proposed', () => {
    const { names, text, tokens } = fieldsOf('A study', 'We introduce leaf vein segmentation (LVS), a new problem.');
    const lvs = names.find((n) => n.name === 'LVS')!;
    expect(lvs).toMatchObject({ fullName: 'leaf vein segmentation', proposed: true, labelHints: [] });
    expect(typeEntity(lvs, text, tokens)).toEqual({ label: 'Task', labelHints: ['Task'], proposed: false });
    // The name itself is left as it was.
    expect(lvs.labelHints).toEqual([]);
  });

  it('keeps a proposed name that is not a task proposed', () => {
    const { names, text, tokens } = fieldsOf('A study', 'We propose coral reef counting (CRC) and evaluate it.');
    expect(typeEntity(names[0]!, text, tokens)).toEqual({ label: 'Method', labelHints: [], proposed: true });
  });

  it("keeps the lexicon's type for known names", () => {
    const { names, text, tokens } = fieldsOf('A study', 'We fine-tune with DPO and evaluate on MT-Bench.');
    const typed = names.map((n) => [n.name, typeEntity(n, text, tokens).label]);
    expect(typed).toEqual(expect.arrayContaining([['DPO', 'Method'], ['MT-Bench', 'Benchmark']]));
  });

  it('keeps a release written after a known dataset or benchmark with it, never a score', () => {
    const record = gold('A study', 'We propose FooDST. It beats prior work on MultiWOZ 2.2 and SQuAD v1.1, and reaches MMLU 71.5.');
    expect(record.datasets).toEqual(expect.arrayContaining(['MultiWOZ 2.2']));
    expect([...record.datasets, ...record.benchmarks].join(' ')).toMatch(/SQuAD v1\.1|SQuAD 1\.1/);
    expect(record.benchmarks.join(' ')).toMatch(/^MMLU( |$)/);
    expect(record.evaluated_on).toContainEqual(['FooDST', 'MultiWOZ 2.2']);
  });

  it('takes a metric with a short affix for a metric, and "-Hard" or "a subset" for a benchmark', () => {
    const metric = gold('A study', 'We propose PageMT. PageMT improves d-BLEU and BLEU-4 on IWSLT17.');
    expect([...metric.methods, ...metric.models, ...metric.benchmarks, ...metric.datasets].join(' ')).not.toMatch(/BLEU/);
    const subset = gold('A study', 'We present QuizSet, a challenging subset of trivia questions. GPT-4 reaches 40% accuracy on QuizSet and on PopQA-Hard.');
    expect(subset.benchmarks).toEqual(expect.arrayContaining(['QuizSet', 'PopQA-Hard']));
    expect(subset.evaluated_on).toContainEqual(['GPT-4', 'QuizSet']);
  });

  it('types coined names listed after "models, including" or "LLMs such as" as models', () => {
    const record = gold('A study', 'We introduce FairProbe, a suite of probes, and evaluate 12 reward models, including ArmoRM and UltraRM, on FairProbe.');
    expect(record.models).toEqual(expect.arrayContaining(['ArmoRM', 'UltraRM']));
    expect(record.evaluated_on).toEqual(expect.arrayContaining([['ArmoRM', 'FairProbe'], ['UltraRM', 'FairProbe']]));
  });

  it('types a coined name a model is trained on as a dataset, and task acronyms and agreement scores as no names', () => {
    const record = gold('A study', 'We propose TabLM, pre-trained on 2M WikiSheets. We study NER and SRL systems and report an IAA of 0.8.');
    expect(record.datasets).toEqual(['WikiSheets']);
    expect(record.methods).toEqual(['TabLM']);
  });

  it('takes a lower-case paradigm defined with an acronym for no method, a capitalised named technique for one', () => {
    const paradigm = gold('A study', 'The usual route is speech-text pre-training (STP), which is costly. We propose FastAlign.');
    expect(paradigm.methods).toEqual(['FastAlign']);
    const named = gold('A study', 'Baselines include Adversarial Span Training (AST). We propose FastAlign.');
    expect(named.methods).toEqual(expect.arrayContaining(['AST | Adversarial Span Training']));
  });

  it('takes task acronyms and the RGB-D modality for no names', () => {
    const record = gold('A study', 'We study KGQA, ODQA and MRC with RGB-D inputs. We propose GraphAsk.');
    expect([...record.methods, ...record.models, ...record.datasets, ...record.benchmarks]).toEqual(['GraphAsk']);
  });

  it('takes a known model written as a lower-case checkpoint id for a model, not a plain hyphenated word', () => {
    const record = gold('A study', 'We fine-tune encoders (e.g., roberta-large and bert-base-uncased) with a large-scale recipe.');
    expect(record.models).toEqual(expect.arrayContaining(['roberta-large', 'bert-base-uncased']));
    expect(record.models).toHaveLength(2);
  });

  it('types a lower-case term the paper names and that ends in a task head as a task, not a proposed method', () => {
    const record = gold('A study', 'Models learn from short proofs and solve long ones, a setting termed short-to-long generalization.');
    expect(record.tasks).toContain('short-to-long generalization');
    expect(record.methods).not.toContain('short-to-long generalization');
    expect(record.proposed).not.toContain('short-to-long generalization');
  });

  it('keeps a lower-case family of approaches and a modality pair spelled out with a short form out of the names', () => {
    const record = gold('A study', 'Sparse routing algorithms (SRAs) are popular in Image-to-Video (I2V) systems. SRAs scale well, and we propose FooNet.');
    const names = [...record.methods, ...record.models, ...record.datasets, ...record.benchmarks];
    expect(names.some((n) => /SRA|I2V/.test(n))).toBe(false);
    expect(names).toContain('FooNet');
    // A model type stays a name.
    expect(gold('A study', 'We fit latent topic models (LTMs) to news.').methods.join(' ')).toMatch(/LTM/);
  });

  it('types a short form by the resource noun after its closing parenthesis', () => {
    const record = gold('A study', 'We take part in the Natural Language Processing for Tables (NL4TAB) challenge with GPT-4.');
    expect(record.benchmarks).toEqual(['NL4TAB | Natural Language Processing for Tables']);
  });

  it('leaves out an undefined all-capital word that nothing types, and keeps one a cue types', () => {
    const record = gold('A study', 'Match reports from the NHL and the WNBA are summarised by our system, and we also report results on the ZQXR benchmark.');
    const names = [...record.methods, ...record.models, ...record.datasets, ...record.benchmarks];
    expect(names).not.toContain('NHL');
    expect(names).not.toContain('WNBA');
    expect(record.benchmarks).toContain('ZQXR');
    // A digit or a dash keeps a coined name.
    expect(gold('A study', 'We compare with QRT-2 and find it weak.').methods).toContain('QRT-2');
    // So does being what results are compared with.
    expect(gold('A study', 'We propose FooRE, surpassing the strong QRTX by 2 points on our data.').methods).toContain('QRTX');
    // Also the last of a list of them.
    expect(gold('A study', 'We propose FooRE. On our data FooRE beats SchNet, DimeNet++ and QRTX.').methods).toContain('QRTX');
    // And a citation after it.
    expect(gold('A study', 'A recent study, QRTX (Smith et al. 2023), shows that little data suffices.').methods).toContain('QRTX');
  });

  it('takes known names joined by a plus as each name, not a third', () => {
    const names = gold('A study', 'Base models match those tuned with SFT or SFT+RLHF on our suite.').methods;
    expect(names).not.toContain('SFT+RLHF');
    expect(names.join(' ')).toMatch(/RLHF/);
  });
  it('types what a part sits in ("a strategy in ABCD") as a method, not a target of results', () => {
    const record = gold('A study', 'FooNet attains the highest accuracy and beats Quick Pruning, a competitive strategy in ABCD, on BazQA.');
    expect(record.methods).toContain('ABCD');
    expect([...record.benchmarks, ...record.datasets]).not.toContain('ABCD');
    expect(record.evaluated_on).not.toContainEqual(['FooNet', 'ABCD']);
  });
});
