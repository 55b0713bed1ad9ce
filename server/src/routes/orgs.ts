// /api/orgs: my municipalities, their member lists and removing members (adding and roles: routes/members.ts).
import { operations as api } from '@prozesswerk/contract';
import { requireOrgRole, requireUser } from '../auth/guards.ts';
import { recordAudit } from '../members/audit.ts';
import { removeMember } from '../members/memberships.ts';
import type { Store } from '../store/store.ts';
import { createRouter } from './router.ts';

export type OrgRouteHooks = {
  /** A member's role changed or they were removed: their open sockets must pick up the new access. */
  onMembershipChanged?: (userId: string) => void;
};

export function orgRoutes(store: Store, hooks: OrgRouteHooks = {}) {
  return createRouter()
    .openapi(api.listMyOrgs, async (c) => {
      const principal = requireUser(c);
      const orgs = await Promise.all(
        principal.memberships.map(async (m) => ({
          id: m.orgId,
          name: (await store.getOrg(m.orgId))?.name ?? '',
          role: m.role,
        })),
      );
      return c.json({ orgs }, 200);
    })
    .openapi(api.listMembers, async (c) => {
      const { orgId } = c.req.valid('param');
      requireOrgRole(c, orgId, 'admin');
      const members = await store.listMembersWithActivity(orgId);
      return c.json(
        {
          members: members.map(({ userId, email, name, role, lastActiveAt }) => ({
            userId,
            email,
            name,
            role,
            lastActiveAt,
          })),
        },
        200,
      );
    })
    .openapi(api.removeMember, async (c) => {
      const { orgId, userId } = c.req.valid('param');
      const admin = requireOrgRole(c, orgId, 'admin');
      // Only someone who was a member here loses anything; others' sockets are none of this admin's business.
      const before = await removeMember(store, orgId, userId);
      if (before) {
        hooks.onMembershipChanged?.(userId);
        await recordAudit(store, {
          orgId,
          actorId: admin.user.id,
          action: 'member.removed',
          targetId: userId,
          detail: { role: before },
        });
      }
      return c.body(null, 204);
    });
}
