import { describe, expect, it } from 'vitest';
import {
  SCHEMA_VERSION,
  addLane,
  addNode,
  asLaneId,
  asNodeId,
  asEdgeId,
  createProcessDoc,
  readProcessMap,
  type ProcessMap,
} from '@prozesswerk/process-model';
import { createUndoManager } from '../board/undo.ts';
import { addMap, additionOffset, replaceWithMap } from './map-import.ts';

const imported: ProcessMap = {
  schemaVersion: SCHEMA_VERSION,
  lanes: [{ id: asLaneId('l1'), label: 'Bürgerbüro', order: 0, size: 160, kind: 'orgUnit' }],
  nodes: [
    { id: asNodeId('a'), kind: 'start', label: 'Antrag', x: 40, y: 50, laneId: asLaneId('l1'), attrs: {} },
    {
      id: asNodeId('b'),
      kind: 'activity',
      label: 'Prüfen',
      x: 160,
      y: 40,
      laneId: asLaneId('l1'),
      attrs: { durationMin: 15 },
    },
  ],
  edges: [{ id: asEdgeId('e'), kind: 'sequence', source: asNodeId('a'), target: asNodeId('b') }],
};

function boardWithOneLane() {
  const doc = createProcessDoc();
  const lane = addLane(doc, { label: 'Ordnungsamt', kind: 'orgUnit', size: 200 });
  addNode(doc, { kind: 'activity', label: 'Bestehend', x: 0, y: 60, laneId: lane });
  return doc;
}

describe('bringing an imported map into an open board', () => {
  it('replaces the map in one step that undo takes back completely', () => {
    const doc = boardWithOneLane();
    const undo = createUndoManager(doc);
    const before = readProcessMap(doc);
    replaceWithMap(doc, imported);
    expect(readProcessMap(doc).nodes.map((node) => node.label)).toEqual(['Antrag', 'Prüfen']);
    expect(undo.undoStack).toHaveLength(1);
    undo.undo();
    expect(readProcessMap(doc)).toEqual(before);
  });

  it('adds the lanes below the existing ones, with new ids, in one undo step', () => {
    const doc = boardWithOneLane();
    const undo = createUndoManager(doc);
    addMap(doc, imported);
    undo.stopCapturing();
    addMap(doc, imported);
    const map = readProcessMap(doc);
    expect(map.lanes.map((lane) => lane.label)).toEqual(['Ordnungsamt', 'Bürgerbüro', 'Bürgerbüro']);
    expect(map.nodes.filter((node) => node.label === 'Prüfen')).toHaveLength(2);
    expect(map.edges).toHaveLength(2);
    const added = map.nodes.find((node) => node.label === 'Prüfen' && node.y === 240);
    expect(added).toMatchObject({ x: 160, attrs: { durationMin: 15 } });
    expect(map.lanes.find((lane) => lane.id === added?.laneId)?.order).toBe(1);
    undo.undo();
    expect(readProcessMap(doc).nodes).toHaveLength(3);
  });

  it('moves the routes of added connections along with their steps', () => {
    const doc = boardWithOneLane();
    const route = [
      { x: 84, y: 72 },
      { x: 160, y: 72 },
    ];
    addMap(doc, { ...imported, edges: [{ ...imported.edges[0]!, waypoints: route }] });
    // The addition lands below the existing 200 px lane.
    expect(readProcessMap(doc).edges[0]?.waypoints).toEqual([
      { x: 84, y: 272 },
      { x: 160, y: 272 },
    ]);
  });

  it('puts an addition to the right of a map whose loose nodes lie where the new lanes would go', () => {
    const current: ProcessMap = {
      schemaVersion: SCHEMA_VERSION,
      lanes: [],
      nodes: [{ id: asNodeId('x'), kind: 'activity', label: 'Lose', x: 100, y: 0, attrs: {} }],
      edges: [],
    };
    expect(additionOffset(current, imported)).toEqual({ dx: 100 + 176 + 120, dy: 0 });
    expect(additionOffset({ ...current, nodes: [] }, imported)).toEqual({ dx: 0, dy: 0 });
  });
});
