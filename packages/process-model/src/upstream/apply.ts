// Takes chosen changes of the origin over into a variant's live map: a three-way merge written as one transaction.
import * as Y from 'yjs';
import { EDGES_KEY, LANES_KEY, NODES_KEY } from '../doc.ts';
import { LOCAL_ORIGIN } from '../origin.ts';
import { upstreamChanges, endpoints, type UpstreamChange } from './changes.ts';
import { readMapRecords, sameValue, valueAtPath, type MapRecords } from './records.ts';

/** Both versions of the origin, read once: a server can keep them for every variant based on the same pair. */
export interface UpstreamVersions {
  base: MapRecords;
  theirs: MapRecords;
  /** The newer version's document itself: values are copied from it, shared types (Y.Array…) included. */
  theirsDoc: Y.Doc;
}

export function readUpstreamVersions(base: Y.Doc, theirs: Y.Doc): UpstreamVersions {
  return { base: readMapRecords(base), theirs: readMapRecords(theirs), theirsDoc: theirs };
}

export type SkipReason = 'collision' | 'already-applied';

export interface UpstreamApplyResult {
  /** Changes written, including the steps an added connection needed. */
  applied: string[];
  /** Chosen (or, without a choice, offered) changes that were not written, and why. */
  skipped: { id: string; reason: SkipReason }[];
}

/*
 * `chosen`: the change ids to take over; a colliding one among them means "take theirs" for that element.
 * Without `chosen`, every change that does not collide is taken. Ids that are not changes are ignored (the
 * caller checks them against `upstreamChangeIds`). Only what the origin changed is written, field by field,
 * and only where the variant still has the based-on value, so the variant's own changes and everyone's
 * concurrent edits stay; it never resets the map. Runs as one transaction with `origin`, so a per-user
 * Y.UndoManager that tracks it takes the whole merge back in one step.
 */
export function applyUpstreamChanges(
  doc: Y.Doc,
  versions: UpstreamVersions,
  chosen?: readonly string[],
  origin: unknown = LOCAL_ORIGIN,
): UpstreamApplyResult {
  const { base: baseRecords, theirs: theirsRecords, theirsDoc: theirs } = versions;
  const result: UpstreamApplyResult = { applied: [], skipped: [] };
  doc.transact(() => {
    const changes = upstreamChanges(baseRecords, theirsRecords, readMapRecords(doc));
    const explicit = new Set(chosen ?? []);
    const byId = new Map(changes.map((change) => [change.id, change]));
    const selected = new Set<string>();
    for (const change of changes) {
      if (chosen !== undefined && !explicit.has(change.id)) continue;
      if (change.alreadyApplied) result.skipped.push({ id: change.id, reason: 'already-applied' });
      else if (change.collision !== null && !explicit.has(change.id))
        result.skipped.push({ id: change.id, reason: 'collision' });
      else for (const id of [change.id, ...change.requires]) if (byId.has(id)) selected.add(id);
    }
    const writer = createWriter(doc, theirs, theirsRecords);
    // Lanes before steps before connections when adding; the reverse when removing.
    const order = (change: UpstreamChange) =>
      containerRank(change.container) * (change.kind === 'removed' ? -1 : 1);
    const toWrite = changes.filter((change) => selected.has(change.id)).sort((a, b) => order(a) - order(b));
    for (const change of toWrite) {
      writer.write(change, explicit.has(change.id));
      result.applied.push(change.id);
    }
  }, origin);
  result.applied.sort(compareIds);
  result.skipped.sort((a, b) => compareIds(a.id, b.id));
  return result;
}

function containerRank(container: string): number {
  if (container === LANES_KEY) return 1;
  if (container === NODES_KEY) return 2;
  if (container === EDGES_KEY) return 3;
  return 4;
}

function createWriter(doc: Y.Doc, theirs: Y.Doc, theirsRecords: MapRecords) {
  const theirEntry = (container: string, id: string): Y.Map<unknown> | undefined => {
    const entry = theirs.getMap<unknown>(container).get(id);
    return entry instanceof Y.Map ? (entry as Y.Map<unknown>) : undefined;
  };
  const copyFromTheirs = (container: string, id: string) => {
    const entry = theirEntry(container, id);
    if (entry) doc.getMap<unknown>(container).set(id, entry.clone());
  };

  const remove = (change: UpstreamChange) => {
    if (change.container === NODES_KEY) {
      // As deleteNode does: a step goes with its connections, ours included.
      const edges = doc.getMap<unknown>(EDGES_KEY);
      for (const [edgeId, edge] of [...edges.entries()]) {
        if (edge instanceof Y.Map && [edge.get('source'), edge.get('target')].includes(change.id))
          edges.delete(edgeId);
      }
    }
    if (change.container === LANES_KEY) {
      // As deleteLane does: steps keep their place and leave the lane.
      for (const node of doc.getMap<unknown>(NODES_KEY).values()) {
        if (node instanceof Y.Map && node.get('laneId') === change.id) node.delete('laneId');
      }
    }
    doc.getMap<unknown>(change.container).delete(change.id);
  };

  const update = (change: UpstreamChange, takeTheirs: boolean) => {
    const ours = doc.getMap<unknown>(change.container).get(change.id);
    const source = theirEntry(change.container, change.id);
    if (!(ours instanceof Y.Map) || !source) {
      copyFromTheirs(change.container, change.id);
      return;
    }
    for (const field of change.fields) {
      if (field.collides && !takeTheirs) continue;
      if (sameValue(field.ours, field.after) && 'ours' in field === 'after' in field) continue;
      setAtPath(ours as Y.Map<unknown>, field.field, valueAtPath(source, field.field));
    }
  };

  return {
    write(change: UpstreamChange, takeTheirs: boolean): void {
      if (change.kind === 'removed') remove(change);
      else if (change.kind === 'added') {
        if (change.container === EDGES_KEY) {
          // Taking theirs for a connection to a step deleted here brings that step back too.
          const nodes = doc.getMap<unknown>(NODES_KEY);
          const edge = theirsRecords.get(EDGES_KEY)?.get(change.id);
          for (const end of edge ? endpoints(edge) : []) if (!nodes.has(end)) copyFromTheirs(NODES_KEY, end);
        }
        copyFromTheirs(change.container, change.id);
      } else update(change, takeTheirs);
    },
  };
}

/** Writes a value at a dotted path, creating the nested maps on the way; undefined removes the key. */
function setAtPath(entry: Y.Map<unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop();
  if (last === undefined) return;
  let map = entry;
  for (const key of keys) {
    let next = map.get(key);
    if (!(next instanceof Y.Map)) {
      if (value === undefined) return;
      next = new Y.Map<unknown>();
      map.set(key, next);
    }
    map = next as Y.Map<unknown>;
  }
  if (value === undefined) map.delete(last);
  else map.set(last, value instanceof Y.AbstractType ? value.clone() : value);
}

// Plain code-unit comparison, not localeCompare: the order must not depend on the reader's locale.
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
