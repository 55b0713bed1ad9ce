// A small grid on top of the process model for writing demo maps: lanes as bands, nodes by row and column.
import type * as Y from 'yjs';
import {
  addLane,
  addNode,
  connect,
  type ActivityAttrs,
  type LaneId,
  type NewNode,
  type NodeId,
} from '@prozesswerk/process-model';

const LANE_HEIGHT = 260;
const COLUMN_WIDTH = 210;
// A node's top edge within its lane: the main row, or a second row under it for detours such as rework.
const ROW_OFFSET = { main: 60, below: 170 } as const;

export type LaneKind = 'role' | 'orgUnit' | 'external';
export type Place = { lane: LaneId; column: number; below?: boolean };

export type MapBuilder = {
  lane(label: string, kind: LaneKind): LaneId;
  node(kind: NewNode['kind'], label: string, place: Place, attrs?: ActivityAttrs): NodeId;
  flow(source: NodeId, target: NodeId, label?: string): void;
};

/** Writes into `doc`; lanes are stacked in the order they are added, and each node sits in its lane's band. */
export function createMapBuilder(doc: Y.Doc): MapBuilder {
  const rows = new Map<LaneId, number>();
  return {
    lane(label, kind) {
      const order = rows.size;
      const id = addLane(doc, { label, kind, order, size: LANE_HEIGHT });
      rows.set(id, order);
      return id;
    },
    node(kind, label, { lane, column, below = false }, attrs) {
      const row = rows.get(lane) ?? 0;
      return addNode(doc, {
        kind,
        label,
        x: 60 + column * COLUMN_WIDTH,
        y: row * LANE_HEIGHT + (below ? ROW_OFFSET.below : ROW_OFFSET.main),
        laneId: lane,
        ...(attrs ? { attrs } : {}),
      });
    },
    flow(source, target, label) {
      connect(doc, { source, target, ...(label ? { label } : {}) });
    },
  };
}
