// The 1000-step benchmark map: a grid of activities (every ninth a decision), each connected to its right neighbour,
// plus links downwards up to 1200 connections. Used by the render benchmark and by tests of large maps.
import type * as Y from 'yjs';
import { addNode, asNodeId, connect, type NodeId } from '@prozesswerk/process-model';

export const LARGE_MAP_NODES = 1000;
export const LARGE_MAP_EDGES = 1200;
const COLUMNS = 40;

export function writeLargeMap(doc: Y.Doc): void {
  doc.transact(() => {
    const ids: NodeId[] = [];
    for (let i = 0; i < LARGE_MAP_NODES; i++) {
      const x = (i % COLUMNS) * 220;
      const y = Math.floor(i / COLUMNS) * 120;
      const attrs = { role: 'Sachbearbeitung', durationMin: 5 + (i % 20) };
      ids.push(
        addNode(doc, { kind: i % 9 === 4 ? 'decision' : 'activity', label: `Schritt ${i + 1}`, x, y, attrs }),
      );
    }
    let edges = 0;
    for (let i = 0; i < LARGE_MAP_NODES && edges < LARGE_MAP_EDGES; i++) {
      if (i % COLUMNS !== COLUMNS - 1) {
        connect(doc, { source: ids[i]!, target: ids[i + 1]!, sourceHandle: 'right', targetHandle: 'left' });
        edges++;
      }
    }
    for (let i = 0; edges < LARGE_MAP_EDGES; i += 3) {
      const target = ids[i + COLUMNS];
      if (!target) break;
      connect(doc, {
        source: ids[i]!,
        target: asNodeId(target),
        sourceHandle: 'bottom',
        targetHandle: 'top',
      });
      edges++;
    }
  });
}
