// The first lane drawn on a map that already has steps takes them in, as a pool's only lane holds everything.
import * as Y from 'yjs';
import { getNodes } from './doc.ts';
import type { LaneId } from './ids.ts';
import { LANE_PADDING, fitLanes } from './lane-fit.ts';
import { LOCAL_ORIGIN } from './origin.ts';
import { readProcessMap } from './read.ts';
import type { ReadNodeKind } from './schema.ts';

// Notes and groups comment on the map; nobody "does" them, so they join no lane.
const ANNOTATIONS: ReadonlySet<ReadNodeKind> = new Set(['note', 'group']);

/*
 * When `laneId` is the map's only lane and no pool exists, every step joins it: the whole map shifts down (keeping
 * its layout) until its top step clears the lane's top edge, and the lane grows to hold the lowest one. Otherwise
 * nothing changes. Runs in the caller's transaction when there is one, so adding the lane stays one undo step.
 */
export function takeIntoFirstLane(doc: Y.Doc, laneId: LaneId, origin: unknown = LOCAL_ORIGIN): void {
  const map = readProcessMap(doc);
  if (map.lanes.length !== 1 || map.lanes[0]?.id !== laneId || (map.pools?.length ?? 0) > 0) return;
  const steps = map.nodes.filter((node) => node.laneId === undefined && !ANNOTATIONS.has(node.kind));
  if (steps.length === 0) return;
  const top = Math.min(...map.nodes.map((node) => node.y));
  const dy = Math.max(0, LANE_PADDING - top);
  const joining = new Set<string>(steps.map((node) => node.id));
  doc.transact(() => {
    const nodes = getNodes(doc);
    for (const node of map.nodes) {
      const entry = nodes.get(node.id);
      if (!(entry instanceof Y.Map)) continue;
      if (dy !== 0) entry.set('y', node.y + dy);
      if (joining.has(node.id)) entry.set('laneId', laneId);
    }
    fitLanes(doc, joining, origin);
  }, origin);
}
