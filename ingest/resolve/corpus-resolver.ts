import type { PaperEntity } from '../extract/entities.js';
import { PAPER_SUBJECT } from '../extract/evaluations.js';
import type { ExtractorName } from '../extract/extractor-names.js';
import { lexiconEntry } from '../extract/lexicon.js';
import { keyOfName } from '../extract/name-key-cache.js';
import { nameKey } from '../../core/name-key.js';
import type { PaperExtraction } from '../extract/pipeline.js';
import type { EdgeRecord, GraphBatch, NodeRecord } from '../../core/graph-records.js';
import { entityId } from '../../core/entity-id.js';
import { mergeNodeInto, nodeKey, ownNode, RecordMap } from '../records/record-merge.js';
import type { ResolvedEntity } from './resolved-entity.js';
import { variantBase } from './variant-base.js';

/**
 * Resolution across the corpus in two passes, in memory that grows with distinct entities only:
 * pass 1 `add`s every paper's extraction to an alias table (an acronym defined in one abstract
 * then resolves bare uses in others; case and hyphenation never split an entity, since keys are
 * normalised); pass 2 turns each extraction into graph records with the table's canonical ids.
 * The lexicon seeds the table, so known names keep their canonical id and type. Deterministic:
 * the same papers in the same order give the same ids.
 */

/** The part of a paper's extraction pass 1 learns from: all that crosses from an extraction worker. */
export type ObservedPaper = Pick<PaperExtraction, 'entities' | 'tasks'>;

/**
 * A finished alias table as plain data, for a resolver on another thread: structured-clone
 * copies it whole (entities named by several aliases stay one object).
 */
export interface ResolverSnapshot {
  readonly aliases: ReadonlyMap<string, ResolvedEntity>;
}

export class CorpusResolver {
  /** nameKey of any alias -> resolved entity. */
  private readonly table = new Map<string, ResolvedEntity>();

  /** A resolver that resolves as the one the snapshot was taken of. */
  static fromSnapshot(snapshot: ResolverSnapshot): CorpusResolver {
    const resolver = new CorpusResolver();
    for (const [key, entity] of snapshot.aliases) resolver.table.set(key, entity);
    return resolver;
  }

  /** Distinct names known to the table. */
  get size(): number {
    return this.table.size;
  }

  /** The alias table as it is now; later changes to either side do not reach the other. */
  snapshot(): ResolverSnapshot {
    return { aliases: new Map(this.table) };
  }

  /** Pass 1: learn the paper's names. */
  add(extraction: ObservedPaper): void {
    for (const entity of extraction.entities) this.register(entity);
    for (const task of extraction.tasks) this.registerTask(task.name);
  }

  /** The canonical entity a paper's entity resolves to (registering it when new). */
  resolve(entity: PaperEntity): ResolvedEntity {
    return this.lookup(entity) ?? this.register(entity);
  }

  /** Pass 2: the paper's nodes and edges. The Paper node, Repo nodes and HAS_CODE come from elsewhere. */
  records(extraction: PaperExtraction): GraphBatch {
    const paper = { label: 'Paper' as const, id: extraction.paperId };
    // One node per entity however often the paper names it, merged as everywhere else. The
    // first record leaves the entity's own name out of its aliases, later ones keep theirs
    // whole: the graph has always been built so, and a rerun must give the same graph.
    const nodes = new RecordMap<NodeRecord>(nodeKey, (node) => ownNode(withoutOwnName(node)), mergeNodeInto);
    const edges: EdgeRecord[] = [];
    const resolvedByKey = new Map<string, ResolvedEntity>();

    for (const entity of extraction.entities) {
      const resolved = this.resolve(entity);
      resolvedByKey.set(entity.key, resolved);
      nodes.add(entityNode(resolved, entity.aliases));
      const to = { label: resolved.label, id: resolved.id };
      const provenance = { evidence: entity.evidence, extractor: entity.extractor, confidence: entity.confidence };
      edges.push({ type: 'MENTIONS', from: paper, to, key: '', props: provenance });
      if (entity.proposed && resolved.label !== 'Task') edges.push({ type: 'PROPOSES', from: paper, to, key: '', props: provenance });
      const base = variantBase(resolved, (name) => this.table.get(nameKey(name)));
      if (base) {
        // The base's node comes along, so the edge never waits for a paper that names it.
        nodes.add(entityNode(base, []));
        edges.push({ type: 'VARIANT_OF', from: to, to: { label: base.label, id: base.id }, key: '', props: { ...provenance, extractor: 'variant-name' satisfies ExtractorName, confidence: 0.7 } });
      }
      if (entity.proposed && resolved.label === 'Method') {
        for (const repo of extraction.repos) {
          edges.push({
            type: 'IMPLEMENTED_IN',
            from: to,
            to: { label: 'Repo', id: repo.id },
            key: '',
            props: { evidence: repo.evidence, extractor: 'repo-urls' satisfies ExtractorName, confidence: 0.6 },
          });
        }
      }
    }

    for (const task of extraction.tasks) {
      const resolved = this.registerTask(task.name);
      nodes.add(entityNode(resolved, [task.name]));
      edges.push({
        type: 'ADDRESSES',
        from: paper,
        to: { label: 'Task', id: resolved.id },
        key: '',
        props: { evidence: task.evidence, extractor: task.extractor, confidence: task.confidence },
      });
    }

    const evaluatedTargets = new Set<string>();
    for (const pair of extraction.evaluations) {
      const target = resolvedByKey.get(pair.target);
      if (!target || (target.label !== 'Dataset' && target.label !== 'Benchmark')) continue;
      const props = { evidence: pair.evidence, extractor: pair.extractor, confidence: pair.confidence };
      const to = { label: target.label, id: target.id };
      if (!evaluatedTargets.has(target.id)) {
        evaluatedTargets.add(target.id);
        edges.push({ type: 'EVALUATES_ON', from: paper, to, key: '', props });
      }
      if (pair.subject === PAPER_SUBJECT) continue;
      const subject = resolvedByKey.get(pair.subject);
      if (!subject || (subject.label !== 'Method' && subject.label !== 'Model')) continue;
      edges.push({
        type: 'EVALUATED_ON',
        from: { label: subject.label, id: subject.id },
        to,
        key: extraction.paperId,
        props: { ...props, paper: extraction.paperId },
      });
    }
    return { nodes: [...nodes.items.values()], edges };
  }

  private lookup(entity: PaperEntity): ResolvedEntity | undefined {
    // Long forms first: they disambiguate a short form that two fields use differently.
    // (Keys remembered per name: every paper's entities are looked up, mostly by names seen before.)
    const found = (entity.fullName && this.table.get(keyOfName(entity.fullName))) || (entity.name && this.table.get(keyOfName(entity.name)));
    if (found) return found;
    for (const alias of entity.aliases) {
      const byAlias = alias && this.table.get(keyOfName(alias));
      if (byAlias) return byAlias;
    }
    return undefined;
  }

  private register(entity: PaperEntity): ResolvedEntity {
    const known = entity.lexiconName ? lexiconEntry(entity.lexiconName) : undefined;
    let resolved = this.lookup(entity);
    if (!resolved && known && known.label !== 'Generic' && known.label !== 'Metric') {
      resolved = {
        id: entityId(known.label, known.name),
        label: known.label,
        name: known.name,
        ...(known.fullName ? { fullName: known.fullName } : {}),
      };
      for (const alias of [known.name, ...known.aliases]) this.claim(keyOfName(alias), resolved);
    }
    if (!resolved) {
      let name = entity.name;
      const taken = this.table.get(nameKey(name));
      // One short form, two long forms ("DA"): the later one keeps its long form in the id.
      if (taken && entity.fullName && taken.fullName && nameKey(taken.fullName) !== nameKey(entity.fullName)) {
        name = `${entity.name} ${entity.fullName}`;
      }
      resolved = {
        id: entityId(entity.label, name),
        label: entity.label,
        name: entity.name,
        ...(entity.fullName ? { fullName: entity.fullName } : {}),
      };
    }
    for (const alias of entity.aliases) this.claim(keyOfName(alias), resolved);
    return resolved;
  }

  private registerTask(name: string): ResolvedEntity {
    const key = keyOfName(name);
    const found = this.table.get(key);
    if (found?.label === 'Task') return found;
    const resolved: ResolvedEntity = { id: entityId('Task', name), label: 'Task', name };
    this.claim(key, resolved);
    return resolved;
  }

  /** First claim wins: a name keeps the entity it first resolved to. */
  private claim(key: string, resolved: ResolvedEntity): void {
    if (key && !this.table.has(key)) this.table.set(key, resolved);
  }
}

/** The node of a resolved entity, with the names a paper gave it. */
function entityNode(resolved: ResolvedEntity, aliases: readonly string[]): NodeRecord {
  return {
    label: resolved.label,
    id: resolved.id,
    props: { name: resolved.name, ...(resolved.fullName ? { fullName: resolved.fullName } : {}) },
    aliases: [...new Set(aliases)],
    sources: ['text'],
  };
}

function withoutOwnName(node: NodeRecord): NodeRecord {
  return { ...node, aliases: node.aliases?.filter((alias) => alias !== node.props.name) };
}
