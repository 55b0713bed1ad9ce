// Mutations of pools (BPMN participants): add, rename, turn, delete, and which pool a lane belongs to.
import * as Y from 'yjs';
import { getEdges, getLanes, getPools } from './doc.ts';
import { requireEntry, setField } from './fields.ts';
import { asPoolId, newId } from './ids.ts';
import type { LaneId, PoolId } from './ids.ts';
import { LOCAL_ORIGIN } from './origin.ts';
import type { PoolOrientation } from './schema-bpmn.ts';
import { labelSchema, parseOrThrow, poolOrientationSchema } from './validate.ts';

export interface NewPool {
  label: string;
  orientation?: PoolOrientation;
}

export function addPool(doc: Y.Doc, input: NewPool, origin: unknown = LOCAL_ORIGIN): PoolId {
  const label = parseOrThrow(labelSchema, input.label, 'invalid-input', 'label');
  const orientation = parseOrThrow(
    poolOrientationSchema,
    input.orientation ?? 'horizontal',
    'invalid-input',
    'orientation',
  );
  const id = asPoolId(newId());
  doc.transact(() => {
    const pool = new Y.Map<unknown>();
    getPools(doc).set(id, pool);
    pool.set('label', label);
    pool.set('orientation', orientation);
  }, origin);
  return id;
}

export function renamePool(doc: Y.Doc, id: PoolId, label: string, origin: unknown = LOCAL_ORIGIN): void {
  const parsed = parseOrThrow(labelSchema, label, 'invalid-input', 'label');
  const pool = requireEntry(getPools(doc), id, 'unknown-pool');
  doc.transact(() => setField(pool, 'label', parsed), origin);
}

export function setPoolOrientation(
  doc: Y.Doc,
  id: PoolId,
  orientation: PoolOrientation,
  origin: unknown = LOCAL_ORIGIN,
): void {
  const parsed = parseOrThrow(poolOrientationSchema, orientation, 'invalid-input', 'orientation');
  const pool = requireEntry(getPools(doc), id, 'unknown-pool');
  doc.transact(() => setField(pool, 'orientation', parsed), origin);
}

// `null` takes the lane out of its pool.
export function setLanePool(
  doc: Y.Doc,
  laneId: LaneId,
  poolId: PoolId | null,
  origin: unknown = LOCAL_ORIGIN,
): void {
  const lane = requireEntry(getLanes(doc), laneId, 'unknown-lane');
  if (poolId !== null) requireEntry(getPools(doc), poolId, 'unknown-pool');
  doc.transact(() => setField(lane, 'poolId', poolId), origin);
}

// Its lanes stay (they leave the pool); message edges to or from the pool itself go, in the same transaction.
export function deletePool(doc: Y.Doc, id: PoolId, origin: unknown = LOCAL_ORIGIN): void {
  const pools = getPools(doc);
  requireEntry(pools, id, 'unknown-pool');
  doc.transact(() => {
    for (const lane of getLanes(doc).values()) {
      if (lane instanceof Y.Map && lane.get('poolId') === id) lane.delete('poolId');
    }
    const edges = getEdges(doc);
    for (const [edgeId, edge] of edges.entries()) {
      if (edge instanceof Y.Map && (edge.get('source') === id || edge.get('target') === id))
        edges.delete(edgeId);
    }
    pools.delete(id);
  }, origin);
}
