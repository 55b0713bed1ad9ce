// SQLite: each municipality's hourly staff rates.
import type Database from 'better-sqlite3';
import { encodeRoleRates, toHourlyRates, type HourlyRatesRow } from '../hourly-rates.ts';
import type { RateStore } from '../store.ts';

export function sqliteRateStore(db: Database.Database): RateStore {
  const select = db.prepare('SELECT * FROM org_hourly_rates WHERE org_id = ?');
  const upsert = db.prepare(
    `INSERT INTO org_hourly_rates (org_id, default_rate, role_rates, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (org_id) DO UPDATE SET default_rate = excluded.default_rate,
       role_rates = excluded.role_rates, updated_at = excluded.updated_at`,
  );
  return {
    getHourlyRates: async (orgId) => toHourlyRates(select.get(orgId) as HourlyRatesRow | undefined),
    async setHourlyRates(orgId, { defaultRate, roles }, at) {
      upsert.run(orgId, defaultRate, encodeRoleRates(roles), at);
      return { defaultRate, roles: roles.map(({ role, rate }) => ({ role, rate })), updatedAt: at };
    },
  };
}
