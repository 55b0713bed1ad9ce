// Store contract, part two: municipalities, users, memberships, sessions, tokens and invites.
import { expect, it } from 'vitest';
import type { Store } from './store.ts';

const NOW = '2026-11-25T10:00:00.000Z';
const LATER = '2026-12-25T10:00:00.000Z';

async function seed(store: Store) {
  await store.createOrg({ id: 'kehl', name: 'Kehl' });
  await store.createOrg({ id: 'offenburg', name: 'Offenburg' });
  await store.createUser({ id: 'u1', email: 'anna@kehl.de', name: 'Anna', passwordHash: null });
  await store.createProcess({ id: 'p1', title: 'Gewerbeanmeldung', orgId: 'kehl' });
}

export function peopleAndCredentialsContract(getStore: () => Store): void {
  it('finds users by email regardless of case and refuses duplicate emails', async () => {
    const store = getStore();
    await seed(store);
    expect((await store.getUserByEmail('ANNA@kehl.de'))?.id).toBe('u1');
    await expect(
      store.createUser({ id: 'u2', email: 'Anna@Kehl.de', name: 'X', passwordHash: null }),
    ).rejects.toThrow();
    expect(await store.countUsers()).toBe(1);
  });

  it('gives a user one role per municipality and changes it in place', async () => {
    const store = getStore();
    await seed(store);
    await store.setMembership({ userId: 'u1', orgId: 'kehl', role: 'editor' });
    await store.setMembership({ userId: 'u1', orgId: 'offenburg', role: 'viewer' });
    await store.setMembership({ userId: 'u1', orgId: 'kehl', role: 'facilitator' });
    expect(await store.listMemberships('u1')).toEqual([
      { userId: 'u1', orgId: 'kehl', role: 'facilitator' },
      { userId: 'u1', orgId: 'offenburg', role: 'viewer' },
    ]);
    expect((await store.listMembers('kehl')).map((m) => m.email)).toEqual(['anna@kehl.de']);
    await store.removeMembership('u1', 'offenburg');
    expect(await store.listMemberships('u1')).toHaveLength(1);
  });

  it('lists only the processes of the given municipalities', async () => {
    const store = getStore();
    await seed(store);
    await store.createProcess({ id: 'p2', title: 'Hundesteuer', orgId: 'offenburg' });
    expect((await store.listProcesses(['kehl'])).map((p) => p.id)).toEqual(['p1']);
    expect(await store.listProcesses([])).toEqual([]);
  });

  it('stores sessions and access tokens by hash and revokes tokens', async () => {
    const store = getStore();
    await seed(store);
    await store.createSession({
      tokenHash: 'h1',
      userId: 'u1',
      guestId: null,
      createdAt: NOW,
      expiresAt: LATER,
    });
    expect((await store.getSession('h1'))?.userId).toBe('u1');
    await store.deleteSession('h1');
    expect(await store.getSession('h1')).toBeUndefined();
    await store.createAccessToken({ id: 't1', tokenHash: 'th1', userId: 'u1', label: 'cli', createdAt: NOW });
    expect((await store.getAccessToken('th1'))?.revokedAt).toBeNull();
    expect(await store.revokeAccessToken('th1', NOW)).toBe(true);
    expect((await store.getAccessToken('th1'))?.revokedAt).toBe(NOW);
    expect(await store.revokeAccessToken('missing', NOW)).toBe(false);
  });

  it('redeems an invite at most max-uses times', async () => {
    const store = getStore();
    await seed(store);
    const invite = {
      id: 'i1',
      tokenHash: 'ih1',
      processId: 'p1',
      role: 'editor' as const,
      createdBy: 'u1',
      createdAt: NOW,
      expiresAt: LATER,
      maxUses: 2,
    };
    await store.createInvite(invite);
    const guest = (id: string) => ({
      id,
      inviteId: 'i1',
      processId: 'p1',
      name: `Gast ${id}`,
      createdAt: NOW,
    });
    expect(await store.redeemInvite('i1', guest('g1'))).toBeDefined();
    expect(await store.redeemInvite('i1', guest('g2'))).toBeDefined();
    expect(await store.redeemInvite('i1', guest('g3'))).toBeUndefined();
    expect((await store.getInviteByTokenHash('ih1'))?.uses).toBe(2);
    expect((await store.getGuest('g2'))?.name).toBe('Gast g2');
    expect(await store.getGuest('g3')).toBeUndefined();
    await store.revokeInvite('i1', NOW);
    expect((await store.listInvites('p1'))[0]?.revokedAt).toBe(NOW);
  });

  it('remembers when each person last looked at a process', async () => {
    const store = getStore();
    await seed(store);
    expect(await store.recordVisit('u1', 'p1', NOW)).toBeNull();
    expect(await store.recordVisit('u1', 'p1', LATER)).toBe(NOW);
    expect(await store.recordVisit('g1', 'p1', NOW)).toBeNull();
    expect(await store.listVisits('u1')).toEqual(new Map([['p1', LATER]]));
    expect(await store.listVisits('nobody')).toEqual(new Map());
  });

  it('keeps settings and deletes them when set to null', async () => {
    const store = getStore();
    await store.setSetting('k', 'v1');
    await store.setSetting('k', 'v2');
    expect(await store.getSetting('k')).toBe('v2');
    await store.setSetting('k', null);
    expect(await store.getSetting('k')).toBeUndefined();
  });

  it('initialises a setting once and hands out a one-time value to exactly one taker', async () => {
    const store = getStore();
    expect(await store.initSetting('key', 'first')).toBe('first');
    expect(await store.initSetting('key', 'second')).toBe('first');
    await store.setSetting('token', 'abc');
    const takes = await Promise.all([1, 2, 3, 4, 5].map(() => store.takeSetting('token', 'abc')));
    expect(takes.filter(Boolean)).toHaveLength(1);
    expect(await store.getSetting('token')).toBeUndefined();
    await store.setSetting('token', 'abc');
    expect(await store.takeSetting('token', 'wrong')).toBe(false);
    expect(await store.getSetting('token')).toBe('abc');
  });
}
