// One service's figures per case and per year, with null wherever the map gives no such figure (never a made-up 0),
// for comparing how municipalities run the same service. Built on computeMetrics: no second metrics engine.
import { computeMetrics, type MetricsOptions } from './metrics.ts';
import type { Lane, ProcessMap } from './schema.ts';

/** A municipality's hourly rates as entered: per role name, and a default for every other step. */
export interface RatesTable {
  defaultRate: number | null;
  roles: readonly { role: string; rate: number }[];
}

/*
 * Rates are entered per role name. An activity's role finds its rate directly; a lane whose label is
 * such a name gives that rate to every activity in it (lanes often are the roles), which computeMetrics
 * prefers over the activity's own role, as a lane is where the work is actually done.
 */
export function ratesOptions(rates: RatesTable | null, lanes: readonly Lane[]): MetricsOptions {
  if (!rates) return {};
  const hourlyRates: Record<string, number> = {};
  const byRole = new Map(rates.roles.map(({ role, rate }) => [role.trim(), rate] as const));
  for (const [role, rate] of byRole) hourlyRates[role] = rate;
  for (const lane of lanes) {
    const rate = byRole.get(lane.label.trim());
    if (rate !== undefined) hourlyRates[lane.id] = rate;
  }
  return rates.defaultRate === null ? { hourlyRates } : { hourlyRates, defaultHourlyRate: rates.defaultRate };
}

export interface YearFigures {
  /** Staff minutes of the administration (external parties' steps left out). */
  staffMinutes: number | null;
  /** Euro; null without rates, or while any staffed step has no rate (a partial sum would look cheaper). */
  staffCost: number | null;
  handOffs: number | null;
  mediaBreaks: number | null;
}

export interface CaseFigures extends YearFigures {
  /** Processing plus waiting time along the longest start-to-end path. */
  leadTimeMin: number | null;
}

export interface ServiceFigures {
  /** Cases per year: the largest count any activity gives; null when none does. */
  casesPerYear: number | null;
  perCase: CaseFigures;
  /** Cases per year × the per-case figure; null where either is missing. */
  perYear: YearFigures;
}

/**
 * The figures of one map. Missing inputs give null, not 0: no step with a time → no lead time and no staff time;
 * no activity in a lane → no hand-offs; no activity with a medium → no media breaks; no rates → no cost.
 */
export function serviceFigures(map: ProcessMap, rates: RatesTable | null): ServiceFigures {
  const options = ratesOptions(rates, map.lanes);
  const metrics = computeMetrics(map, options);
  const activities = map.nodes.filter((node) => node.kind === 'activity');
  const timed = activities.some((a) => a.attrs.durationMin !== undefined || a.attrs.waitMin !== undefined);
  const cases = metrics.casesPerYear;
  const staffMinutes = metrics.staffMinutesPerYear > 0 ? metrics.staffMinutesPerYear : null;
  const priced =
    rates !== null &&
    staffMinutes !== null &&
    !metrics.warnings.some((warning) => warning.code === 'missing-rate');
  const staffCost = priced ? metrics.staffCostPerYear : null;
  const handOffs = activities.some((a) => a.laneId !== undefined) ? metrics.handOffs : null;
  const mediaBreaks = activities.some((a) => a.attrs.medium !== undefined) ? metrics.mediaBreaks : null;
  const lead = metrics.leadTimeMin;
  const perCase = (perYear: number | null) => (perYear === null || !cases ? null : perYear / cases);
  const perYear = (perCase: number | null) => (perCase === null || cases === null ? null : perCase * cases);
  return {
    casesPerYear: cases,
    perCase: {
      staffMinutes: perCase(staffMinutes),
      staffCost: perCase(staffCost),
      leadTimeMin: lead !== null && (lead > 0 || timed) ? lead : null,
      handOffs,
      mediaBreaks,
    },
    perYear: { staffMinutes, staffCost, handOffs: perYear(handOffs), mediaBreaks: perYear(mediaBreaks) },
  };
}
