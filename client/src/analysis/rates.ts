// Turns a municipality's stored hourly rates into the options computeMetrics prices activities with.
import { ratesOptions, type Lane, type MetricsOptions } from '@prozesswerk/process-model';

export type HourlyRates = {
  orgId: string | null;
  orgName?: string;
  mayEdit: boolean;
  defaultRate: number | null;
  roles: { role: string; rate: number }[];
  updatedAt: string | null;
  /** false: read from another municipality that did not publish its rates with the process (none given). */
  shared?: boolean;
};

/** The rates as computeMetrics prices activities with (see ratesOptions: lanes named like a role take its rate). */
export function metricsOptions(rates: HourlyRates | null, lanes: readonly Lane[]): MetricsOptions {
  return ratesOptions(rates, lanes);
}
