// "Aufräumen": lays the board's map out automatically (elkjs) and moves its nodes and lanes there in one undo step.
import {
  LOCAL_ORIGIN,
  getLanes,
  getNodes,
  moveNode,
  readProcessMap,
  resizeLane,
  type ProcessMap,
} from '@prozesswerk/process-model';
import type { Board } from '../board/board.ts';
import { loadBpmn } from './bpmn.ts';
import { changeAsOneStep } from '../board/change-as-one-step.ts';

export async function tidyUp(board: Board): Promise<boolean> {
  const before = readProcessMap(board.doc);
  const { autoLayout } = await loadBpmn();
  return applyLayout(board, before, await autoLayout(before));
}

/*
 * Layout takes a moment; others may edit meanwhile. Only positions and lane heights are written,
 * and only where they changed, for nodes and lanes that still exist: a label someone changed in
 * the meantime stays, and a node someone deleted is not brought back.
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
        if (!getNodes(doc).has(node.id) || (old?.x === node.x && old.y === node.y)) continue;
        moveNode(doc, node.id, node.x, node.y);
      }
    }, LOCAL_ORIGIN),
  );
}
