// The doc mirror re-reads the map but keeps unchanged entries, so React skips them.
import { describe, expect, it } from 'vitest';
import {
  addNode,
  connect,
  createProcessDoc,
  readProcessMap,
  relabelNode,
  setEdgeBpmn,
  setEdgeWaypoints,
  setNodeBpmn,
} from '@prozesswerk/process-model';
import { emptyDocSlice, mirrorMap } from './doc-mirror.ts';

describe('the doc mirror', () => {
  it('keeps unchanged nodes by reference so only the changed node re-renders', () => {
    const doc = createProcessDoc();
    const a = addNode(doc, { kind: 'activity', label: 'Antrag prüfen', x: 0, y: 0 });
    const b = addNode(doc, { kind: 'activity', label: 'Bescheid erstellen', x: 200, y: 0 });
    const first = mirrorMap(emptyDocSlice, readProcessMap(doc));
    relabelNode(doc, b, 'Bescheid versenden');
    const second = mirrorMap(first, readProcessMap(doc));
    expect(second.nodes[a]).toBe(first.nodes[a]);
    expect(second.nodes[b]).not.toBe(first.nodes[b]);
    expect(second.nodeIds).toBe(first.nodeIds);
  });

  it('returns the same records when nothing changed', () => {
    const doc = createProcessDoc();
    addNode(doc, { kind: 'start', label: 'Start', x: 0, y: 0 });
    const first = mirrorMap(emptyDocSlice, readProcessMap(doc));
    const again = mirrorMap(first, readProcessMap(doc));
    expect(again.nodes).toBe(first.nodes);
    expect(again.edges).toBe(first.edges);
    expect(again.lanes).toBe(first.lanes);
  });

  it('gives a connection a new record when only its route changed (tidy-up), and keeps it when the route is equal', () => {
    const doc = createProcessDoc();
    const a = addNode(doc, { kind: 'start', label: 'Start', x: 0, y: 0 });
    const b = addNode(doc, { kind: 'activity', label: 'Prüfen', x: 200, y: 100 });
    const id = connect(doc, { source: a, target: b });
    const first = mirrorMap(emptyDocSlice, readProcessMap(doc));
    const route = [
      { x: 44, y: 22 },
      { x: 120, y: 22 },
      { x: 120, y: 134 },
      { x: 200, y: 134 },
    ];
    setEdgeWaypoints(doc, id, route);
    const second = mirrorMap(first, readProcessMap(doc));
    expect(second.edges[id]).not.toBe(first.edges[id]);
    expect(second.edges[id]?.waypoints).toEqual(route);
    expect(mirrorMap(second, readProcessMap(doc)).edges).toBe(second.edges);
  });

  it('gives a connection a new record when its condition or default mark changes, so its mark is redrawn', () => {
    const doc = createProcessDoc();
    const a = addNode(doc, { kind: 'activity', label: 'Prüfen', x: 0, y: 0 });
    const b = addNode(doc, { kind: 'activity', label: 'Bescheiden', x: 200, y: 0 });
    const id = connect(doc, { source: a, target: b });
    const first = mirrorMap(emptyDocSlice, readProcessMap(doc));
    setEdgeBpmn(doc, id, { condition: 'vollständig' });
    const second = mirrorMap(first, readProcessMap(doc));
    expect(second.edges[id]).not.toBe(first.edges[id]);
    expect(second.edges[id]?.condition).toBe('vollständig');
    setEdgeBpmn(doc, id, { isDefault: true });
    const third = mirrorMap(second, readProcessMap(doc));
    expect(third.edges[id]?.isDefault).toBe(true);
    expect(mirrorMap(third, readProcessMap(doc)).edges).toBe(third.edges);
  });

  it('gives a step a new record when its BPMN type changes, so its icon is redrawn', () => {
    const doc = createProcessDoc();
    const a = addNode(doc, { kind: 'activity', label: 'Prüfen', x: 0, y: 0 });
    const first = mirrorMap(emptyDocSlice, readProcessMap(doc));
    setNodeBpmn(doc, a, { activityType: 'user' });
    const second = mirrorMap(first, readProcessMap(doc));
    expect(second.nodes[a]?.activityType).toBe('user');
  });
});
