// The doc mirror re-reads the map but keeps unchanged entries, so React skips them.
import { describe, expect, it } from 'vitest';
import { addNode, createProcessDoc, readProcessMap, relabelNode } from '@prozesswerk/process-model';
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
});
