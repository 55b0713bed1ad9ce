// Tests for one service's figures per case and per year: worked out by hand, and null (never 0) where inputs are missing.
import { describe, expect, it } from 'vitest';
import { asEdgeId, asLaneId, asNodeId } from './ids.ts';
import type { ActivityAttrs, ProcessMap, ProcessNode } from './schema.ts';
import { serviceFigures } from './service-figures.ts';

function step(
  id: string,
  kind: ProcessNode['kind'],
  attrs: ActivityAttrs = {},
  laneId?: string,
): ProcessNode {
  const node: ProcessNode = { id: asNodeId(id), kind, label: id, x: 0, y: 0, attrs };
  if (laneId) node.laneId = asLaneId(laneId);
  return node;
}

/** start → check (front office) → decide (back office) → end */
function service(check: ActivityAttrs, decide: ActivityAttrs, laned = true): ProcessMap {
  const ids = ['start', 'check', 'decide', 'end'];
  return {
    schemaVersion: 1,
    nodes: [
      step('start', 'start'),
      step('check', 'activity', check, laned ? 'front' : undefined),
      step('decide', 'activity', decide, laned ? 'back' : undefined),
      step('end', 'end'),
    ],
    edges: ids.slice(1).map((id, i) => ({
      id: asEdgeId(`e${i}`),
      kind: 'sequence' as const,
      source: asNodeId(ids[i]!),
      target: asNodeId(id),
    })),
    lanes: laned
      ? [
          { id: asLaneId('front'), label: 'Bürgerbüro', order: 0, size: 200, kind: 'orgUnit' },
          { id: asLaneId('back'), label: 'Sachbearbeitung', order: 1, size: 200, kind: 'orgUnit' },
        ]
      : [],
  };
}

const RATES = { defaultRate: 60, roles: [{ role: 'Sachbearbeitung', rate: 90 }] };

describe('service figures', () => {
  it('gives staff time, cost, lead time, hand-offs and media breaks per case and per year', () => {
    const map = service(
      { durationMin: 10, casesPerYear: 1000, medium: 'paper' },
      { durationMin: 20, waitMin: 60, casesPerYear: 1000, medium: 'digital' },
    );
    expect(serviceFigures(map, RATES)).toEqual({
      casesPerYear: 1000,
      perCase: { staffMinutes: 30, staffCost: 10 + 30, leadTimeMin: 90, handOffs: 1, mediaBreaks: 1 },
      perYear: { staffMinutes: 30_000, staffCost: 40_000, handOffs: 1000, mediaBreaks: 1000 },
    });
  });

  it('says nothing about time, cost, hand-offs or media breaks where the map does not give them', () => {
    const figures = serviceFigures(service({ casesPerYear: 500 }, { casesPerYear: 500 }, false), RATES);
    expect(figures).toEqual({
      casesPerYear: 500,
      perCase: { staffMinutes: null, staffCost: null, leadTimeMin: null, handOffs: null, mediaBreaks: null },
      perYear: { staffMinutes: null, staffCost: null, handOffs: null, mediaBreaks: null },
    });
  });

  it('leaves the cost out without rates, or while a staffed step has no rate', () => {
    const map = service({ durationMin: 10, casesPerYear: 100 }, { durationMin: 20, casesPerYear: 100 });
    expect(serviceFigures(map, null).perCase).toMatchObject({ staffMinutes: 30, staffCost: null });
    const partly = { defaultRate: null, roles: [{ role: 'Sachbearbeitung', rate: 90 }] };
    expect(serviceFigures(map, partly).perYear).toMatchObject({ staffMinutes: 3000, staffCost: null });
  });

  it('has no per-case or per-year staff figures without case numbers, but still a lead time', () => {
    const figures = serviceFigures(service({ durationMin: 10 }, { durationMin: 20 }), RATES);
    expect(figures.casesPerYear).toBeNull();
    expect(figures.perCase).toMatchObject({ staffMinutes: null, staffCost: null, leadTimeMin: 30 });
    expect(figures.perYear).toEqual({
      staffMinutes: null,
      staffCost: null,
      handOffs: null,
      mediaBreaks: null,
    });
  });
});
