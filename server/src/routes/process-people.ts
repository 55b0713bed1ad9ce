// /api/processes/{id}/people: who can be @mentioned in a process's discussion — the members of its municipality.
import { operations as api } from '@prozesswerk/contract';
import { requireProcessRole } from '../auth/guards.ts';
import type { Store } from '../store/store.ts';
import { createRouter } from './router.ts';

export function processPeopleRoutes(store: Store) {
  return createRouter().openapi(api.listPeople, async (c) => {
    // Only those who can write a comment need the list; names and ids only, never e-mail addresses.
    const { process } = await requireProcessRole(c, store, c.req.valid('param').id, 'commenter');
    if (!process.orgId) return c.json({ people: [] }, 200);
    const org = await store.getOrg(process.orgId);
    const members = await store.listMembers(process.orgId);
    const people = members
      .map((member) => ({ id: member.userId, name: member.name, org: org?.name ?? '' }))
      .sort((a, b) => a.name.localeCompare(b.name, 'de'));
    return c.json({ people }, 200);
  });
}
