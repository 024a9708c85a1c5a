import { NOT_READ, type NodeRow, type NotRead } from '../graph/rows.js';
import type { Context } from './context.js';
import { NODE_REFS } from './refs.js';

/**
 * An optional property of a row (all but its key and name: a paper's abstract or date, an
 * entity's aliases or sources): the row's own where its query read it; else the whole node's,
 * loaded by key through the node type's DataLoader. A query reads optional properties only
 * where it sees the request ask for them (src/api/node-selection.ts); a selection it does not
 * see (a fragment on an interface or a union, say) costs one batched query more per request,
 * never a wrong answer.
 */
export async function optionalProperty<Row extends NodeRow, T>(row: Row, ctx: Context, pick: (row: Row) => T | NotRead): Promise<T> {
  const own = pick(row);
  if (own !== NOT_READ) return own;
  const whole = await NODE_REFS[row.label].getDataloader(ctx).load(row.id);
  // The loader's rows come from the same label's whole projection; another label would be a bug.
  if (!sameLabel(whole, row)) throw new Error(`the node loader answered ${row.id} with a ${whole.label} node`);
  const loaded = pick(whole);
  if (loaded === NOT_READ) throw new Error(`the node loader left a property of ${row.id} out`);
  return loaded;
}

function sameLabel<Row extends NodeRow>(node: NodeRow, row: Row): node is Row {
  return node.label === row.label;
}
