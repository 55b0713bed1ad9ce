// Routes a person reaches with a one-time link: accepting an invitation to a municipality, setting a new password.
import { operations as api } from '@prozesswerk/contract';
import { startSession } from '../auth/sessions.ts';
import { recordAudit } from '../members/audit.ts';
import { acceptMemberInvite, findMemberInvite } from '../members/invitations.ts';
import { findPasswordReset, usePasswordReset } from '../members/password-resets.ts';
import type { Store } from '../store/store.ts';
import { createRouter } from './router.ts';

export type MemberLinkHooks = {
  /** A person's sessions were ended (new password): their sockets reconnect and find out. */
  onMembershipChanged?: ((userId: string) => void) | undefined;
};

export function memberInvitationRoutes(store: Store, hooks: MemberLinkHooks = {}) {
  return createRouter()
    .openapi(api.previewMemberInvitation, async (c) => {
      const invite = await findMemberInvite(store, c.req.valid('param').token);
      const principal = c.get('principal');
      return c.json(
        {
          orgId: invite.orgId,
          orgName: (await store.getOrg(invite.orgId))?.name ?? '',
          email: invite.email,
          role: invite.role,
          expiresAt: invite.expiresAt,
          // The link names the email, so whoever holds it may know whether it needs a new account.
          hasAccount: (await store.getUserByEmail(invite.email)) !== undefined,
          signedInAs: principal?.kind === 'user' ? principal.user.email : null,
        },
        200,
      );
    })
    .openapi(api.acceptMemberInvitation, async (c) => {
      const input = c.req.valid('json');
      const invite = await findMemberInvite(store, c.req.valid('param').token);
      const principal = c.get('principal');
      const signedIn = principal?.kind === 'user' ? principal.user : undefined;
      const accepted = await acceptMemberInvite(store, invite, signedIn, input);
      if (accepted.created) await startSession(c, store, { userId: accepted.userId });
      await recordAudit(store, {
        orgId: invite.orgId,
        actorId: accepted.userId,
        action: 'member.joined',
        targetId: accepted.userId,
        detail: { role: accepted.role, invitationId: invite.id },
      });
      if (!accepted.created) hooks.onMembershipChanged?.(accepted.userId);
      return c.json({ orgId: invite.orgId, role: accepted.role }, accepted.created ? 201 : 200);
    });
}

export function passwordResetRoutes(store: Store, hooks: MemberLinkHooks = {}) {
  return createRouter()
    .openapi(api.previewPasswordReset, async (c) => {
      const reset = await findPasswordReset(store, c.req.valid('param').token);
      const user = await store.getUser(reset.userId);
      return c.json({ email: user?.email ?? '', expiresAt: reset.expiresAt }, 200);
    })
    .openapi(api.setNewPassword, async (c) => {
      const { password } = c.req.valid('json');
      const userId = await usePasswordReset(store, c.req.valid('param').token, password);
      hooks.onMembershipChanged?.(userId);
      return c.body(null, 204);
    });
}
