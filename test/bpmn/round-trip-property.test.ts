// Any valid map, however odd its ids and labels, survives export to BPMN and import back.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportBpmn, importBpmn } from '@prozesswerk/bpmn';
import {
  COMMON_NODE_KINDS,
  EDGE_KINDS,
  LANE_KINDS,
  MEDIA,
  validateProcessMap,
} from '@prozesswerk/process-model';
import type { ProcessMap } from '@prozesswerk/process-model';
import { comparable, edge, lane, moddleWarnings, node } from './support.ts';

// Printable text with what XML and attributes find awkward: markup characters, quotes, line breaks, emoji.
const text = fc.string({
  unit: fc.constantFrom('a', 'Z', ' ', 'ä', 'ß', '<', '>', '&', '"', "'", '\n', '\t', '€', '😀', '§'),
  maxLength: 24,
});
const id = fc.string({ minLength: 1, maxLength: 64, unit: 'binary' });
const attrs = fc.record(
  {
    role: text,
    durationMin: fc.integer({ min: 0, max: 10_000 }).map((n) => n / 4),
    waitMin: fc.nat(100_000),
    casesPerYear: fc.nat(1_000_000),
    medium: fc.constantFrom(...MEDIA),
    itSystem: text,
    legalBasis: text,
    description: text,
  },
  { requiredKeys: [] },
);

const mapArbitrary: fc.Arbitrary<ProcessMap> = fc
  .record({
    lanes: fc.uniqueArray(
      fc.record({
        id,
        label: text,
        order: fc.integer({ min: -3, max: 3 }),
        size: fc.integer({ min: 40, max: 400 }),
        kind: fc.constantFrom(...LANE_KINDS),
      }),
      { selector: (l) => l.id, maxLength: 4 },
    ),
    nodes: fc.uniqueArray(
      fc.record({
        id,
        kind: fc.constantFrom(...COMMON_NODE_KINDS),
        label: text,
        x: fc.integer({ min: -500, max: 3000 }),
        y: fc.integer({ min: -500, max: 2000 }),
        size: fc.option(fc.tuple(fc.integer({ min: 10, max: 400 }), fc.integer({ min: 10, max: 400 })), {
          nil: undefined,
        }),
        lane: fc.nat(5),
        attrs,
      }),
      { selector: (n) => n.id, maxLength: 12 },
    ),
    edges: fc.array(
      fc.record({
        kind: fc.constantFrom(...EDGE_KINDS),
        from: fc.nat(),
        to: fc.nat(),
        label: fc.option(text, { nil: undefined }),
        handle: fc.option(fc.constantFrom('top', 'right', 'bottom', 'left'), { nil: undefined }),
      }),
      { maxLength: 16 },
    ),
    edgeIds: fc.uniqueArray(id, { minLength: 16, maxLength: 16 }),
  })
  .map(({ lanes, nodes, edges, edgeIds }) => {
    const laneList = lanes.map((l) => lane(l.id, l.order, l));
    const nodeList = nodes.map((n) => {
      const laneId = laneList[n.lane]?.id;
      const sized = n.size === undefined ? {} : { w: n.size[0], h: n.size[1] };
      return node(n.id, n.kind, {
        label: n.label,
        x: n.x,
        y: n.y,
        attrs: n.attrs,
        ...sized,
        ...(laneId === undefined ? {} : { laneId }),
      });
    });
    const edgeList =
      nodeList.length === 0
        ? []
        : edges.map((e, i) => {
            const from = nodeList[e.from % nodeList.length]?.id ?? '';
            const to = nodeList[e.to % nodeList.length]?.id ?? '';
            const extra = {
              ...(e.label === undefined ? {} : { label: e.label }),
              ...(e.handle === undefined ? {} : { sourceHandle: e.handle }),
            };
            return edge(edgeIds[i] ?? `e${i}`, from, to, e.kind, extra);
          });
    return { schemaVersion: 1, lanes: laneList, nodes: nodeList, edges: edgeList };
  });

describe('BPMN round trip of generated maps', () => {
  it('exports every valid map to clean BPMN that imports back to the same map', async () => {
    await fc.assert(
      fc.asyncProperty(mapArbitrary, async (map) => {
        expect(validateProcessMap(map).success).toBe(true);
        const xml = await exportBpmn(map);
        expect(await moddleWarnings(xml)).toEqual([]);
        const result = await importBpmn(xml);
        expect(result.unsupported).toEqual([]);
        expect(result.warnings).toEqual([]);
        expect(comparable(result.map)).toEqual(comparable(map));
      }),
      { numRuns: 30 },
    );
  });
});
