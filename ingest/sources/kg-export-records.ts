import { EDGE_TYPES, type EdgeRecord, type EndpointRef, type NodeRecord, type Properties } from '../../core/graph-records.js';
import { isNodeLabel } from '../../core/labels.js';
import { asProperties, asTexts } from '../export/property-value.js';
import { jsonObjectLine } from './json-object-line.js';

/**
 * One line of a `kg export`'s graph files as the record it holds, checked field by field:
 * a label or type the declarations do not know, a property no graph can hold, or a field too
 * many is bad input (`fail` names the file and line), never a half-right record.
 */

type Fail = (reason: string) => never;

const NODE_FIELDS = new Set(['label', 'id', 'props', 'aliases', 'sources', 'nameKeys']);
const EDGE_FIELDS = new Set(['type', 'from', 'to', 'key', 'props']);

export function nodeRecordOfLine(text: string, fail: Fail): NodeRecord {
  const fields = jsonObjectLine(text, fail);
  onlyFields(fields, NODE_FIELDS, 'a node record', fail);
  const { label, id } = fields;
  if (typeof label !== 'string' || !isNodeLabel(label)) fail(`unknown node label ${JSON.stringify(label)}`);
  if (typeof id !== 'string' || id === '') fail('node record without a text "id"');
  const record: NodeRecord = { label, id, props: propertiesOf(fields.props, fail) };
  for (const list of ['aliases', 'sources', 'nameKeys'] as const) {
    if (fields[list] === undefined) continue;
    const texts = asTexts(fields[list]);
    if (!texts) fail(`"${list}" of ${label} ${id} must be a list of texts`);
    record[list] = texts;
  }
  return record;
}

export function edgeRecordOfLine(text: string, fail: Fail): EdgeRecord {
  const fields = jsonObjectLine(text, fail);
  onlyFields(fields, EDGE_FIELDS, 'an edge record', fail);
  const type = EDGE_TYPES.find((candidate) => candidate === fields.type);
  if (!type) fail(`unknown relationship type ${JSON.stringify(fields.type)}`);
  if (typeof fields.key !== 'string') fail('edge record without a text "key"');
  return { type, from: endpointOf(fields.from, 'from', fail), to: endpointOf(fields.to, 'to', fail), key: fields.key, props: propertiesOf(fields.props, fail) };
}

function endpointOf(value: unknown, side: string, fail: Fail): EndpointRef {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(`"${side}" must be an object {label, id}`);
  const { label, id } = Object.fromEntries(Object.entries(value));
  if (typeof label !== 'string' || !isNodeLabel(label)) fail(`"${side}" has an unknown node label ${JSON.stringify(label)}`);
  if (typeof id !== 'string' || id === '') fail(`"${side}" has no text "id"`);
  return { label, id };
}

function propertiesOf(value: unknown, fail: Fail): Properties {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail('"props" must be an object');
  const checked = asProperties(Object.fromEntries(Object.entries(value)));
  if ('invalid' in checked) fail(`property "${checked.invalid}" is not a text, a number, a boolean or a list of texts or of numbers`);
  return checked.props;
}

function onlyFields(fields: Record<string, unknown>, allowed: ReadonlySet<string>, what: string, fail: Fail): void {
  const extra = Object.keys(fields).find((key) => !allowed.has(key));
  if (extra !== undefined) fail(`"${extra}" is not a field of ${what}`);
}
