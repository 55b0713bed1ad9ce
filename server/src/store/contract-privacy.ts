// Store contract, data protection: erasure that removes a person's records in one step and can be resumed, and
// retention (expired sessions, links and guests past their time).
import { expect, it } from 'vitest';
import type { Store } from './store.ts';

const T0 = '2026-11-01T10:00:00.000Z';
const T1 = '2026-11-20T10:00:00.000Z';
const T2 = '2026-12-25T10:00:00.000Z';

async function seed(store: Store) {
  await store.createOrg({ id: 'kehl', name: 'Kehl' });
  await store.createUser({ id: 'u1', email: 'anna@kehl.de', name: 'Anna Albrecht', passwordHash: 'x' });
  await store.createUser({ id: 'u2', email: 'bert@kehl.de', name: 'Bert', passwordHash: 'x' });
  await store.setMembership({ userId: 'u1', orgId: 'kehl', role: 'editor' });
  await store.setMembership({ userId: 'u2', orgId: 'kehl', role: 'admin' });
  await store.createProcess({ id: 'p1', title: 'Gewerbeanmeldung', orgId: 'kehl' });
  await store.createInvite({
    id: 'i1',
    tokenHash: 'ih1',
    processId: 'p1',
    role: 'commenter',
    createdBy: 'u2',
    createdAt: T0,
    expiresAt: T1,
    maxUses: 5,
  });
  await store.redeemInvite('i1', {
    id: 'g1',
    inviteId: 'i1',
    processId: 'p1',
    name: 'Anna',
    createdAt: T0,
    userId: 'u1',
  });
  await store.redeemInvite('i1', { id: 'g2', inviteId: 'i1', processId: 'p1', name: 'Gast', createdAt: T0 });
  await store.createSession({ tokenHash: 's1', userId: 'u1', guestId: null, createdAt: T0, expiresAt: T2 });
  await store.createSession({ tokenHash: 's2', userId: null, guestId: 'g1', createdAt: T0, expiresAt: T1 });
  await store.createSession({ tokenHash: 's3', userId: 'u2', guestId: null, createdAt: T0, expiresAt: T2 });
  await store.createAccessToken({ id: 't1', tokenHash: 'th1', userId: 'u1', label: 'cli', createdAt: T0 });
  await store.recordVisit('u1', 'p1', T0);
  await store.createMemberInvite({
    id: 'm1',
    tokenHash: 'mh1',
    orgId: 'kehl',
    email: 'anna@kehl.de',
    role: 'editor',
    createdBy: 'u2',
    createdAt: T0,
    expiresAt: T2,
  });
  await store.appendAudit({
    orgId: 'kehl',
    at: T0,
    actorId: 'u2',
    action: 'member.invited',
    targetId: null,
    targetLabel: 'Anna@Kehl.de',
    detail: { role: 'editor' },
  });
}

const erasure = (id: string, personIds: string[]) => ({
  id,
  personIds,
  kind: 'user' as const,
  orgIds: ['kehl'],
  requestedBy: 'u2',
  reason: 'request' as const,
  startedAt: T1,
  pending: { name: 'Anna Albrecht', emails: ['anna@kehl.de'] },
});

export function privacyContract(getStore: () => Store): void {
  it('lists what a person’s export reads', async () => {
    const store = getStore();
    await seed(store);
    expect((await store.listSessionsOf(['u1', 'g1'])).map((s) => s.tokenHash)).toEqual(['s1', 's2']);
    expect((await store.listAccessTokensOf('u1')).map((t) => t.id)).toEqual(['t1']);
    expect((await store.listGuestsOfUser('u1')).map((g) => g.id)).toEqual(['g1']);
    expect((await store.listInvitesCreatedBy(['u2'])).map((i) => i.id)).toEqual(['i1']);
    expect((await store.listMemberInvitesCreatedBy(['u2'])).map((i) => i.id)).toEqual(['m1']);
    expect((await store.listMemberInvitesFor('ANNA@kehl.de')).map((i) => i.id)).toEqual(['m1']);
    expect((await store.listAuditAbout(['u1'], 'anna@kehl.de')).map((e) => e.action)).toEqual([
      'member.invited',
    ]);
    expect(await store.listProcessIds()).toEqual(['p1']);
  });

  it('erases a person’s records in one step, once, and keeps what is still to find until it finishes', async () => {
    const store = getStore();
    await seed(store);
    const started = await store.beginErasure(erasure('u1', ['u1', 'g1']));
    expect(started).toMatchObject({ pseudonym: 1, personIds: ['g1', 'u1'], finishedAt: null });
    expect(started.pending).toEqual({ name: 'Anna Albrecht', emails: ['anna@kehl.de'] });
    expect(await store.getUser('u1')).toBeUndefined();
    expect(await store.getGuest('g1')).toBeUndefined();
    expect(await store.getGuest('g2')).toBeDefined();
    expect(await store.listMemberships('u1')).toEqual([]);
    expect(await store.getSession('s1')).toBeUndefined();
    expect(await store.getSession('s2')).toBeUndefined();
    expect(await store.getSession('s3')).toBeDefined();
    expect(await store.getAccessToken('th1')).toBeUndefined();
    expect((await store.listVisits('u1')).size).toBe(0);
    expect(await store.listMemberInvites('kehl')).toEqual([]);
    expect((await store.listAudit('kehl', { limit: 10 }))[0]?.targetLabel).toBe('');

    expect(await store.beginErasure(erasure('u1', ['u1']))).toEqual(started);
    expect((await store.getErasureOf('g1'))?.id).toBe('u1');
    expect(await store.listUnfinishedErasures()).toEqual([started]);
    await store.finishErasure('u1', T2);
    const finished = await store.getErasureOf('u1');
    expect(finished).toMatchObject({ finishedAt: T2, pending: null, pseudonym: 1 });
    expect(await store.listUnfinishedErasures()).toEqual([]);
    expect(await store.listErasuresFinishedAfter(T1)).toEqual(['u1']);
    expect(await store.listErasuresFinishedAfter(T2)).toEqual([]);
    expect((await store.beginErasure({ ...erasure('u2', ['u2']), pending: null })).pseudonym).toBe(2);
  });

  it('purges expired sessions and stale links, and finds guests past retention', async () => {
    const store = getStore();
    await seed(store);
    expect(await store.purgeExpiredSessions('2026-11-21T00:00:00.000Z')).toBe(1);
    expect(await store.getSession('s2')).toBeUndefined();
    expect(await store.getSession('s1')).toBeDefined();
    expect((await store.listGuestsPastRetention('2026-11-20T00:00:00.000Z')).length).toBe(0);
    expect((await store.listGuestsPastRetention('2026-11-21T00:00:00.000Z')).map((g) => g.id).sort()).toEqual(
      ['g1', 'g2'],
    );
    await store.createPasswordReset({
      tokenHash: 'r1',
      userId: 'u1',
      createdBy: null,
      createdAt: T0,
      expiresAt: T1,
    });
    expect(await store.purgeStaleLinks('2026-11-21T00:00:00.000Z')).toBe(1);
    expect(await store.purgeStaleLinks('2027-01-01T00:00:00.000Z')).toBe(1);
    expect(await store.listMemberInvites('kehl')).toEqual([]);
  });
}
