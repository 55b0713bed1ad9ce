// Finding a person by id (account, workshop guest, or someone already erased) and who may export or erase them.
import { atLeast } from '@prozesswerk/protocol';
import type { Principal } from '../auth/principal.ts';
import { roleInOrg } from '../auth/principal.ts';
import { forbidden, notFound } from '../errors.ts';
import type { ErasureRecord } from '../store/privacy-store.ts';
import type { GuestRecord, InviteRecord, MembershipRecord, Store, UserRecord } from '../store/store.ts';

export type FoundPerson =
  | { kind: 'user'; id: string; user: UserRecord; memberships: MembershipRecord[]; guests: GuestRecord[] }
  | { kind: 'guest'; id: string; guest: GuestRecord; invite: InviteRecord | undefined; orgId: string | null }
  | { kind: 'erased'; id: string; erasure: ErasureRecord };

export async function findPerson(store: Store, personId: string): Promise<FoundPerson | undefined> {
  const erasure = await store.getErasureOf(personId);
  if (erasure) return { kind: 'erased', id: personId, erasure };
  const user = await store.getUser(personId);
  if (user) {
    const [memberships, guests] = await Promise.all([
      store.listMemberships(user.id),
      store.listGuestsOfUser(user.id),
    ]);
    return { kind: 'user', id: user.id, user, memberships, guests };
  }
  const guest = await store.getGuest(personId);
  if (!guest) return undefined;
  const [invite, process] = await Promise.all([
    store.getInvite(guest.inviteId),
    store.getProcess(guest.processId),
  ]);
  return { kind: 'guest', id: guest.id, guest, invite, orgId: process?.orgId ?? null };
}

/** The municipalities a person belongs to: an account's memberships, a guest's workshop's municipality. */
export function orgsOf(person: FoundPerson): string[] {
  switch (person.kind) {
    case 'user':
      return person.memberships.map((m) => m.orgId);
    case 'guest':
      return person.orgId ? [person.orgId] : [];
    case 'erased':
      return person.erasure.orgIds;
  }
}

/** Every id the person acted under: the account and the guest ids linked to it. */
export function personIdsOf(person: FoundPerson): string[] {
  switch (person.kind) {
    case 'user':
      return [person.user.id, ...person.guests.map((g) => g.id)];
    case 'guest':
      return [person.guest.id];
    case 'erased':
      return person.erasure.personIds;
  }
}

const isSelf = (principal: Principal, person: FoundPerson) =>
  (principal.kind === 'user' ? principal.user.id : principal.guest.id) === person.id;

const adminOf = (principal: Principal, orgId: string) => {
  const role = roleInOrg(principal, orgId);
  return role !== null && atLeast(role, 'admin');
};

/**
 * The person, if the caller may export their data: the person themselves, or an admin of one of their
 * municipalities. Anyone else gets 404 exactly as for an unknown id, so nobody learns who exists elsewhere.
 */
export async function requireExportAccess(
  store: Store,
  principal: Principal,
  personId: string,
): Promise<FoundPerson> {
  const person = await findPerson(store, personId);
  if (person && person.kind !== 'erased' && isSelf(principal, person)) return person;
  if (!person || !orgsOf(person).some((orgId) => adminOf(principal, orgId))) throw unknownPerson(personId);
  return person;
}

/**
 * The person, if the caller may erase them: an admin of every one of their municipalities (for someone who also
 * belongs elsewhere, 403: only together, or the operator). Not an admin of any of them: 404.
 */
export async function requireEraseAccess(
  store: Store,
  principal: Principal,
  personId: string,
): Promise<FoundPerson> {
  const person = await findPerson(store, personId);
  const orgs = person ? orgsOf(person) : [];
  const administered = orgs.filter((orgId) => adminOf(principal, orgId));
  if (!person || administered.length === 0) throw unknownPerson(personId);
  if (administered.length < orgs.length) {
    throw forbidden(
      'person-in-other-municipality',
      'This person also belongs to a municipality you do not administer; its admins or the operator can erase them.',
    );
  }
  return person;
}

const unknownPerson = (personId: string) => notFound('person-not-found', `No person with id ${personId}`);
