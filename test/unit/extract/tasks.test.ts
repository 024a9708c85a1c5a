import { describe, expect, it } from 'vitest';
import { isActivityName, isTaskName } from '../../../ingest/extract/tasks.js';
import { gold } from './document-fixture.js';

describe('tasks', () => {
  it('gives one to three lower-case tasks', () => {
    const record = gold('Soft-Label Alignment for Image-Text Retrieval', 'Image-text retrieval matters. We study object detection and machine translation too.');
    expect(record.tasks[0]).toBe('image-text retrieval');
    expect(record.tasks.length).toBeLessThanOrEqual(3);
    for (const task of record.tasks) expect(task).toBe(task.toLowerCase());
  });

  it('takes a long form that names a task as a task, not as a proposal', () => {
    const record = gold('A study', 'We introduce leaf vein segmentation (LVS), a new problem.');
    expect(record.tasks).toEqual(['leaf vein segmentation']);
    expect(record.proposed).toEqual([]);
  });

  it('tells task names by their head noun, in lower case', () => {
    expect(isTaskName('handwritten text recognition')).toBe(true);
    expect(isTaskName('the matching problem')).toBe(true);
    expect(isTaskName('Handwritten Text Recognition')).toBe(false);
    expect(isActivityName('Embodied Question Answering')).toBe(true);
    expect(isActivityName('Handwritten Text Alignment')).toBe(false);
    expect(isTaskName('coral reef counting')).toBe(false);
    // Heads of established tasks across fields: "machine reading comprehension", "entity typing", "speaker diarization".
    for (const task of ['machine reading comprehension', 'fine-grained entity typing', 'speaker diarization', 'keyword spotting', 'content moderation']) expect(isTaskName(task)).toBe(true);
  });

  it('reads tasks from title phrases: "Y via X", "Y with X", "Towards Y", and after a colon', () => {
    expect(gold('Cross-Lingual Entity Linking via Contrastive Pretraining', 'We study it.').tasks).toContain('cross-lingual entity linking');
    expect(gold('Towards Multilingual Keyphrase Extraction', 'We study it.').tasks).toContain('multilingual keyphrase extraction');
    expect(gold('GraphRE: Context-Aware Document-Level Event Extraction', 'We study it.').tasks).toContain('document-level event extraction');
    expect(gold('Training of Open-Vocabulary Image Segmentation with Weak Labels', 'We study it.').tasks).toContain('open-vocabulary image segmentation');
  });

  it('does not take a title phrase that names the paper\'s own method, or reports, for a task', () => {
    const record = gold('Lumen: Lazy Gradient Alignment for Robust Transfer', 'We propose Lazy Gradient Alignment (LGA), a method.');
    expect(record.tasks).not.toContain('lazy gradient alignment');
    expect(gold('Achieving Better Alignment through Feedback', 'We study it.').tasks).not.toContain('achieving better alignment');
  });

  it('takes a gerund after a noun as part of the task ("reward hacking detection"), one opening the phrase as a verb', () => {
    expect(gold('Reward Hacking Detection via Probing', 'We study it.').tasks).toContain('reward hacking detection');
    expect(gold('A study', 'We study the problem of data poisoning detection.').tasks).toContain('data poisoning detection');
    expect(gold('Enforcing Faithful Summarization with Feedback', 'We study it.').tasks).not.toContain('enforcing faithful summarization');
  });

  it('takes no adverb or weak opening word into a task, and one task however it is dashed', () => {
    expect(gold('A study', 'FooBed demonstrates significantly improved instruction-following capabilities.').tasks).toEqual(['instruction following']);
    expect(gold('Anomaly Detection with Flows', 'We study it.').tasks).toContain('anomaly detection');
    const twice = gold('Instruction Following with Small Models', 'Our models show strong instruction-following capabilities.').tasks;
    expect(twice).toEqual(['instruction following']);
  });

  it('takes the subject a sentence defines as "the task of" or "the problem of" for a task, whatever its head', () => {
    const coined = gold('A study', 'Text-to-SQL is the task of translating questions into SQL queries.');
    expect(coined.tasks).toEqual(['text-to-sql']);
    expect(coined.methods).toEqual([]);
    expect(gold('A study', 'Claim triage is the problem of ranking claims for checkers.').tasks).toEqual(['claim triage']);
    expect(gold('A study', 'This is the problem of our time.').tasks).toEqual([]);
  });

  it('takes aligning language models for the task where a title about alignment says so of them once', () => {
    const once = 'The alignment problem in large language models is hard. We add a rule.';
    expect(gold('Are Aligned Networks Robustly Aligned?', once).tasks).toContain('llm alignment');
    expect(gold('Continual Superalignment', 'LLMs fail to align with changing values. We argue for care.').tasks).toContain('llm alignment');
    // Once in an abstract is not enough where the title is about something else.
    expect(gold('Rule Following for Agents', once).tasks).not.toContain('llm alignment');
  });

  it('keeps one task where the title writes out "LLM", in the short spelling', () => {
    const tasks = gold('Large Language Model Alignment: A Survey', 'We survey the alignment of large language models.').tasks;
    expect(tasks).toContain('llm alignment');
    expect(tasks).not.toContain('large language model alignment');
  });

  it('takes no question word into a task', () => {
    expect(gold('A study', 'We ask what chest diagnostic prediction tasks transfer across sites.').tasks).not.toContain('what chest diagnostic prediction');
  });

  it('takes both of two coordinated tasks the paper says it studies', () => {
    expect(gold('A study', 'We study sarcasm detection and irony detection in tweets.').tasks).toEqual(['sarcasm detection', 'irony detection']);
    expect(gold('A study', 'We study sarcasm detection and their impact on users.').tasks).toEqual(['sarcasm detection']);
  });

  it('reads tasks from the abstract\'s own words', () => {
    expect(gold('A study', 'We address the task of citation intent classification in papers.').tasks).toContain('citation intent classification');
    expect(gold('A study', 'Aspect sentiment extraction (ASE) is a challenging task for reviews.').tasks).toContain('aspect sentiment extraction');
    expect(gold('A study', 'Models do well on slot filling and claim detection tasks.').tasks).toEqual(expect.arrayContaining(['claim detection']));
  });

  it('keeps the hyphenated modifiers written before a known task, not an approach modifier', () => {
    expect(gold('Memory-Augmented Multi-Hop Question Answering', 'We study it.').tasks).toContain('multi-hop question answering');
  });

  it('takes a paradigm defined with its acronym as a task, never a whole field', () => {
    const record = gold('A study', 'We combine knowledge distillation (KD) with reinforcement learning (RL) for small models.');
    expect(record.tasks).toContain('knowledge distillation');
    expect(record.tasks).not.toContain('reinforcement learning');
  });

  it('turns a title gerund and its object into the task of doing it', () => {
    expect(gold('Detecting Hallucinations in Vision Models', 'We study it.').tasks).toContain('hallucination detection');
    expect(gold('Evaluating Dynamic Topic Models', 'We study it.').tasks).toContain('dynamic topic model evaluation');
    expect(gold('Evaluating Large Language Models', 'We study it.').tasks).not.toContain('large language model evaluation');
    // "across" and "under" end the phrase as "in" and "on" do.
    expect(gold('Detecting Synthetic Speech across Languages', 'We study it.').tasks).toContain('synthetic speech detection');
    expect(gold('Parsing Noisy Tweets under Domain Shift', 'We study it.').tasks).toContain('noisy tweet parsing');
  });

  it('takes a paradigm that is the title\'s subject, not what the work is done via or with', () => {
    expect(gold('Multimodal Instruction Tuning with Mixtures of Adapters', 'We study it.').tasks).toContain('multimodal instruction tuning');
    expect(gold('Revisiting Summarization via In-Context Learning', 'We study it.').tasks).not.toContain('in-context learning');
    expect(gold('Iterative Self-Training for Code Generation', 'We study it.').tasks).not.toContain('iterative self-training');
  });

  it('takes an ability the paper measures as a task, spelled out where the paper defines a short form', () => {
    expect(gold('A study', 'We assess the numerical reasoning and table question answering capabilities of LLMs.').tasks).toEqual(
      expect.arrayContaining(['numerical reasoning', 'table question answering']),
    );
    expect(gold('A study', 'Models show powerful reasoning capabilities.').tasks).not.toContain('powerful reasoning');
    expect(gold('A study', 'Work on few-shot question answering (QA) is growing. We do well on the open-domain QA task.').tasks).toContain(
      'open-domain question answering',
    );
  });

  it('takes what a title does to large language models as the task, not the models', () => {
    expect(gold('Pedagogical Alignment of Large Language Models', 'We study it.').tasks).toContain('pedagogical alignment');
    expect(gold('Training of Open-Vocabulary Image Segmentation', 'We study it.').tasks).toContain('open-vocabulary image segmentation');
  });

  it('does not take what a title says the work is done via or through for a task', () => {
    const record = gold('Code Generation via Reinforced Re-Ranking', 'We study it.');
    expect(record.tasks).toContain('code generation');
    expect(record.tasks).not.toContain('reinforced re-ranking');
  });

  it('takes any task head after "the problem of", and dialogue, mining and tokenization as heads in a title', () => {
    expect(gold('A study', 'We study the problem of venue recommendation for researchers.').tasks).toContain('venue recommendation');
    expect(gold('Opinion Mining in Product Forums', 'We study forums.').tasks).toContain('opinion mining');
    expect(gold('Empathetic Dialogue via Persona Memory', 'We study it.').tasks).toContain('empathetic dialogue');
  });

  it('keeps the s of a singular noun ending in -as when it names the object of a title gerund', () => {
    expect(gold('Reducing Bias in Reviews', 'We study it.').tasks).not.toContain('bia reduction');
    expect(gold('Mitigating Dataset Bias through Reweighting', 'We study it.').tasks).toContain('dataset bias mitigation');
  });

  it('takes a hyphenated ability a title measures as a task', () => {
    expect(gold('QuizBench: Testing LLMs’ Rule-Following Capability', 'We study it.').tasks).toContain('rule-following');
  });

  it('drops the learning setting and generic modifiers from a title task, and from the modifiers kept before a known one', () => {
    expect(gold('SpanAlign: Self-Supervised Neural Word Alignment', 'We study it.').tasks).toContain('word alignment');
    const kept = gold('A study', 'We study large-scale machine translation and document-level machine translation.').tasks;
    expect(kept).not.toContain('large-scale machine translation');
  });

  it('reads the task after a research verb\'s gerund and before "at" in a title', () => {
    expect(gold('Probing Numerical Reasoning in Language Models', 'We study it.').tasks).toContain('numerical reasoning');
    expect(gold('Multilingual Instruction Tuning at Scale', 'We study it.').tasks).toContain('multilingual instruction tuning');
  });

  it('takes the task a sentence opens with before "aims to", and a short form\'s whole long form', () => {
    expect(gold('BarLM', 'Sentence simplification aims at making text easier to read. We present BarLM.').tasks).toContain('sentence simplification');
    expect(gold('BarLM', 'Our method aims to make text easier to read.').tasks).toEqual([]);
    expect(gold('A study', 'Aspect-based sentiment analysis (ABSA) finds opinions. We propose a model for ABSA.').tasks).toContain('aspect-based sentiment analysis');
  });

  it('takes what "we study" or "this paper tackles" names, up to its first function word', () => {
    expect(gold('Do Models Get Irony?', 'We study irony detection with instruction-tuned models.').tasks).toContain('irony detection');
    expect(gold('A study', 'This paper tackles cross-lingual entity linking for news.').tasks).toContain('cross-lingual entity linking');
  });

  it('reads the title phrase after "to" and a capitalised verb', () => {
    expect(gold('Probing Speech and Text Encoders to Understand Cross-Modal Retrieval in Practice', 'We study it.').tasks).toContain('cross-modal retrieval');
  });

  it('takes what "has emerged as" a solution or a field for a task', () => {
    expect(gold('A study', 'Memory is scarce. Activation quantization has emerged as a popular remedy. We propose QuantIt.').tasks).toContain('activation quantization');
  });

  it('does not take a bare head word before "task" for the paper\'s task', () => {
    const record = gold('A study', 'Our system splits the classification task into steps and handles the open-domain QA task too.');
    expect(record.tasks).not.toContain('classification');
  });
});
