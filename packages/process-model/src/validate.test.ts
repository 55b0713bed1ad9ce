// Tests for the zod validation of plain maps and attribute patches.
import { describe, expect, it } from 'vitest';
import { ProcessModelError } from './errors.ts';
import { SCHEMA_VERSION } from './schema.ts';
import type { ProcessMap } from './schema.ts';
import { asEdgeId, asLaneId, asNodeId } from './ids.ts';
import { parseAttrs, validateProcessMap } from './validate.ts';

const validMap = (): ProcessMap => ({
  schemaVersion: 1,
  lanes: [{ id: asLaneId('lane1'), label: 'Sachbearbeitung', order: 0, size: 200, kind: 'role' }],
  nodes: [
    { id: asNodeId('a'), kind: 'start', label: 'Antrag geht ein', x: 0, y: 0, attrs: {} },
    {
      id: asNodeId('b'),
      kind: 'activity',
      label: 'Antrag prüfen',
      x: 200,
      y: 0,
      w: 160,
      h: 80,
      laneId: asLaneId('lane1'),
      attrs: { durationMin: 15, medium: 'paper', legalBasis: '§ 12 BauO' },
    },
  ],
  edges: [{ id: asEdgeId('e1'), kind: 'sequence', source: asNodeId('a'), target: asNodeId('b') }],
});

describe('validateProcessMap', () => {
  it('accepts a well-formed map', () => {
    const result = validateProcessMap(validMap());
    expect(result.success).toBe(true);
  });

  it('accepts a node of unknown kind that keeps its raw kind', () => {
    const map = validMap();
    map.nodes[0] = { ...map.nodes[0]!, kind: 'unknown', rawKind: 'subprocess' };
    expect(validateProcessMap(map).success).toBe(true);
  });

  it.each([
    ['a NaN coordinate', (m: ProcessMap) => (m.nodes[0]!.x = NaN)],
    ['an infinite coordinate', (m: ProcessMap) => (m.nodes[0]!.y = Infinity)],
    ['a negative duration', (m: ProcessMap) => (m.nodes[1]!.attrs.durationMin = -1)],
    ['negative cases per year', (m: ProcessMap) => (m.nodes[1]!.attrs.casesPerYear = -5)],
    ['a label over 500 characters', (m: ProcessMap) => (m.nodes[0]!.label = 'x'.repeat(501))],
    ['a zero width', (m: ProcessMap) => (m.nodes[1]!.w = 0)],
    ['an unknown edge kind', (m: ProcessMap) => Object.assign(m.edges[0]!, { kind: 'flow' })],
    ['an unknown lane kind', (m: ProcessMap) => Object.assign(m.lanes[0]!, { kind: 'team' })],
    ['an unknown medium', (m: ProcessMap) => Object.assign(m.nodes[1]!.attrs, { medium: 'fax' })],
    ['an empty id', (m: ProcessMap) => (m.nodes[0]!.id = asNodeId(''))],
    ['a newer schema version', (m: ProcessMap) => (m.schemaVersion = SCHEMA_VERSION + 1)],
    ['an edge to a missing node', (m: ProcessMap) => (m.edges[0]!.target = asNodeId('zz'))],
    ['a node in a missing lane', (m: ProcessMap) => (m.nodes[1]!.laneId = asLaneId('gone'))],
    ['two nodes with one id', (m: ProcessMap) => (m.nodes[1]!.id = asNodeId('a'))],
  ])('rejects %s', (_name, damage) => {
    const map = validMap();
    damage(map);
    expect(validateProcessMap(map).success).toBe(false);
  });

  it('points at the offending field in the issue path', () => {
    const map = validMap();
    map.edges[0]!.target = asNodeId('zz');
    const result = validateProcessMap(map);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['edges', 0, 'target']);
  });
});

describe('parseAttrs', () => {
  it('accepts a patch with values, nulls and undefined', () => {
    expect(parseAttrs({ role: 'Sachbearbeiterin', waitMin: null, itSystem: undefined })).toEqual({
      role: 'Sachbearbeiterin',
      waitMin: null,
      itSystem: undefined,
    });
  });

  it.each([
    ['a negative wait', { waitMin: -3 }],
    ['an infinite duration', { durationMin: Infinity }],
    ['a misspelt key', { durationMinutes: 5 }],
    ['an unknown medium', { medium: 'fax' }],
    ['a number where text belongs', { role: 7 }],
    ['something that is not an object', 'role'],
  ])('throws invalid-attributes for %s', (_name, patch) => {
    expect(() => parseAttrs(patch)).toThrow(ProcessModelError);
    expect(() => parseAttrs(patch)).toThrow(expect.objectContaining({ code: 'invalid-attributes' }));
  });
});
