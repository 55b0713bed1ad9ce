// Store contract, sync trust: refused updates remembered per room, and credential events from every path.
import { expect, it } from 'vitest';
import type { Store } from './store.ts';

const sortRecords = <T extends { client: number; clock: number }>(records: T[]) =>
  [...records].sort((a, b) => a.client - b.client || a.clock - b.clock);

export function syncTrustContract(getStore: () => Store, rawSql: (sql: string) => Promise<void>): void {
  it('remembers refused writers and deletions per room, for every instance to read', async () => {
    const store = getStore();
    expect(await store.loadRefusals('p1/map')).toEqual([]);
    // Client ids are unsigned 32-bit numbers: the largest must survive the round trip.
    await store.recordRefusals('p1/map', [
      { client: 4_294_967_295, clock: 7, len: null },
      { client: 12, clock: 0, len: 3 },
    ]);
    await store.recordRefusals('p1/discussion', [{ client: 5, clock: 1, len: null }]);
    await store.recordRefusals('p1/map', []);
    expect(sortRecords(await store.loadRefusals('p1/map'))).toEqual([
      { client: 12, clock: 0, len: 3 },
      { client: 4_294_967_295, clock: 7, len: null },
    ]);
    expect(await store.loadRefusals('p1/discussion')).toEqual([{ client: 5, clock: 1, len: null }]);
  });

  it('notes a revoked token, an ended session and a revoked invite as ended credentials', async () => {
    const store = getStore();
    const start = await store.lastAccessEventSeq();
    await store.createUser({ id: 'u1', email: 'a@kehl.de', name: 'Anna', passwordHash: null });
    await store.createAccessToken({ id: 't1', tokenHash: 'th1', userId: 'u1', label: 'cli', createdAt: 'T' });
    await store.createSession({
      tokenHash: 'sh1',
      userId: 'u1',
      guestId: null,
      createdAt: 'T',
      expiresAt: 'T',
    });
    await store.createProcess({ id: 'p1', title: 'A', orgId: null });
    await store.createInvite({
      id: 'i1',
      tokenHash: 'ih1',
      processId: 'p1',
      role: 'editor',
      createdBy: 'u1',
      createdAt: 'T',
      expiresAt: '2999-01-01T00:00:00.000Z',
      maxUses: 5,
    });
    expect(await store.listAccessEvents(start, 100)).toEqual([]);

    await store.revokeAccessToken('th1', 'T2');
    await store.revokeAccessToken('th1', 'T3');
    await store.deleteSession('sh1');
    await store.revokeInvite('i1', 'T2');
    const events = await store.listAccessEvents(start, 100);
    expect(events.map(({ credential, why }) => ({ credential, why }))).toEqual([
      { credential: 'secret:th1', why: 'forbidden' },
      { credential: 'secret:sh1', why: 'forbidden' },
      { credential: 'invite:i1', why: 'forbidden' },
    ]);
    expect(events.map((event) => event.seq)).toEqual(
      [...events.map((event) => event.seq)].sort((a, b) => a - b),
    );
    expect(await store.lastAccessEventSeq()).toBe(events.at(-1)?.seq);
    expect(await store.listAccessEvents(events[0]!.seq, 1)).toEqual([events[1]]);
  });

  it('notes changed and removed memberships, also when made by SQL outside the server', async () => {
    const store = getStore();
    await store.createOrg({ id: 'kehl', name: 'Kehl' });
    await store.createUser({ id: 'u1', email: 'a@kehl.de', name: 'Anna', passwordHash: null });
    const start = await store.lastAccessEventSeq();
    await store.setMembership({ userId: 'u1', orgId: 'kehl', role: 'editor' });
    await store.setMembership({ userId: 'u1', orgId: 'kehl', role: 'editor' });
    expect(await store.listAccessEvents(start, 100)).toEqual([]);
    await store.setMembership({ userId: 'u1', orgId: 'kehl', role: 'viewer' });
    await rawSql("DELETE FROM memberships WHERE user_id = 'u1'");
    const events = await store.listAccessEvents(start, 100);
    expect(events.map(({ credential, why }) => ({ credential, why }))).toEqual([
      { credential: 'user:u1', why: 'accessChanged' },
      { credential: 'user:u1', why: 'accessChanged' },
    ]);
    await store.pruneAccessEvents(events[0]!.seq);
    expect(await store.listAccessEvents(start, 100)).toEqual([events[1]]);
  });
}
