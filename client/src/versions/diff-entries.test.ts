// The changes listed beside the compare canvas: named, classified and in a stable order.
import { describe, expect, it } from 'vitest';
import { asEdgeId, asNodeId, diffProcessMaps, type ProcessMap } from '@prozesswerk/process-model';
import { diffEntries } from './diff-entries.ts';

const node = (id: string, label: string, x = 0) => ({
  id: asNodeId(id),
  kind: 'activity' as const,
  label,
  x,
  y: 0,
  attrs: {},
});
const map = (nodes: ProcessMap['nodes'], edges: ProcessMap['edges'] = []): ProcessMap => ({
  schemaVersion: 1,
  nodes,
  edges,
  lanes: [],
});
const edgeName = (source: string, target: string) => `${source} → ${target}`;

describe('the list of changes beside the compare canvas', () => {
  it('names added, removed, changed and moved steps by their label', () => {
    const before = map([node('a', 'Antrag prüfen'), node('b', 'Alt'), node('c', 'Bleibt', 0)]);
    const after = map([node('a', 'Antrag fachlich prüfen'), node('c', 'Bleibt', 80), node('d', 'Neu')]);
    const { nodes } = diffEntries(diffProcessMaps(before, after), before, after, edgeName);
    expect(nodes).toEqual([
      { id: 'd', status: 'added', name: 'Neu', fields: [], values: [] },
      { id: 'b', status: 'removed', name: 'Alt', fields: [], values: [] },
      {
        id: 'a',
        status: 'changed',
        name: 'Antrag fachlich prüfen',
        fields: ['label'],
        values: [{ field: 'label', before: 'Antrag prüfen', after: 'Antrag fachlich prüfen' }],
      },
      {
        id: 'c',
        status: 'moved',
        name: 'Bleibt',
        fields: ['x'],
        values: [{ field: 'x', before: 0, after: 80 }],
      },
    ]);
  });

  it('names a removed connection by the steps it joined, even when one of them is gone', () => {
    const edge = {
      id: asEdgeId('e'),
      kind: 'sequence' as const,
      source: asNodeId('a'),
      target: asNodeId('b'),
      label: 'nein',
    };
    const before = map([node('a', 'Prüfen'), node('b', 'Nachfordern')], [edge]);
    const after = map([node('a', 'Prüfen')]);
    const { edges } = diffEntries(diffProcessMaps(before, after), before, after, edgeName);
    expect(edges).toEqual([
      { id: 'e', status: 'removed', name: 'Prüfen → Nachfordern („nein“)', fields: [], values: [] },
    ]);
  });

  it('gives every changed field its old and new value, attributes and lanes included', () => {
    const before = map([{ ...node('a', 'Prüfen'), attrs: { durationMin: 15 } }]);
    const after = map([{ ...node('a', 'Prüfen'), attrs: { durationMin: 20, medium: 'paper' as const } }]);
    const { nodes } = diffEntries(diffProcessMaps(before, after), before, after, edgeName);
    expect(nodes[0]?.values).toEqual([
      { field: 'attrs.durationMin', before: 15, after: 20 },
      { field: 'attrs.medium', after: 'paper' },
    ]);
  });
});
