// Storage form of a municipality's hourly rates, shared by both backends: role rates travel as one JSON text.
import type { HourlyRates, HourlyRatesInput, OrgHourlyRates } from './store.ts';

export type HourlyRatesRow = { default_rate: number | null; role_rates: string; updated_at: string };

export const NO_RATES: HourlyRates = { defaultRate: null, roles: [], updatedAt: null };

export function encodeRoleRates(roles: HourlyRatesInput['roles']): string {
  return JSON.stringify(roles.map(({ role, rate }) => [role, rate]));
}

export type OrgHourlyRatesRow = HourlyRatesRow & { org_id: string };

export function toOrgHourlyRates(row: OrgHourlyRatesRow): OrgHourlyRates {
  const { defaultRate, roles } = toHourlyRates(row);
  return { orgId: row.org_id, defaultRate, roles, updatedAt: row.updated_at };
}

export function toHourlyRates(row: HourlyRatesRow | undefined): HourlyRates {
  if (!row) return NO_RATES;
  const pairs = JSON.parse(row.role_rates) as [string, number][];
  return {
    defaultRate: row.default_rate === null ? null : Number(row.default_rate),
    roles: pairs.map(([role, rate]) => ({ role, rate })),
    updatedAt: row.updated_at,
  };
}
