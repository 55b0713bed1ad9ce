// Changing a member's role and removing members, never leaving a municipality without an admin.
import type { Role } from '@prozesswerk/protocol';
import { conflict, notFound } from '../errors.ts';
import type { Store } from '../store/store.ts';

async function memberRole(store: Store, orgId: string, userId: string): Promise<Role | undefined> {
  return (await store.listMemberships(userId)).find((m) => m.orgId === orgId)?.role;
}

async function refuseLastAdmin(store: Store, orgId: string, userId: string): Promise<void> {
  const admins = (await store.listMembers(orgId)).filter((m) => m.role === 'admin');
  if (admins.length === 1 && admins[0]?.userId === userId) {
    throw conflict(
      'last-admin',
      'This is the last admin of the municipality. Make someone else admin first.',
    );
  }
}

/** Returns the role the member had before. */
export async function changeMemberRole(
  store: Store,
  orgId: string,
  userId: string,
  role: Role,
): Promise<Role> {
  const before = await memberRole(store, orgId, userId);
  if (!before) throw notFound('member-not-found', 'No such member in this municipality.');
  if (before === 'admin' && role !== 'admin') await refuseLastAdmin(store, orgId, userId);
  if (before !== role) await store.setMembership({ userId, orgId, role });
  return before;
}

/** Returns the role the person had, or undefined when they were no member (nothing to do). */
export async function removeMember(store: Store, orgId: string, userId: string): Promise<Role | undefined> {
  const before = await memberRole(store, orgId, userId);
  if (!before) return undefined;
  if (before === 'admin') await refuseLastAdmin(store, orgId, userId);
  await store.removeMembership(userId, orgId);
  return before;
}
