// Tests for lane mutations.
import { describe, expect, it } from 'vitest';
import { createProcessDoc } from './doc.ts';
import { asLaneId } from './ids.ts';
import { addLane, deleteLane, renameLane, reorderLane, resizeLane } from './lane-mutations.ts';
import { addNode } from './node-mutations.ts';
import { readProcessMap } from './read.ts';
import { DEFAULT_LANE_SIZE } from './schema.ts';
import type { LaneKind } from './schema.ts';

describe('addLane', () => {
  it('appends lanes below the existing ones with the default size', () => {
    const doc = createProcessDoc();
    const first = addLane(doc, { label: 'Antragsteller', kind: 'external' });
    const second = addLane(doc, { label: 'Bauamt', kind: 'orgUnit' });
    expect(readProcessMap(doc).lanes).toEqual([
      { id: first, label: 'Antragsteller', kind: 'external', order: 0, size: DEFAULT_LANE_SIZE },
      { id: second, label: 'Bauamt', kind: 'orgUnit', order: 1, size: DEFAULT_LANE_SIZE },
    ]);
  });

  it('uses the given order and size', () => {
    const doc = createProcessDoc();
    const id = addLane(doc, { label: 'Kasse', kind: 'role', order: 5, size: 300 });
    expect(readProcessMap(doc).lanes[0]).toMatchObject({ id, order: 5, size: 300 });
  });

  it('rejects an unknown lane kind', () => {
    expect(() => addLane(createProcessDoc(), { label: 'x', kind: 'team' as LaneKind })).toThrow(
      expect.objectContaining({ code: 'invalid-kind' }),
    );
  });
});

describe('renameLane, reorderLane and resizeLane', () => {
  it('change label, order and size, and the map lists lanes by order', () => {
    const doc = createProcessDoc();
    const top = addLane(doc, { label: 'A', kind: 'role' });
    const bottom = addLane(doc, { label: 'B', kind: 'role' });
    renameLane(doc, bottom, 'Leitung');
    reorderLane(doc, bottom, -1);
    resizeLane(doc, top, 320);
    expect(readProcessMap(doc).lanes).toEqual([
      { id: bottom, label: 'Leitung', kind: 'role', order: -1, size: DEFAULT_LANE_SIZE },
      { id: top, label: 'A', kind: 'role', order: 0, size: 320 },
    ]);
  });

  it('throw unknown-lane for a missing lane and invalid-input for a bad size', () => {
    const doc = createProcessDoc();
    const id = addLane(doc, { label: 'A', kind: 'role' });
    const ghost = asLaneId('ghost');
    expect(() => renameLane(doc, ghost, 'x')).toThrow(expect.objectContaining({ code: 'unknown-lane' }));
    expect(() => reorderLane(doc, ghost, 1)).toThrow(expect.objectContaining({ code: 'unknown-lane' }));
    expect(() => resizeLane(doc, ghost, 1)).toThrow(expect.objectContaining({ code: 'unknown-lane' }));
    expect(() => resizeLane(doc, id, -10)).toThrow(expect.objectContaining({ code: 'invalid-input' }));
  });
});

describe('deleteLane', () => {
  it('removes the lane and its nodes leave it but stay on the map', () => {
    const doc = createProcessDoc();
    const lane = addLane(doc, { label: 'A', kind: 'role' });
    const other = addLane(doc, { label: 'B', kind: 'role' });
    const inLane = addNode(doc, { kind: 'activity', label: 'x', x: 0, y: 0, laneId: lane });
    const inOther = addNode(doc, { kind: 'activity', label: 'y', x: 0, y: 0, laneId: other });
    deleteLane(doc, lane);
    const map = readProcessMap(doc);
    expect(map.lanes.map((l) => l.id)).toEqual([other]);
    expect(map.nodes.find((n) => n.id === inLane)).not.toHaveProperty('laneId');
    expect(map.nodes.find((n) => n.id === inOther)?.laneId).toBe(other);
  });

  it('throws unknown-lane for a missing lane', () => {
    expect(() => deleteLane(createProcessDoc(), asLaneId('ghost'))).toThrow(
      expect.objectContaining({ code: 'unknown-lane' }),
    );
  });
});
