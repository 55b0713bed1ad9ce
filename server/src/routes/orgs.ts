// /api/orgs: my municipalities, and member management for their admins.
import { Hono } from 'hono';
import { z } from 'zod';
import { ROLES } from '@prozesswerk/protocol';
import { addMember } from '../auth/accounts.ts';
import { requireOrgRole, requireUser } from '../auth/guards.ts';
import type { AuthEnv } from '../auth/middleware.ts';
import type { Store } from '../store/store.ts';
import { parseJson } from './validation.ts';

const Member = z.object({
  email: z.string().trim().min(3).max(320),
  name: z.string().trim().max(120).default(''),
  role: z.enum(ROLES),
  password: z.string().max(1000).optional(),
});

export type OrgRouteHooks = {
  /** A member's role changed or they were removed: their open sockets must pick up the new access. */
  onMembershipChanged?: (userId: string) => void;
};

export function orgRoutes(store: Store, hooks: OrgRouteHooks = {}) {
  return new Hono<AuthEnv>()
    .get('/', async (c) => {
      const principal = requireUser(c);
      const orgs = await Promise.all(
        principal.memberships.map(async (m) => ({
          id: m.orgId,
          name: (await store.getOrg(m.orgId))?.name ?? '',
          role: m.role,
        })),
      );
      return c.json({ orgs });
    })
    .get('/:orgId/members', async (c) => {
      requireOrgRole(c, c.req.param('orgId'), 'admin');
      const members = await store.listMembers(c.req.param('orgId'));
      return c.json({
        members: members.map(({ userId, email, name, role }) => ({ userId, email, name, role })),
      });
    })
    .put('/:orgId/members', async (c) => {
      const orgId = c.req.param('orgId');
      requireOrgRole(c, orgId, 'admin');
      const input = await parseJson(c, Member);
      const before = await roleIn(store, input.email, orgId);
      const { id, created } = await addMember(store, { ...input, orgId });
      if (!created && before !== input.role) hooks.onMembershipChanged?.(id);
      return c.json({ id }, created ? 201 : 200);
    })
    .delete('/:orgId/members/:userId', async (c) => {
      const orgId = c.req.param('orgId');
      requireOrgRole(c, orgId, 'admin');
      const userId = c.req.param('userId');
      // Only someone who was a member here loses anything; others' sockets are none of this admin's business.
      const wasMember = (await store.listMemberships(userId)).some((m) => m.orgId === orgId);
      await store.removeMembership(userId, orgId);
      if (wasMember) hooks.onMembershipChanged?.(userId);
      return c.body(null, 204);
    });
}

/** The role the person with this e-mail has in the municipality now, if any. */
async function roleIn(store: Store, email: string, orgId: string): Promise<string | undefined> {
  const user = await store.getUserByEmail(email.trim().toLowerCase());
  if (!user) return undefined;
  return (await store.listMemberships(user.id)).find((m) => m.orgId === orgId)?.role;
}
