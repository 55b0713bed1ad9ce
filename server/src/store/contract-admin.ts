// Store contract, member administration: invitations, password-reset links, activity, links, tokens, audit log.
import { expect, it } from 'vitest';
import type { Store } from './store.ts';

const NOW = '2026-11-25T10:00:00.000Z';
const LATER = '2026-12-25T10:00:00.000Z';

async function seed(store: Store) {
  await store.createOrg({ id: 'kehl', name: 'Kehl' });
  await store.createOrg({ id: 'offenburg', name: 'Offenburg' });
  await store.createUser({ id: 'u1', email: 'anna@kehl.de', name: 'Anna', passwordHash: 'old' });
  await store.createUser({ id: 'u2', email: 'bert@offenburg.de', name: 'Bert', passwordHash: null });
  await store.setMembership({ userId: 'u1', orgId: 'kehl', role: 'admin' });
  await store.setMembership({ userId: 'u2', orgId: 'offenburg', role: 'editor' });
}

const invite = (id: string, email: string) => ({
  id,
  tokenHash: `hash-${id}`,
  orgId: 'kehl',
  email,
  role: 'editor' as const,
  createdBy: 'u1',
  createdAt: NOW,
  expiresAt: LATER,
});

export function adminContract(getStore: () => Store): void {
  it('accepting an invitation grants its role once, atomically', async () => {
    const store = getStore();
    await seed(store);
    await store.createMemberInvite(invite('mi1', 'bert@offenburg.de'));
    expect((await store.getMemberInviteByTokenHash('hash-mi1'))?.email).toBe('bert@offenburg.de');
    expect(await store.acceptMemberInvite('mi1', 'u2', NOW)).toBe(true);
    expect(await store.acceptMemberInvite('mi1', 'u2', NOW)).toBe(false);
    expect(await store.listMemberships('u2')).toContainEqual({ userId: 'u2', orgId: 'kehl', role: 'editor' });
    expect(await store.getMemberInvite('mi1')).toMatchObject({ acceptedAt: NOW, acceptedBy: 'u2' });
  });

  it('a revoked invitation cannot be accepted, an accepted one cannot be revoked', async () => {
    const store = getStore();
    await seed(store);
    await store.createMemberInvite(invite('mi1', 'neu@kehl.de'));
    await store.createMemberInvite(invite('mi2', 'bert@offenburg.de'));
    await store.revokeMemberInvite('mi1', NOW);
    expect(await store.acceptMemberInvite('mi1', 'u2', NOW)).toBe(false);
    await store.acceptMemberInvite('mi2', 'u2', NOW);
    await store.revokeMemberInvite('mi2', LATER);
    expect((await store.getMemberInvite('mi2'))?.revokedAt).toBeNull();
    expect((await store.listMemberInvites('kehl')).map((i) => i.id).sort()).toEqual(['mi1', 'mi2']);
    expect(await store.listMemberInvites('offenburg')).toEqual([]);
  });

  it('a password-reset link sets the password once and ends every session of the person', async () => {
    const store = getStore();
    await seed(store);
    await store.createSession({
      tokenHash: 's1',
      userId: 'u1',
      guestId: null,
      createdAt: NOW,
      expiresAt: LATER,
    });
    await store.createPasswordReset({
      tokenHash: 'r1',
      userId: 'u1',
      createdBy: null,
      createdAt: NOW,
      expiresAt: LATER,
    });
    expect(await store.usePasswordReset('r1', 'new', NOW)).toBe(true);
    expect((await store.getUser('u1'))?.passwordHash).toBe('new');
    expect(await store.getSession('s1')).toBeUndefined();
    expect(await store.usePasswordReset('r1', 'newer', NOW)).toBe(false);
    expect((await store.getUser('u1'))?.passwordHash).toBe('new');
    expect((await store.getPasswordReset('r1'))?.usedAt).toBe(NOW);
  });

  it('lists members with when they were last active', async () => {
    const store = getStore();
    await seed(store);
    await store.touchUser('u1', NOW);
    expect(await store.listMembersWithActivity('kehl')).toEqual([
      { userId: 'u1', orgId: 'kehl', role: 'admin', email: 'anna@kehl.de', name: 'Anna', lastActiveAt: NOW },
    ]);
  });

  it('lists the workshop links of a municipality’s processes and its members’ tokens, nobody else’s', async () => {
    const store = getStore();
    await seed(store);
    await store.createProcess({ id: 'p1', title: 'Gewerbeanmeldung', orgId: 'kehl' });
    await store.createProcess({ id: 'p2', title: 'Hundesteuer', orgId: 'offenburg' });
    for (const [id, processId] of [
      ['i1', 'p1'],
      ['i2', 'p2'],
    ] as const) {
      await store.createInvite({
        id,
        tokenHash: `h-${id}`,
        processId,
        role: 'viewer',
        createdBy: 'u1',
        createdAt: NOW,
        expiresAt: LATER,
        maxUses: 3,
      });
    }
    await store.redeemInvite('i1', {
      id: 'g1',
      inviteId: 'i1',
      processId: 'p1',
      name: 'Gast',
      createdAt: NOW,
    });
    const links = await store.listOrgInvites('kehl');
    expect(links.map((l) => [l.id, l.processTitle, l.guests])).toEqual([['i1', 'Gewerbeanmeldung', 1]]);
    await store.createAccessToken({ id: 't1', tokenHash: 'th1', userId: 'u1', label: 'cli', createdAt: NOW });
    await store.createAccessToken({ id: 't2', tokenHash: 'th2', userId: 'u2', label: 'x', createdAt: NOW });
    expect(await store.listOrgAccessTokens('kehl')).toEqual([
      { id: 't1', userId: 'u1', userName: 'Anna', label: 'cli', createdAt: NOW, revokedAt: null },
    ]);
    expect((await store.getAccessTokenById('t2'))?.tokenHash).toBe('th2');
  });

  it('keeps a municipality’s audit log newest first and pages back', async () => {
    const store = getStore();
    await seed(store);
    for (const [i, orgId] of (['kehl', 'kehl', 'offenburg', 'kehl'] as const).entries()) {
      await store.appendAudit({
        orgId,
        at: NOW,
        actorId: 'u1',
        action: 'member.role-changed',
        targetId: 'u2',
        targetLabel: '',
        detail: { n: i, role: 'viewer' },
      });
    }
    const page = await store.listAudit('kehl', { limit: 2 });
    expect(page.map((e) => e.detail.n)).toEqual([3, 1]);
    const next = await store.listAudit('kehl', { limit: 2, before: page[1]?.seq });
    expect(next.map((e) => e.detail.n)).toEqual([0]);
    expect(next[0]).toMatchObject({ orgId: 'kehl', actorId: 'u1', action: 'member.role-changed' });
  });
}
