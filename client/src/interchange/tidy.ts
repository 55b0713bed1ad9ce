// "Aufräumen": lays the board's map out automatically (elkjs) and moves its nodes and lanes there in one undo step,
// with each connection's route around the steps.
import {
  LOCAL_ORIGIN,
  getEdges,
  getLanes,
  getNodes,
  moveNode,
  readProcessMap,
  resizeLane,
  resizeNode,
  setEdgeWaypoints,
  type ProcessMap,
} from '@prozesswerk/process-model';
import type { Board } from '../board/board.ts';
import { loadBpmn } from './bpmn.ts';
import { changeAsOneStep } from '../board/change-as-one-step.ts';

export async function tidyUp(board: Board): Promise<boolean> {
  const before = readProcessMap(board.doc);
  const { autoLayout } = await loadBpmn();
  return applyLayout(board, before, await autoLayout(before, { fitGroups: true }));
}

/*
 * Layout takes a moment; others may edit meanwhile. Only positions, lane heights and routes are
 * written, and only where they changed, for nodes, lanes and connections that still exist: a label
 * someone changed in the meantime stays, and a node someone deleted is not brought back. A route
 * whose node someone moved meanwhile is stored but not drawn (it no longer touches that node).
 */
function applyLayout(board: Board, before: ProcessMap, after: ProcessMap): boolean {
  const doc = board.doc;
  const was = new Map(before.nodes.map((node) => [node.id, node] as const));
  const wasLane = new Map(before.lanes.map((lane) => [lane.id, lane] as const));
  return changeAsOneStep(board, () =>
    doc.transact(() => {
      for (const lane of after.lanes) {
        if (getLanes(doc).has(lane.id) && wasLane.get(lane.id)?.size !== lane.size) {
          resizeLane(doc, lane.id, lane.size);
        }
      }
      for (const node of after.nodes) {
        const old = was.get(node.id);
        if (!getNodes(doc).has(node.id)) continue;
        // A boundary event follows its host into the host's lane (see autoLayout), if that lane is still there.
        const lane = node.laneId ?? null;
        const newLane = (old?.laneId ?? null) !== lane && (lane === null || getLanes(doc).has(lane));
        if (old?.x !== node.x || old.y !== node.y || newLane)
          moveNode(doc, node.id, node.x, node.y, newLane ? lane : undefined);
        // Groups are fitted around their steps.
        if (node.w !== undefined && node.h !== undefined && (old?.w !== node.w || old.h !== node.h))
          resizeNode(doc, node.id, node.w, node.h);
      }
      for (const edge of after.edges) {
        if (getEdges(doc).has(edge.id)) setEdgeWaypoints(doc, edge.id, edge.waypoints);
      }
    }, LOCAL_ORIGIN),
  );
}
