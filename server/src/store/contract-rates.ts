// Store contract, part three: each municipality's hourly staff rates.
import { expect, it } from 'vitest';
import type { Store } from './store.ts';

const NOW = '2026-11-25T10:00:00.000Z';
const LATER = '2026-11-26T10:00:00.000Z';

export function hourlyRatesContract(getStore: () => Store): void {
  it('has no hourly rates for a municipality that never saved any', async () => {
    const store = getStore();
    await store.createOrg({ id: 'kehl', name: 'Kehl' });
    expect(await store.getHourlyRates('kehl')).toEqual({ defaultRate: null, roles: [], updatedAt: null });
  });

  it('keeps hourly rates per municipality, role order and fractional euros included', async () => {
    const store = getStore();
    await store.createOrg({ id: 'kehl', name: 'Kehl' });
    await store.createOrg({ id: 'offenburg', name: 'Offenburg' });
    const kehl = {
      defaultRate: 58.5,
      roles: [
        { role: 'Sachbearbeitung Gewerbeamt', rate: 62.25 },
        { role: 'Bürgerbüro', rate: 51 },
      ],
    };
    expect(await store.setHourlyRates('kehl', kehl, NOW)).toEqual({ ...kehl, updatedAt: NOW });
    expect(await store.getHourlyRates('kehl')).toEqual({ ...kehl, updatedAt: NOW });
    expect((await store.getHourlyRates('offenburg')).roles).toEqual([]);
  });

  it('replaces all rates at once on save, and may clear the default', async () => {
    const store = getStore();
    await store.createOrg({ id: 'kehl', name: 'Kehl' });
    await store.setHourlyRates('kehl', { defaultRate: 50, roles: [{ role: 'A', rate: 40 }] }, NOW);
    await store.setHourlyRates('kehl', { defaultRate: null, roles: [{ role: 'B', rate: 70 }] }, LATER);
    expect(await store.getHourlyRates('kehl')).toEqual({
      defaultRate: null,
      roles: [{ role: 'B', rate: 70 }],
      updatedAt: LATER,
    });
  });

  it('refuses rates for a municipality that does not exist', async () => {
    const store = getStore();
    await expect(store.setHourlyRates('nowhere', { defaultRate: 1, roles: [] }, NOW)).rejects.toThrow();
  });
}
