// Mutations of swimlanes: add, rename, reorder, resize, delete (its nodes leave the lane).
import * as Y from 'yjs';
import { getLanes, getNodes, getPools } from './doc.ts';
import { requireEntry, setField } from './fields.ts';
import { asLaneId, newId } from './ids.ts';
import type { LaneId, PoolId } from './ids.ts';
import { LOCAL_ORIGIN } from './origin.ts';
import { DEFAULT_LANE_SIZE } from './schema.ts';
import type { LaneKind } from './schema.ts';
import { coordinateSchema, dimensionSchema, labelSchema, laneKindSchema, parseOrThrow } from './validate.ts';

export interface NewLane {
  label: string;
  kind: LaneKind;
  order?: number;
  size?: number;
  poolId?: PoolId;
}

// Without an order the lane goes below all existing lanes.
export function addLane(doc: Y.Doc, input: NewLane, origin: unknown = LOCAL_ORIGIN): LaneId {
  const label = parseOrThrow(labelSchema, input.label, 'invalid-input', 'label');
  const kind = parseOrThrow(laneKindSchema, input.kind, 'invalid-kind', 'lane kind');
  const size = parseOrThrow(dimensionSchema, input.size ?? DEFAULT_LANE_SIZE, 'invalid-input', 'size');
  const order =
    input.order === undefined
      ? nextLaneOrder(getLanes(doc))
      : parseOrThrow(coordinateSchema, input.order, 'invalid-input', 'order');
  if (input.poolId !== undefined) requireEntry(getPools(doc), input.poolId, 'unknown-pool');

  const id = asLaneId(newId());
  doc.transact(() => {
    const lane = new Y.Map<unknown>();
    getLanes(doc).set(id, lane);
    lane.set('label', label);
    lane.set('kind', kind);
    lane.set('order', order);
    lane.set('size', size);
    setField(lane, 'poolId', input.poolId);
  }, origin);
  return id;
}

export function renameLane(doc: Y.Doc, id: LaneId, label: string, origin: unknown = LOCAL_ORIGIN): void {
  const parsed = parseOrThrow(labelSchema, label, 'invalid-input', 'label');
  const lane = requireEntry(getLanes(doc), id, 'unknown-lane');
  doc.transact(() => setField(lane, 'label', parsed), origin);
}

export function reorderLane(doc: Y.Doc, id: LaneId, order: number, origin: unknown = LOCAL_ORIGIN): void {
  const parsed = parseOrThrow(coordinateSchema, order, 'invalid-input', 'order');
  const lane = requireEntry(getLanes(doc), id, 'unknown-lane');
  doc.transact(() => setField(lane, 'order', parsed), origin);
}

export function resizeLane(doc: Y.Doc, id: LaneId, size: number, origin: unknown = LOCAL_ORIGIN): void {
  const parsed = parseOrThrow(dimensionSchema, size, 'invalid-input', 'size');
  const lane = requireEntry(getLanes(doc), id, 'unknown-lane');
  doc.transact(() => setField(lane, 'size', parsed), origin);
}

// Nodes keep their place but leave the lane, in the same transaction.
export function deleteLane(doc: Y.Doc, id: LaneId, origin: unknown = LOCAL_ORIGIN): void {
  const lanes = getLanes(doc);
  requireEntry(lanes, id, 'unknown-lane');
  doc.transact(() => {
    for (const node of getNodes(doc).values()) {
      if (node instanceof Y.Map && node.get('laneId') === id) node.delete('laneId');
    }
    lanes.delete(id);
  }, origin);
}

function nextLaneOrder(lanes: Y.Map<unknown>): number {
  let max = -1;
  for (const lane of lanes.values()) {
    const order = lane instanceof Y.Map ? lane.get('order') : undefined;
    if (typeof order === 'number' && Number.isFinite(order)) max = Math.max(max, order);
  }
  return Math.floor(max) + 1;
}
