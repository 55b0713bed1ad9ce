// Three-way comparison for a variant that follows its origin: what the origin changed since the version the
// variant is based on, each field old → new, and which of those changes collide with the variant's own.
import { EDGES_KEY, LANES_KEY, NODES_KEY } from '../doc.ts';
import { KNOWN_CONTAINERS, sameValue, type ElementFields, type MapRecords } from './records.ts';

export const UPSTREAM_CHANGE_KINDS = ['added', 'removed', 'changed', 'moved'] as const;
export type UpstreamChangeKind = (typeof UPSTREAM_CHANGE_KINDS)[number];

/*
 * same-field: both sides changed a field to different values. removed-here: the origin changed an element
 * the variant deleted. changed-here: the origin deleted an element the variant changed. connected-here: the
 * origin deleted a step the variant connected anew. endpoint-removed-here: the origin connected a step the
 * variant deleted.
 */
export const COLLISION_REASONS = [
  'same-field',
  'removed-here',
  'changed-here',
  'connected-here',
  'endpoint-removed-here',
] as const;
export type CollisionReason = (typeof COLLISION_REASONS)[number];

/** One field of an element: its value in the based-on version (`before`), at the origin now (`after`) and here. */
export interface FieldChange {
  field: string;
  /** Absent when the field did not exist. */
  before?: unknown;
  after?: unknown;
  ours?: unknown;
  /** The variant changed this field too, to something else. */
  collides: boolean;
}

export interface UpstreamChange {
  /** The element's id: steps, connections and lanes share one random id space, so it names the change. */
  id: string;
  /** The container the element lives in: 'nodes', 'edges', 'lanes' or one a newer schema added. */
  container: string;
  element: 'node' | 'edge' | 'lane' | 'other';
  kind: UpstreamChangeKind;
  /** The element's name for people: its label, or "source → target" for an unlabelled connection. */
  name: string;
  /** Element kind as stored (activity, decision, sequence…), if any. */
  elementKind?: string;
  /** Added: every field as the origin has it; removed: every field as it was; changed: the differing ones. */
  fields: FieldChange[];
  collision: CollisionReason | null;
  /** The variant already has this change (the same values, or the element already added or removed). */
  alreadyApplied: boolean;
  /** Other changes this one cannot do without: an added connection needs its added steps. */
  requires: string[];
}

const GEOMETRY_FIELDS: ReadonlySet<string> = new Set(['x', 'y', 'w', 'h']);

// A connection's drawn route follows its steps (see edge-route.ts): never a change of its own to review.
const isRoute = (container: string, field: string) => container === EDGES_KEY && field === 'waypoints';
const EMPTY: ReadonlyMap<string, ElementFields> = new Map();

/** Every difference between `base` and `theirs`, judged against `ours`; sorted by container, then id. */
export function upstreamChanges(base: MapRecords, theirs: MapRecords, ours: MapRecords): UpstreamChange[] {
  const names = createNames(base, theirs, ours);
  const changes: UpstreamChange[] = [];
  for (const container of containerNames(base, theirs)) {
    const [b, t, o] = [base, theirs, ours].map((records) => records.get(container) ?? EMPTY) as [
      ReadonlyMap<string, ElementFields>,
      ReadonlyMap<string, ElementFields>,
      ReadonlyMap<string, ElementFields>,
    ];
    const ids = [...new Set([...b.keys(), ...t.keys()])].sort(compareIds);
    for (const id of ids) {
      const context = { container, id, base, theirs, ours, names };
      const [was, now, here] = [b.get(id), t.get(id), o.get(id)];
      const change =
        was === undefined && now !== undefined
          ? added(context, now, here)
          : was !== undefined && now === undefined
            ? removed(context, was, here)
            : was !== undefined && now !== undefined
              ? changed(context, was, now, here)
              : undefined;
      if (change) changes.push(change);
    }
  }
  return changes;
}

/** The ids that differ between two versions, whatever the variant did: the valid choices for applying. */
export function upstreamChangeIds(base: MapRecords, theirs: MapRecords): Set<string> {
  return new Set(upstreamChanges(base, theirs, new Map()).map((change) => change.id));
}

type Context = {
  container: string;
  id: string;
  base: MapRecords;
  theirs: MapRecords;
  ours: MapRecords;
  names: Names;
};

function describe(context: Context, fields: ElementFields): Omit<UpstreamChange, 'kind' | 'fields'> {
  const kind = fields.get('kind');
  return {
    id: context.id,
    container: context.container,
    element: elementOf(context.container),
    name: context.names.of(context.container, fields),
    ...(typeof kind === 'string' ? { elementKind: kind } : {}),
    collision: null,
    alreadyApplied: false,
    requires: [],
  };
}

function added(context: Context, now: ElementFields, here: ElementFields | undefined): UpstreamChange {
  const fields = [...now].map(([field, after]) => ({ field, after, collides: false }));
  const change: UpstreamChange = { ...describe(context, now), kind: 'added', fields };
  change.alreadyApplied = here !== undefined;
  if (context.container === EDGES_KEY && !change.alreadyApplied) {
    const baseNodes = context.base.get(NODES_KEY) ?? EMPTY;
    const ourNodes = context.ours.get(NODES_KEY) ?? EMPTY;
    for (const end of endpoints(now)) {
      if (ourNodes.has(end)) continue;
      if (baseNodes.has(end)) change.collision = 'endpoint-removed-here';
      else change.requires.push(end);
    }
  }
  return change;
}

function removed(context: Context, was: ElementFields, here: ElementFields | undefined): UpstreamChange {
  const fields = [...was].map(([field, before]) => ({ field, before, collides: false }));
  const change: UpstreamChange = { ...describe(context, was), kind: 'removed', fields };
  if (here === undefined) {
    change.alreadyApplied = true;
    return change;
  }
  // Moving a step the origin removed is layout, not a decision: only content changes collide.
  if (
    changedFields(was, here).some(
      (field) => !GEOMETRY_FIELDS.has(field) && !isRoute(context.container, field),
    )
  )
    change.collision = 'changed-here';
  else if (context.container === NODES_KEY && connectedHere(context)) change.collision = 'connected-here';
  return change;
}

function changed(
  context: Context,
  was: ElementFields,
  now: ElementFields,
  here: ElementFields | undefined,
): UpstreamChange | undefined {
  const differing = changedFields(was, now).filter((field) => !isRoute(context.container, field));
  if (differing.length === 0) return undefined;
  const moved = context.container === NODES_KEY && differing.every((field) => GEOMETRY_FIELDS.has(field));
  const fields: FieldChange[] = differing.map((field) => {
    const entry: FieldChange = { field, collides: false };
    if (was.has(field)) entry.before = was.get(field);
    if (now.has(field)) entry.after = now.get(field);
    if (here?.has(field)) entry.ours = here.get(field);
    if (here) {
      const [b, t, o] = [was.get(field), now.get(field), here.get(field)];
      entry.collides = !sameValue(o, b) && !sameValue(o, t);
    }
    return entry;
  });
  const change: UpstreamChange = { ...describe(context, now), kind: moved ? 'moved' : 'changed', fields };
  if (here === undefined) change.collision = 'removed-here';
  else if (fields.some((field) => field.collides)) change.collision = 'same-field';
  else
    change.alreadyApplied = fields.every((field) => sameValue(here.get(field.field), now.get(field.field)));
  return change;
}

/** Whether the variant added a connection to this step since the based-on version. */
function connectedHere({ id, base, ours }: Context): boolean {
  const baseEdges = base.get(EDGES_KEY) ?? EMPTY;
  for (const [edgeId, edge] of ours.get(EDGES_KEY) ?? EMPTY) {
    if (!baseEdges.has(edgeId) && endpoints(edge).includes(id)) return true;
  }
  return false;
}

export function endpoints(edge: ElementFields): string[] {
  return [edge.get('source'), edge.get('target')].filter((end): end is string => typeof end === 'string');
}

/** Paths whose values differ, sorted. */
export function changedFields(a: ElementFields, b: ElementFields): string[] {
  // Most elements of two versions are equal: answer those without building sets and arrays.
  if (a.size === b.size && [...a].every(([path, value]) => sameValue(value, b.get(path)) && b.has(path)))
    return [];
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths]
    .filter((path) => !sameValue(a.get(path), b.get(path)) || a.has(path) !== b.has(path))
    .sort(compareIds);
}

function containerNames(...records: MapRecords[]): string[] {
  const others = new Set<string>();
  for (const map of records)
    for (const name of map.keys()) if (!KNOWN_CONTAINERS.includes(name)) others.add(name);
  return [...KNOWN_CONTAINERS, ...[...others].sort(compareIds)];
}

function elementOf(container: string): UpstreamChange['element'] {
  if (container === NODES_KEY) return 'node';
  if (container === EDGES_KEY) return 'edge';
  if (container === LANES_KEY) return 'lane';
  return 'other';
}

/** Names for people; a connection's steps are looked up where they exist newest: the origin now, here, before. */
type Names = { of(container: string, fields: ElementFields): string };

function createNames(base: MapRecords, theirs: MapRecords, ours: MapRecords): Names {
  const nodeLabel = (id: string): string => {
    for (const records of [theirs, ours, base]) {
      const label = records.get(NODES_KEY)?.get(id)?.get('label');
      if (typeof label === 'string') return label;
    }
    return '';
  };
  return {
    of(container, fields) {
      const label = fields.get('label');
      if (typeof label === 'string' && label.trim() !== '') return label;
      if (container !== EDGES_KEY) return '';
      const [source, target] = [fields.get('source'), fields.get('target')].map((end) =>
        typeof end === 'string' ? nodeLabel(end) : '',
      );
      return `${source || '?'} → ${target || '?'}`;
    },
  };
}

// Plain code-unit comparison, not localeCompare: the order must not depend on the reader's locale.
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
