// Municipal rates price activities by lane label, then role, then the default — checked through computeMetrics.
import { describe, expect, it } from 'vitest';
import { asLaneId, asNodeId, computeMetrics } from '@prozesswerk/process-model';
import type { ProcessMap } from '@prozesswerk/process-model';
import { metricsOptions, type HourlyRates } from './rates.ts';

const rates: HourlyRates = {
  orgId: 'kehl',
  mayEdit: false,
  defaultRate: 50,
  roles: [
    { role: 'Gewerbeamt', rate: 70 },
    { role: 'Sachbearbeitung', rate: 60 },
  ],
  updatedAt: null,
};

const map: ProcessMap = {
  schemaVersion: 1,
  lanes: [{ id: asLaneId('lane-g'), label: ' Gewerbeamt ', order: 0, size: 200, kind: 'orgUnit' }],
  edges: [],
  nodes: [
    // 10 min × 60 cases = 10 h; in the Gewerbeamt lane → 10 h × 70 € = 700 €
    {
      id: asNodeId('a'),
      kind: 'activity',
      label: 'a',
      x: 0,
      y: 0,
      laneId: asLaneId('lane-g'),
      attrs: { role: 'Sachbearbeitung', durationMin: 10, casesPerYear: 60 },
    },
    // 30 min × 40 cases = 20 h; role Sachbearbeitung → 20 h × 60 € = 1200 €
    {
      id: asNodeId('b'),
      kind: 'activity',
      label: 'b',
      x: 0,
      y: 0,
      attrs: { role: 'Sachbearbeitung', durationMin: 30, casesPerYear: 40 },
    },
    // 6 min × 100 cases = 10 h; unknown role → default 50 € = 500 €
    {
      id: asNodeId('c'),
      kind: 'activity',
      label: 'c',
      x: 0,
      y: 0,
      attrs: { role: 'Hausmeister', durationMin: 6, casesPerYear: 100 },
    },
  ],
};

describe('metricsOptions', () => {
  it('prices by lane label before role before the default rate', () => {
    const metrics = computeMetrics(map, metricsOptions(rates, map.lanes));
    expect(metrics.staffMinutesPerYear).toBe(600 + 1200 + 600);
    expect(metrics.staffCostPerYear).toBeCloseTo(700 + 1200 + 500, 6);
    expect(metrics.warnings.filter((w) => w.code === 'missing-rate')).toEqual([]);
  });

  it('warns about a missing rate when there is no default', () => {
    const metrics = computeMetrics(map, metricsOptions({ ...rates, defaultRate: null }, map.lanes));
    expect(metrics.staffCostPerYear).toBeCloseTo(1900, 6);
    expect(metrics.warnings).toContainEqual({ code: 'missing-rate', nodeId: 'c' });
  });

  it('prices nothing without any rates', () => {
    const metrics = computeMetrics(map, metricsOptions(null, map.lanes));
    expect(metrics.staffCostPerYear).toBe(0);
    expect(metrics.warnings.filter((w) => w.code === 'missing-rate')).toHaveLength(3);
  });
});
