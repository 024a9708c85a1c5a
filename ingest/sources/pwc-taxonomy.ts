import type { EndpointRef } from '../../core/graph-records.js';
import { nodeType } from '../../core/node-types.js';
import { slug } from '../../core/slug.js';
import type { BatchBuilder } from './pwc-batch.js';
import type { Fields } from './pwc-fields.js';

/**
 * The Papers with Code methods taxonomy: a method sits in collections ("Regularization",
 * "Convolutional Neural Networks"), each collection in an area ("General", "Computer Vision"):
 * (Method|Model)-[:IN_COLLECTION]->(Collection)-[:IN_AREA]->(Area). Collections are keyed by
 * name, areas by the dump's `area_id` or else the slug of their name, which the dumps make alike
 * ("computer-vision" for "Computer Vision"), so the methods dump and the papers dump's
 * `main_collection` name one node.
 */
export interface CollectionEntry {
  name: string;
  area?: string;
  areaId?: string;
  description?: string;
}

/** `collections` items: `{collection, area_id, area}` objects or bare names. */
export function collectionEntries(record: Fields, field: string): CollectionEntry[] {
  return record.list(field).flatMap((item, i): CollectionEntry[] => {
    if (item === null) return [];
    if (typeof item === 'string') return item.trim() ? [{ name: item.trim() }] : [];
    const fields = record.objectAt(field, i, 'collection');
    const name = fields.text('collection') ?? fields.text('name');
    if (!name) return [];
    return [entry(name, fields.text('area'), fields.text('area_id'), fields.text('description'))];
  });
}

/** The papers dump's `main_collection`: `{name, description, parent, area}`, or null. */
export function mainCollection(method: Fields): CollectionEntry | undefined {
  const fields = method.object('main_collection');
  const name = fields?.text('name');
  return fields && name ? entry(name, fields.text('area'), undefined, fields.text('description')) : undefined;
}

/** Adds the collection and its area, and the method's IN_COLLECTION edge. */
export function addToCollection(builder: BatchBuilder, method: EndpointRef, collection: CollectionEntry, source: string): void {
  const id = `${nodeType('Collection').keyPrefix}:${slug(collection.name)}`;
  if (id === `${nodeType('Collection').keyPrefix}:`) return;
  const ref = builder.node({ label: 'Collection', id, props: { name: collection.name, description: collection.description ?? null }, sources: [source] });
  builder.edge({ type: 'IN_COLLECTION', from: method, to: ref, key: '', props: { source } });
  const areaKey = slug(collection.areaId ?? collection.area ?? '');
  if (!collection.area || !areaKey) return;
  const area = builder.node({ label: 'Area', id: `${nodeType('Area').keyPrefix}:${areaKey}`, props: { name: collection.area }, sources: [source] });
  builder.edge({ type: 'IN_AREA', from: ref, to: area, key: '', props: { source } });
}

function entry(name: string, area: string | undefined, areaId: string | undefined, description: string | undefined): CollectionEntry {
  return { name, ...(area ? { area } : {}), ...(areaId ? { areaId } : {}), ...(description ? { description } : {}) };
}
