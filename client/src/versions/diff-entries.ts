// Flattens a map diff into named list entries: one per added, removed, changed or moved node, edge and lane.
import type {
  DiffStatus,
  FieldValues,
  ItemsDiff,
  ProcessMap,
  ProcessMapDiff,
} from '@prozesswerk/process-model';

/** `values`: each changed field with its value before and after, for "old → new". */
export type DiffEntry = {
  id: string;
  status: DiffStatus;
  name: string;
  fields: string[];
  values: FieldValues[];
};

function entriesOf<T extends { id: string }>(
  items: ItemsDiff<T>,
  name: (item: T) => string,
  moved: (id: string) => boolean = () => false,
): DiffEntry[] {
  return [
    ...items.added.map((item) => ({
      id: item.id,
      status: 'added' as const,
      name: name(item),
      fields: [],
      values: [],
    })),
    ...items.removed.map((item) => ({
      id: item.id,
      status: 'removed' as const,
      name: name(item),
      fields: [],
      values: [],
    })),
    ...items.changed.map((change) => ({
      id: change.id,
      status: moved(change.id) ? ('moved' as const) : ('changed' as const),
      name: name(change.after),
      fields: change.fields,
      values: change.values,
    })),
  ];
}

export function diffEntries(
  diff: ProcessMapDiff,
  before: ProcessMap,
  after: ProcessMap,
  edgeName: (source: string, target: string) => string,
): {
  nodes: DiffEntry[];
  edges: DiffEntry[];
  lanes: DiffEntry[];
  nameOf: (id: string) => string | undefined;
} {
  const labels = new Map<string, string>();
  for (const node of [...before.nodes, ...after.nodes]) labels.set(node.id, node.label);
  for (const lane of [...before.lanes, ...after.lanes]) labels.set(lane.id, lane.label);
  const moved = new Set<string>(
    diff.nodes.changed.filter((change) => change.moved).map((change) => change.id),
  );
  return {
    nodes: entriesOf(
      diff.nodes,
      (node) => node.label,
      (id) => moved.has(id),
    ),
    edges: entriesOf(diff.edges, (edge) => {
      const name = edgeName(labels.get(edge.source) ?? '?', labels.get(edge.target) ?? '?');
      return edge.label ? `${name} („${edge.label}“)` : name;
    }),
    lanes: entriesOf(diff.lanes, (lane) => lane.label),
    nameOf: (id) => labels.get(id),
  };
}
