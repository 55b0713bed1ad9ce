// Store contract, part five: variants following their origin, and withdrawing a process from the library.
import { expect, it } from 'vitest';
import type { Store } from './store.ts';

async function seed(store: Store) {
  await store.createOrg({ id: 'kehl', name: 'Kehl' });
  await store.createOrg({ id: 'offenburg', name: 'Offenburg' });
  await store.createProcess({ id: 'origin', title: 'Gewerbeanmeldung', orgId: 'kehl' });
  await store.createProcess({
    id: 'variant',
    title: 'Gewerbeanmeldung Offenburg',
    orgId: 'offenburg',
    originProcessId: 'origin',
    originVersion: 2,
  });
}

export function lineageContract(getStore: () => Store): void {
  it('moves a variant onto a newer origin version only from the version it is based on', async () => {
    const store = getStore();
    await seed(store);
    expect(await store.advanceOriginVersion('variant', 2, 3)).toBe(true);
    expect((await store.getProcess('variant'))?.originVersion).toBe(3);
    // A second person taking over version 3 from version 2 at the same moment finds it already moved.
    expect(await store.advanceOriginVersion('variant', 2, 3)).toBe(false);
    expect(await store.advanceOriginVersion('missing', 2, 3)).toBe(false);
    expect((await store.getProcess('variant'))?.originVersion).toBe(3);
  });

  it('withdraws a published process from the library and clears the mark when it is published again', async () => {
    const store = getStore();
    await seed(store);
    expect((await store.getProcess('origin'))?.withdrawnAt).toBeNull();
    expect(await store.withdrawPublication('origin', '2026-12-01T09:00:00.000Z')).toBe(false);
    await store.publishVersion('origin', 1, '');
    expect(await store.withdrawPublication('origin', '2026-12-01T09:00:00.000Z')).toBe(true);
    expect(await store.getProcess('origin')).toMatchObject({
      publishedVersion: null,
      status: 'agreed',
      withdrawnAt: '2026-12-01T09:00:00.000Z',
    });
    const library = await store.searchLibrary({ memberOrgIds: ['offenburg'], includePublished: true });
    expect(library.map((p) => p.id)).toEqual(['variant']);
    await store.publishVersion('origin', 1, '');
    expect(await store.getProcess('origin')).toMatchObject({ publishedVersion: 1, withdrawnAt: null });
  });
}
