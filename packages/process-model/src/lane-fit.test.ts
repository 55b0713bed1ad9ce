// Tests for lanes growing to contain the steps moved into them.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createProcessDoc } from './doc.ts';
import { LANE_PADDING, fitLanes, fitLanesToNodes } from './lane-fit.ts';
import { laneBoxes } from './lane-boxes.ts';
import { addLane } from './lane-mutations.ts';
import { addNode, moveNode } from './node-mutations.ts';
import { LOCAL_ORIGIN } from './origin.ts';
import { addPool, setLanePool } from './pool-mutations.ts';
import { readProcessMap } from './read.ts';
import { nodeSize } from './geometry.ts';
import type { ProcessMap } from './schema.ts';

function inside(map: ProcessMap, nodeId: string): boolean {
  const node = map.nodes.find((entry) => entry.id === nodeId)!;
  const box = laneBoxes(map).find((entry) => entry.lane.id === node.laneId)!;
  const size = nodeSize(node);
  return (
    node.y >= box.y &&
    node.y + size.height <= box.y + box.height &&
    (box.orientation === 'horizontal' || (node.x >= box.x && node.x + size.width <= box.x + box.width))
  );
}

function twoBands() {
  const doc = createProcessDoc();
  const upper = addLane(doc, { label: 'Bürgerbüro', kind: 'orgUnit' });
  const lower = addLane(doc, { label: 'Kasse', kind: 'orgUnit' });
  const step = addNode(doc, { kind: 'activity', label: 'Prüfen', x: 100, y: 60, laneId: upper });
  const below = addNode(doc, { kind: 'activity', label: 'Zahlen', x: 100, y: 260, laneId: lower });
  return { doc, upper, lower, step, below };
}

describe('fitLanesToNodes', () => {
  it('changes nothing for a step that is inside its lane', () => {
    const { doc, step } = twoBands();
    const fit = fitLanesToNodes(readProcessMap(doc), [step]);
    expect(fit.sizes.size).toBe(0);
    expect(fit.positions.size).toBe(0);
  });

  it('grows a band past whose bottom a step was moved, and shifts the bands below by as much', () => {
    const { doc, upper, step, below } = twoBands();
    moveNode(doc, step, 100, 170); // bottom at 238, lane ends at 200
    const fit = fitLanesToNodes(readProcessMap(doc), [step]);
    const grow = 238 + LANE_PADDING - 200;
    expect(fit.sizes.get(upper)).toBe(200 + grow);
    expect(fit.positions.get(below)).toEqual({ x: 100, y: 260 + grow });
    expect(fit.positions.has(step)).toBe(false);
  });

  it('pushes a step moved above its band back inside', () => {
    const { doc, lower, below } = twoBands();
    moveNode(doc, below, 100, 190);
    const fit = fitLanesToNodes(readProcessMap(doc), [below]);
    expect(fit.positions.get(below)).toEqual({ x: 100, y: 200 + LANE_PADDING });
    expect(fit.sizes.has(lower)).toBe(false);
  });

  it('widens a column of a vertical pool and shifts the columns right of it', () => {
    const doc = createProcessDoc();
    const pool = addPool(doc, { label: 'Landkreis', orientation: 'vertical' });
    const left = addLane(doc, { label: 'Amt', kind: 'orgUnit', size: 250 });
    const right = addLane(doc, { label: 'Kasse', kind: 'orgUnit', size: 250 });
    setLanePool(doc, left, pool);
    setLanePool(doc, right, pool);
    const boxes = laneBoxes(readProcessMap(doc));
    const [leftBox, rightBox] = boxes;
    const step = addNode(doc, {
      kind: 'activity',
      label: 'Prüfen',
      x: leftBox!.x + 150,
      y: leftBox!.y + 40,
      laneId: left,
    });
    const other = addNode(doc, {
      kind: 'activity',
      label: 'Zahlen',
      x: rightBox!.x + 20,
      y: rightBox!.y + 40,
      laneId: right,
    });
    const fit = fitLanesToNodes(readProcessMap(doc), [step]);
    const grow = 150 + 176 + LANE_PADDING - 250;
    expect(fit.sizes.get(left)).toBe(250 + grow);
    expect(fit.positions.get(other)).toEqual({ x: rightBox!.x + 20 + grow, y: rightBox!.y + 40 });
  });
});

describe('fitLanes', () => {
  it('keeps every step inside its lane after the move, as one undo step with the move', () => {
    const { doc, step, below } = twoBands();
    const undo = new Y.UndoManager([doc.getMap('nodes'), doc.getMap('lanes')], {
      trackedOrigins: new Set([LOCAL_ORIGIN]),
    });
    doc.transact(() => {
      moveNode(doc, step, 100, 400);
      fitLanes(doc, [step]);
    }, LOCAL_ORIGIN);
    const map = readProcessMap(doc);
    expect(inside(map, step)).toBe(true);
    expect(inside(map, below)).toBe(true);
    undo.undo();
    const before = readProcessMap(doc);
    expect(before.lanes.map((lane) => lane.size)).toEqual([200, 200]);
    expect(before.nodes.find((node) => node.id === step)).toMatchObject({ x: 100, y: 60 });
  });

  it('reaches another person when their doc syncs', () => {
    const { doc, step } = twoBands();
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    doc.on('update', (update: Uint8Array) => Y.applyUpdate(other, update));
    doc.transact(() => {
      moveNode(doc, step, 100, 300);
      fitLanes(doc, [step]);
    });
    expect(inside(readProcessMap(other), step)).toBe(true);
  });
});
