// Compares two plain process maps by id: what was added, removed, changed or only moved.
import type { EdgeId, LaneId, NodeId } from './ids.ts';
import type { Lane, ProcessEdge, ProcessMap, ProcessNode } from './schema.ts';

export interface ItemChange<T extends { id: string }> {
  id: T['id'];
  before: T;
  after: T;
  // What differs, sorted: top-level fields by name ('label', 'x'), attributes as 'attrs.medium'.
  fields: string[];
  // The same fields with their values before and after (absent where the field is not set), for "old → new".
  values: FieldValues[];
}

export interface FieldValues {
  field: string;
  before?: unknown;
  after?: unknown;
}

export interface NodeChange extends ItemChange<ProcessNode> {
  // True when only x, y, w or h differ: the canvas may show it more quietly than a content change.
  moved: boolean;
}

export interface ItemsDiff<T extends { id: string }, C extends ItemChange<T> = ItemChange<T>> {
  added: T[];
  removed: T[];
  changed: C[];
}

export interface DiffCounts {
  added: number;
  removed: number;
  changed: number;
}

export interface ProcessMapDiffSummary {
  // `moved` counts the node changes that are position-only; they are in `changed` as well.
  nodes: DiffCounts & { moved: number };
  edges: DiffCounts;
  lanes: DiffCounts;
  isEmpty: boolean;
}

export interface ProcessMapDiff {
  nodes: ItemsDiff<ProcessNode, NodeChange>;
  edges: ItemsDiff<ProcessEdge>;
  lanes: ItemsDiff<Lane>;
  summary: ProcessMapDiffSummary;
}

export type DiffStatus = 'added' | 'removed' | 'changed' | 'moved';

const GEOMETRY_FIELDS: ReadonlySet<string> = new Set(['x', 'y', 'w', 'h']);

/*
 * Items are matched by id; every list is sorted by id (code units), so equal inputs give equal
 * diffs. `added` holds items as in `after`, `removed` as in `before`; the diff shares these
 * objects with the inputs instead of copying them. Ids are expected to be unique within each
 * list (as `readProcessMap` and `validateProcessMap` guarantee); with duplicates the last wins.
 */
export function diffProcessMaps(before: ProcessMap, after: ProcessMap): ProcessMapDiff {
  const edges = diffItems(before.edges, after.edges);
  const lanes = diffItems(before.lanes, after.lanes);
  const nodeItems = diffItems(before.nodes, after.nodes);
  const nodes: ItemsDiff<ProcessNode, NodeChange> = {
    ...nodeItems,
    changed: nodeItems.changed.map((change) => ({
      ...change,
      moved: change.fields.every((field) => GEOMETRY_FIELDS.has(field)),
    })),
  };
  const summary: ProcessMapDiffSummary = {
    nodes: { ...count(nodes), moved: nodes.changed.filter((change) => change.moved).length },
    edges: count(edges),
    lanes: count(lanes),
    isEmpty: [nodes, edges, lanes].every(isEmptyItemsDiff),
  };
  return { nodes, edges, lanes, summary };
}

/*
 * One status per id for highlighting the canvas: nodes, edges and lanes share the map because
 * their ids come from one random space. A removed item is only in `before`, so a canvas showing
 * `after` has to draw it from `diff.*.removed` to highlight it.
 */
export function diffStatusById(diff: ProcessMapDiff): Map<NodeId | EdgeId | LaneId, DiffStatus> {
  const status = new Map<NodeId | EdgeId | LaneId, DiffStatus>();
  const lists: ItemsDiff<{ id: NodeId | EdgeId | LaneId }>[] = [diff.nodes, diff.edges, diff.lanes];
  for (const list of lists) {
    for (const item of list.added) status.set(item.id, 'added');
    for (const item of list.removed) status.set(item.id, 'removed');
    for (const change of list.changed) status.set(change.id, 'changed');
  }
  for (const change of diff.nodes.changed) if (change.moved) status.set(change.id, 'moved');
  return status;
}

function diffItems<T extends { id: string }>(before: readonly T[], after: readonly T[]): ItemsDiff<T> {
  const beforeById = new Map(before.map((item) => [item.id, item]));
  const afterById = new Map(after.map((item) => [item.id, item]));
  const result: ItemsDiff<T> = { added: [], removed: [], changed: [] };
  for (const [id, old] of beforeById) {
    const next = afterById.get(id);
    if (next === undefined) {
      result.removed.push(old);
      continue;
    }
    const fields = changedFields(old, next);
    if (fields.length > 0)
      result.changed.push({
        id: next.id,
        before: old,
        after: next,
        fields,
        values: valuesOf(old, next, fields),
      });
  }
  for (const [id, item] of afterById) if (!beforeById.has(id)) result.added.push(item);
  result.added.sort(byId);
  result.removed.sort(byId);
  result.changed.sort(byId);
  return result;
}

/*
 * Nested records (a node's `attrs`) are compared key by key and named with dotted paths. An edge's
 * `waypoints` are left out: a route is where a line is drawn, and follows its nodes' moves, which
 * the diff shows already; tidying up would otherwise mark every connection as changed.
 */
function changedFields(before: object, after: object, prefix = ''): string[] {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return keys.flatMap((key): string[] => {
    if (prefix === '' && (key === 'id' || key === 'waypoints')) return [];
    const path = prefix + key;
    const [x, y] = [a[key], b[key]];
    if (isRecord(x) && isRecord(y)) return changedFields(x, y, `${path}.`);
    return x === y ? [] : [path];
  });
}

function valuesOf(before: object, after: object, fields: readonly string[]): FieldValues[] {
  return fields.map((field) => {
    const entry: FieldValues = { field };
    const [old, next] = [valueAt(before, field), valueAt(after, field)];
    if (old !== undefined) entry.before = old;
    if (next !== undefined) entry.after = next;
    return entry;
  });
}

function valueAt(item: object, path: string): unknown {
  let current: unknown = item;
  for (const key of path.split('.')) {
    if (!isRecord(current)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function isRecord(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function count(diff: ItemsDiff<{ id: string }>): DiffCounts {
  return { added: diff.added.length, removed: diff.removed.length, changed: diff.changed.length };
}

function isEmptyItemsDiff(diff: ItemsDiff<{ id: string }>): boolean {
  return diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0;
}

// Plain code-unit comparison, not localeCompare: the order must not depend on the reader's locale.
function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
