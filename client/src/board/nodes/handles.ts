// Where a node's four connection points sit: known from its fixed size, so React Flow never measures the DOM for them.
import { Position, type NodeHandle } from '@xyflow/react';
import type { Size } from '@prozesswerk/process-model';

const HANDLE = 9;

/*
 * Sizes are fixed per kind, so the node's measurements and handle places are known without reading the
 * DOM: React Flow can draw edges and cull off-screen nodes at once, and never re-measures a node whose
 * object changed. The Handle components (NodeHandles) sit exactly at these places.
 */
export function handlesFor({ width, height }: Size): NodeHandle[] {
  const half = HANDLE / 2;
  const handle = (handleId: string, position: Position, x: number, y: number): NodeHandle => ({
    id: handleId,
    type: 'source',
    position,
    x,
    y,
    width: HANDLE,
    height: HANDLE,
  });
  return [
    handle('top', Position.Top, width / 2 - half, -half),
    handle('right', Position.Right, width - half, height / 2 - half),
    handle('bottom', Position.Bottom, width / 2 - half, height - half),
    handle('left', Position.Left, -half, height / 2 - half),
  ];
}
