// /api/orgs/{orgId}/…: member administration for a municipality's admins — invitations, roles, password-reset
// links, workshop links and access tokens, and the audit log of all of it.
import type { Context } from 'hono';
import { operations as api } from '@prozesswerk/contract';
import type { Role } from '@prozesswerk/protocol';
import { requireOrgRole } from '../auth/guards.ts';
import type { AuthEnv } from '../auth/middleware.ts';
import { roleInOrg } from '../auth/principal.ts';
import { forbidden, notFound } from '../errors.ts';
import { trySend, type Mailer } from '../mail/mailer.ts';
import { invitationMail, passwordResetMail } from '../mail/texts.ts';
import { readAudit, recordAudit } from '../members/audit.ts';
import { inviteMember, normaliseEmail, publicMemberInvite } from '../members/invitations.ts';
import { changeMemberRole } from '../members/memberships.ts';
import { issuePasswordReset } from '../members/password-resets.ts';
import type { Store } from '../store/store.ts';
import { createRouter } from './router.ts';

export type MemberRouteDeps = {
  store: Store;
  mailer: Mailer | undefined;
  publicUrl: (c: { req: { url: string } }) => string;
  log: (message: string, error?: unknown) => void;
  /** A member's role changed or they were removed: their open sockets must pick up the new access. */
  onMembershipChanged?: ((userId: string) => void) | undefined;
  /** A token or workshop link was revoked: sockets standing on it close. */
  onCredentialRevoked?: ((key: string) => void) | undefined;
};

export function memberRoutes(deps: MemberRouteDeps) {
  const { store } = deps;

  /** Creates the invitation, mails it if it can and records it: the one way into a municipality for anyone new. */
  const invite = async (
    c: Context<AuthEnv>,
    admin: { user: { id: string; name: string } },
    input: { orgId: string; email: string; role: string },
  ) => {
    const { invite, token } = await inviteMember(store, { ...input, createdBy: admin.user.id });
    const url = `${deps.publicUrl(c)}/invitation/${token}`;
    const org = await store.getOrg(input.orgId);
    const mailed = await trySend(
      deps.mailer,
      invitationMail({
        to: invite.email,
        orgName: org?.name ?? '',
        role: invite.role,
        url,
        invitedBy: admin.user.name,
      }),
      deps.log,
    );
    await recordAudit(store, {
      orgId: input.orgId,
      actorId: admin.user.id,
      action: 'member.invited',
      targetLabel: invite.email,
      detail: { role: invite.role, invitationId: invite.id },
    });
    return { ...publicMemberInvite(invite), token, url, mailed };
  };

  /** Sets a member's role here; their sockets reconnect with it. Throws member-not-found for anyone else. */
  const setRole = async (adminId: string, orgId: string, userId: string, role: Role) => {
    const before = await changeMemberRole(store, orgId, userId, role);
    if (before === role) return;
    await recordAudit(store, {
      orgId,
      actorId: adminId,
      action: 'member.role-changed',
      targetId: userId,
      detail: { from: before, to: role },
    });
    deps.onMembershipChanged?.(userId);
  };

  return createRouter()
    .openapi(api.listMemberInvitations, async (c) => {
      const { orgId } = c.req.valid('param');
      requireOrgRole(c, orgId, 'admin');
      return c.json({ invitations: (await store.listMemberInvites(orgId)).map(publicMemberInvite) }, 200);
    })
    .openapi(api.inviteMember, async (c) => {
      const { orgId } = c.req.valid('param');
      const admin = requireOrgRole(c, orgId, 'admin');
      const input = c.req.valid('json');
      return c.json(await invite(c, admin, { ...input, orgId }), 201);
    })
    .openapi(api.putMember, async (c) => {
      const { orgId } = c.req.valid('param');
      const admin = requireOrgRole(c, orgId, 'admin');
      const { email: raw, role } = c.req.valid('json');
      const email = normaliseEmail(raw);
      const user = await store.getUserByEmail(email);
      const member = user && (await store.listMemberships(user.id)).some((m) => m.orgId === orgId);
      if (user && member) {
        await setRole(admin.user.id, orgId, user.id, role);
        return c.json({ id: user.id }, 200);
      }
      // Anyone else is invited, whether the e-mail has an account in another municipality or none: they join only
      // by accepting, nothing of theirs elsewhere changes, and the answer is the same either way.
      return c.json(await invite(c, admin, { orgId, email, role }), 202);
    })
    .openapi(api.withdrawMemberInvitation, async (c) => {
      const { orgId, invitationId } = c.req.valid('param');
      const admin = requireOrgRole(c, orgId, 'admin');
      const invite = await store.getMemberInvite(invitationId);
      if (!invite || invite.orgId !== orgId) throw notFound('invitation-not-found', 'No such invitation.');
      if (!invite.revokedAt && !invite.acceptedAt) {
        await store.revokeMemberInvite(invite.id, new Date().toISOString());
        await recordAudit(store, {
          orgId,
          actorId: admin.user.id,
          action: 'member.invite-revoked',
          targetLabel: invite.email,
          detail: { invitationId: invite.id },
        });
      }
      return c.body(null, 204);
    })
    .openapi(api.changeMemberRole, async (c) => {
      const { orgId, userId } = c.req.valid('param');
      const admin = requireOrgRole(c, orgId, 'admin');
      const { role } = c.req.valid('json');
      await setRole(admin.user.id, orgId, userId, role);
      return c.json({ userId, orgId, role }, 200);
    })
    .openapi(api.issuePasswordReset, async (c) => {
      const { orgId, userId } = c.req.valid('param');
      const admin = requireOrgRole(c, orgId, 'admin');
      const memberships = await store.listMemberships(userId);
      const user = await store.getUser(userId);
      if (!user || !memberships.some((m) => m.orgId === orgId))
        throw notFound('member-not-found', 'No such member in this municipality.');
      // A link the admin sees lets the admin into the account: only for people who are nowhere else.
      const elsewhere = memberships.some((m) => roleInOrg(admin, m.orgId) !== 'admin');
      if (elsewhere && !deps.mailer) {
        throw forbidden(
          'person-in-other-municipality',
          'This person also belongs to another municipality; only they can receive a reset link, by email.',
        );
      }
      const { token, expiresAt } = await issuePasswordReset(store, userId, admin.user.id);
      const url = `${deps.publicUrl(c)}/reset-password/${token}`;
      const mailed = await trySend(deps.mailer, passwordResetMail({ to: user.email, url }), deps.log);
      await recordAudit(store, {
        orgId,
        actorId: admin.user.id,
        action: 'member.password-reset-issued',
        targetId: userId,
        detail: { mailed },
      });
      if (elsewhere) return c.json({ expiresAt, mailed }, 201);
      return c.json({ url, token, expiresAt, mailed }, 201);
    })
    .openapi(api.listWorkshopLinks, async (c) => {
      const { orgId } = c.req.valid('param');
      requireOrgRole(c, orgId, 'admin');
      const links = await store.listOrgInvites(orgId);
      return c.json({ links: links.map(({ tokenHash: _hash, ...link }) => link) }, 200);
    })
    .openapi(api.revokeWorkshopLink, async (c) => {
      const { orgId, inviteId } = c.req.valid('param');
      const admin = requireOrgRole(c, orgId, 'admin');
      const invite = await store.getInvite(inviteId);
      const process = invite ? await store.getProcess(invite.processId) : undefined;
      if (!invite || process?.orgId !== orgId) throw notFound('invite-not-found', 'No such workshop link.');
      if (!invite.revokedAt) {
        await store.revokeInvite(invite.id, new Date().toISOString());
        deps.onCredentialRevoked?.(`invite:${invite.id}`);
        await recordAudit(store, {
          orgId,
          actorId: admin.user.id,
          action: 'workshop-link.revoked',
          targetId: invite.id,
          detail: { processId: invite.processId, role: invite.role },
        });
      }
      return c.body(null, 204);
    })
    .openapi(api.listMemberTokens, async (c) => {
      const { orgId } = c.req.valid('param');
      requireOrgRole(c, orgId, 'admin');
      return c.json({ tokens: await store.listOrgAccessTokens(orgId) }, 200);
    })
    .openapi(api.revokeMemberToken, async (c) => {
      const { orgId, tokenId } = c.req.valid('param');
      const admin = requireOrgRole(c, orgId, 'admin');
      const token = await store.getAccessTokenById(tokenId);
      const owner = token ? await store.listMemberships(token.userId) : [];
      if (!token || !owner.some((m) => m.orgId === orgId))
        throw notFound('token-not-found', 'No such access token.');
      if (!token.revokedAt) {
        await store.revokeAccessToken(token.tokenHash, new Date().toISOString());
        deps.onCredentialRevoked?.(`secret:${token.tokenHash}`);
        await recordAudit(store, {
          orgId,
          actorId: admin.user.id,
          action: 'token.revoked',
          targetId: token.userId,
          detail: { label: token.label, tokenId: token.id },
        });
      }
      return c.body(null, 204);
    })
    .openapi(api.readAudit, async (c) => {
      const { orgId } = c.req.valid('param');
      requireOrgRole(c, orgId, 'admin');
      return c.json({ entries: await readAudit(store, orgId, c.req.valid('query')) }, 200);
    });
}
