// Comparing two processes marks the better figure and states the difference with its sign and unit.
import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { asEdgeId, asNodeId, computeMetrics, type ProcessMap } from '@prozesswerk/process-model';
import { de as analysisGerman } from './i18n.de.ts';
import { compareRows } from './compare-rows.ts';

async function formatter() {
  const i18n = i18next.createInstance();
  await i18n.init({ lng: 'de', resources: { de: { translation: analysisGerman } } });
  return { t: i18n.t, language: 'de' };
}

function chain(durations: number[], cases: number): ProcessMap {
  const ids = ['s', ...durations.map((_, i) => `a${i}`), 'e'];
  return {
    schemaVersion: 1,
    lanes: [],
    nodes: ids.map((id, i) => ({
      id: asNodeId(id),
      kind: id === 's' ? 'start' : id === 'e' ? 'end' : 'activity',
      label: id,
      x: i * 200,
      y: 0,
      attrs: id.startsWith('a')
        ? { durationMin: durations[i - 1] ?? 0, casesPerYear: cases, medium: 'paper' }
        : {},
    })),
    edges: ids.slice(1).map((id, i) => ({
      id: asEdgeId(`f${i}`),
      kind: 'sequence',
      source: asNodeId(ids[i] ?? ''),
      target: asNodeId(id),
    })),
  };
}

describe('compareRows', () => {
  it('marks the lower lead time and cost as better and signs the difference', async () => {
    const f = await formatter();
    // Kehl: 30 + 90 min = 2 h lead time; Offenburg: 30 min.  Staff time 120 × 600 = 1 200 h vs 30 × 600 = 300 h.
    const kehl = computeMetrics(chain([30, 90], 600), { defaultHourlyRate: 50 });
    const offenburg = computeMetrics(chain([30], 600), { defaultHourlyRate: 50 });
    const rows = compareRows(f, kehl, offenburg);
    const lead = rows.find((row) => row.id === 'leadTime');
    expect(lead?.texts).toEqual(['2 Stunden', '30 Minuten']);
    expect(lead?.verdicts).toEqual(['worse', 'better']);
    expect(lead?.difference).toBe('−1,5 Stunden');
    const cost = rows.find((row) => row.id === 'staffCost');
    expect(cost?.texts.map((text) => text.replace(/\s/g, ' '))).toEqual(['60.000 €', '15.000 €']);
    expect(rows.find((row) => row.id === 'activities')?.verdicts).toEqual(['different', 'different']);
    expect(rows.find((row) => row.id === 'handOffs')?.difference).toBe('gleich');
  });

  it('compares the time per case, so a bigger town with more staff hours can still be the faster one', async () => {
    const f = await formatter();
    // Small town: 20 min per case × 500 = 10 000 min; big town: 15 min per case × 1 500 = 22 500 min.
    const small = computeMetrics(chain([20], 500));
    const big = computeMetrics(chain([10, 5], 1500));
    const rows = compareRows(f, small, big);
    expect(rows.find((row) => row.id === 'staffTime')?.verdicts).toEqual(['better', 'worse']);
    const perCase = rows.find((row) => row.id === 'staffTimePerCase');
    expect(perCase?.texts).toEqual(['20 Minuten', '15 Minuten']);
    expect(perCase?.verdicts).toEqual(['worse', 'better']);
    expect(rows.find((row) => row.id === 'cases')?.verdicts).toEqual(['different', 'different']);
  });
});
