// The hourly-rates form's rows as typed text, checked and turned into what the server stores.
import type { RatesInput } from './api.ts';
import type { HourlyRates } from './rates.ts';

export type RateRow = { key: number; role: string; rate: string };
export type RateDraft = { defaultRate: string; rows: RateRow[] };
export type DraftError = 'invalidRate' | 'duplicateRole' | 'emptyRole';

export function draftOf(rates: HourlyRates): RateDraft {
  return {
    defaultRate: rates.defaultRate === null ? '' : String(rates.defaultRate),
    rows: rates.roles.map(({ role, rate }, key) => ({ key, role, rate: String(rate) })),
  };
}

// German input writes "62,50"; both decimal marks are accepted, thousands separators are not.
function parseRate(text: string): number | undefined {
  const value = Number(text.trim().replace(',', '.'));
  return text.trim() !== '' && Number.isFinite(value) && value >= 0 && value <= 10_000 ? value : undefined;
}

export function parseDraft(
  draft: RateDraft,
): { ok: true; input: RatesInput } | { ok: false; error: DraftError } {
  const defaultRate = draft.defaultRate.trim() === '' ? null : parseRate(draft.defaultRate);
  if (defaultRate === undefined) return { ok: false, error: 'invalidRate' };
  const roles: RatesInput['roles'] = [];
  for (const row of draft.rows) {
    const role = row.role.trim();
    if (!role) return { ok: false, error: 'emptyRole' };
    const rate = parseRate(row.rate);
    if (rate === undefined) return { ok: false, error: 'invalidRate' };
    if (roles.some((r) => r.role === role)) return { ok: false, error: 'duplicateRole' };
    roles.push({ role, rate });
  }
  return { ok: true, input: { defaultRate, roles } };
}
