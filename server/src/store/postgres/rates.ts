// PostgreSQL: each municipality's hourly staff rates.
import type { Pool } from 'pg';
import { encodeRoleRates, toHourlyRates, type HourlyRatesRow } from '../hourly-rates.ts';
import type { RateStore } from '../store.ts';

export function postgresRateStore(pool: Pool): RateStore {
  return {
    async getHourlyRates(orgId) {
      const { rows } = await pool.query<HourlyRatesRow>('SELECT * FROM org_hourly_rates WHERE org_id = $1', [
        orgId,
      ]);
      return toHourlyRates(rows[0]);
    },
    async setHourlyRates(orgId, { defaultRate, roles }, at) {
      await pool.query(
        `INSERT INTO org_hourly_rates (org_id, default_rate, role_rates, updated_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (org_id) DO UPDATE SET default_rate = excluded.default_rate,
           role_rates = excluded.role_rates, updated_at = excluded.updated_at`,
        [orgId, defaultRate, encodeRoleRates(roles), at],
      );
      return { defaultRate, roles: roles.map(({ role, rate }) => ({ role, rate })), updatedAt: at };
    },
  };
}
