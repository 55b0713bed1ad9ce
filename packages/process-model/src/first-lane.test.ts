// Tests for the first lane taking in the steps already on the map.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createProcessDoc, getLanes, getNodes } from './doc.ts';
import { takeIntoFirstLane } from './first-lane.ts';
import { laneBoxes } from './lane-boxes.ts';
import { addLane } from './lane-mutations.ts';
import { addNode } from './node-mutations.ts';
import { LOCAL_ORIGIN } from './origin.ts';
import { nodeSize } from './geometry.ts';
import { readProcessMap } from './read.ts';

function straddlingMap() {
  const doc = createProcessDoc();
  const start = addNode(doc, { kind: 'start', label: 'Antrag', x: 0, y: 170 });
  const check = addNode(doc, { kind: 'activity', label: 'Prüfen', x: 100, y: 160 });
  const high = addNode(doc, { kind: 'activity', label: 'Nachfordern', x: 100, y: -40 });
  const note = addNode(doc, { kind: 'note', label: 'Frist beachten', x: 400, y: 150 });
  return { doc, start, check, high, note };
}

describe('takeIntoFirstLane', () => {
  it('takes every step into the first lane, keeps the layout, and the lane holds them all', () => {
    const { doc, start, check, high, note } = straddlingMap();
    const before = readProcessMap(doc);
    const lane = addLane(doc, { label: 'Sachbearbeitung', kind: 'role' });
    takeIntoFirstLane(doc, lane);
    const map = readProcessMap(doc);
    const box = laneBoxes(map)[0]!;
    for (const id of [start, check, high]) {
      const node = map.nodes.find((entry) => entry.id === id)!;
      expect(node.laneId).toBe(lane);
      expect(node.y).toBeGreaterThanOrEqual(box.y);
      expect(node.y + nodeSize(node).height).toBeLessThanOrEqual(box.y + box.height);
    }
    expect(map.nodes.find((entry) => entry.id === note)!.laneId).toBeUndefined();
    // The whole map moved by one amount: distances between the steps stay.
    const y = (m: typeof map, id: string) => m.nodes.find((entry) => entry.id === id)!.y;
    expect(y(map, check) - y(map, high)).toBe(y(before, check) - y(before, high));
    expect(y(map, note) - y(map, start)).toBe(y(before, note) - y(before, start));
  });

  it('is one undo step together with adding the lane', () => {
    const { doc, check } = straddlingMap();
    const undo = new Y.UndoManager([getNodes(doc), getLanes(doc)], {
      trackedOrigins: new Set([LOCAL_ORIGIN]),
      captureTimeout: 0,
    });
    doc.transact(
      () => takeIntoFirstLane(doc, addLane(doc, { label: 'Kasse', kind: 'orgUnit' })),
      LOCAL_ORIGIN,
    );
    undo.undo();
    const map = readProcessMap(doc);
    expect(map.lanes).toHaveLength(0);
    const node = map.nodes.find((entry) => entry.id === check)!;
    expect([node.y, node.laneId]).toEqual([160, undefined]);
  });

  it('leaves the map alone when the lane is not the first', () => {
    const { doc, check } = straddlingMap();
    addLane(doc, { label: 'Bürgerbüro', kind: 'orgUnit' });
    const second = addLane(doc, { label: 'Kasse', kind: 'orgUnit' });
    takeIntoFirstLane(doc, second);
    expect(readProcessMap(doc).nodes.find((entry) => entry.id === check)).toMatchObject({ y: 160 });
    expect(readProcessMap(doc).nodes.every((node) => node.laneId === undefined)).toBe(true);
  });
});
