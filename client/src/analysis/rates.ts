// Turns a municipality's stored hourly rates into the options computeMetrics prices activities with.
import type { Lane, MetricsOptions } from '@prozesswerk/process-model';

export type HourlyRates = {
  orgId: string | null;
  orgName?: string;
  mayEdit: boolean;
  defaultRate: number | null;
  roles: { role: string; rate: number }[];
  updatedAt: string | null;
};

/*
 * Rates are entered per role name. An activity's role finds its rate directly; a lane whose label is
 * such a name gives that rate to every activity in it (lanes often are the roles), which computeMetrics
 * prefers over the activity's own role, as a lane is where the work is actually done.
 */
export function metricsOptions(rates: HourlyRates | null, lanes: readonly Lane[]): MetricsOptions {
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
