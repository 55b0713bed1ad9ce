// Tests for edge mutations.
import { describe, expect, it } from 'vitest';
import { createProcessDoc, getEdges } from './doc.ts';
import { connect, disconnect, relabelEdge, setEdgeKind } from './edge-mutations.ts';
import { asEdgeId } from './ids.ts';
import { addNode, deleteNode } from './node-mutations.ts';
import { readProcessMap } from './read.ts';
import type { EdgeKind } from './schema.ts';

function twoNodes() {
  const doc = createProcessDoc();
  const a = addNode(doc, { kind: 'start', label: 'Start', x: 0, y: 0 });
  const b = addNode(doc, { kind: 'activity', label: 'Prüfen', x: 200, y: 0 });
  return { doc, a, b };
}

describe('connect', () => {
  it('connects two nodes with a sequence edge by default', () => {
    const { doc, a, b } = twoNodes();
    const id = connect(doc, { source: a, target: b });
    expect(readProcessMap(doc).edges).toEqual([{ id, kind: 'sequence', source: a, target: b }]);
  });

  it('stores kind, handles and label when given', () => {
    const { doc, a, b } = twoNodes();
    const id = connect(doc, {
      source: a,
      target: b,
      kind: 'message',
      sourceHandle: 'right',
      targetHandle: 'left',
      label: 'ja',
    });
    expect(readProcessMap(doc).edges).toEqual([
      { id, kind: 'message', source: a, target: b, sourceHandle: 'right', targetHandle: 'left', label: 'ja' },
    ]);
  });

  it('throws unknown-node when the source or target is missing at that moment', () => {
    const { doc, a, b } = twoNodes();
    deleteNode(doc, b);
    expect(() => connect(doc, { source: a, target: b })).toThrow(
      expect.objectContaining({ code: 'unknown-node' }),
    );
    expect(() => connect(doc, { source: b, target: a })).toThrow(
      expect.objectContaining({ code: 'unknown-node' }),
    );
    expect(getEdges(doc).size).toBe(0);
  });

  it('throws invalid-kind for an unknown edge kind', () => {
    const { doc, a, b } = twoNodes();
    expect(() => connect(doc, { source: a, target: b, kind: 'flow' as EdgeKind })).toThrow(
      expect.objectContaining({ code: 'invalid-kind' }),
    );
  });
});

describe('disconnect', () => {
  it('removes the edge and leaves both nodes', () => {
    const { doc, a, b } = twoNodes();
    const id = connect(doc, { source: a, target: b });
    disconnect(doc, id);
    expect(readProcessMap(doc).edges).toEqual([]);
    expect(readProcessMap(doc).nodes).toHaveLength(2);
  });

  it('throws unknown-edge for a missing edge', () => {
    expect(() => disconnect(createProcessDoc(), asEdgeId('ghost'))).toThrow(
      expect.objectContaining({ code: 'unknown-edge' }),
    );
  });
});

describe('relabelEdge and setEdgeKind', () => {
  it('set and remove the label and change the kind', () => {
    const { doc, a, b } = twoNodes();
    const id = connect(doc, { source: a, target: b });
    relabelEdge(doc, id, 'nein');
    setEdgeKind(doc, id, 'association');
    expect(readProcessMap(doc).edges[0]).toMatchObject({ label: 'nein', kind: 'association' });
    relabelEdge(doc, id, undefined);
    expect(readProcessMap(doc).edges[0]).not.toHaveProperty('label');
  });

  it('throw unknown-edge for a missing edge and invalid-kind for a bad kind', () => {
    const { doc, a, b } = twoNodes();
    const id = connect(doc, { source: a, target: b });
    expect(() => relabelEdge(doc, asEdgeId('ghost'), 'x')).toThrow(
      expect.objectContaining({ code: 'unknown-edge' }),
    );
    expect(() => setEdgeKind(doc, id, 'flow' as EdgeKind)).toThrow(
      expect.objectContaining({ code: 'invalid-kind' }),
    );
    expect(() => setEdgeKind(doc, asEdgeId('ghost'), 'message')).toThrow(
      expect.objectContaining({ code: 'unknown-edge' }),
    );
  });
});
