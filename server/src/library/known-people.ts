// Who the people a discussion names really are, from storage: for the decision log, which must not repeat a claim.
import type { KnownPerson } from '@prozesswerk/process-model';
import { findPerson } from '../privacy/person.ts';
import type { Store } from '../store/store.ts';

export async function knownPeople(store: Store, ids: readonly string[]): Promise<Map<string, KnownPerson>> {
  const orgNames = new Map<string, Promise<string | undefined>>();
  const orgName = (orgId: string) => {
    let name = orgNames.get(orgId);
    if (!name) orgNames.set(orgId, (name = store.getOrg(orgId).then((org) => org?.name)));
    return name;
  };
  const entries = await Promise.all(
    ids.map(async (id): Promise<[string, KnownPerson] | undefined> => {
      const person = await findPerson(store, id);
      if (!person) return undefined;
      if (person.kind === 'erased') return [id, 'asWritten'];
      if (person.kind === 'guest') return [id, { name: person.guest.name, orgs: [] }];
      const orgs = await Promise.all(person.memberships.map((m) => orgName(m.orgId)));
      return [id, { name: person.user.name, orgs: orgs.filter((name) => name !== undefined) }];
    }),
  );
  return new Map(entries.filter((entry) => entry !== undefined));
}
