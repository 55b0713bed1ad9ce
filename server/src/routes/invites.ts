// Invite links: facilitators create, list and revoke them; guests preview and join by the link's token.
import { Hono } from 'hono';
import { z } from 'zod';
import { requireProcessRole } from '../auth/guards.ts';
import { INVITE_ROLES, createInvite, findInvite, inviteProblem, publicInvite } from '../auth/invites.ts';
import type { AuthEnv } from '../auth/middleware.ts';
import { startSession } from '../auth/sessions.ts';
import { DomainError, notFound } from '../errors.ts';
import { personId } from '../auth/principal.ts';
import { newRecordId } from '../ids.ts';
import type { Store } from '../store/store.ts';
import { parseJson } from './validation.ts';

const CreateInvite = z.object({
  role: z.enum(INVITE_ROLES),
  expiresInHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(24),
  maxUses: z.number().int().min(1).max(1000).default(30),
});
const Join = z.object({ name: z.string().trim().min(1).max(80) });

export type InviteHooks = { onInviteRevoked?: (inviteId: string) => void };

/** Routes under /api/processes/:id/invites. */
export function processInviteRoutes(store: Store, publicUrl: (c: { req: { url: string } }) => string) {
  return new Hono<AuthEnv>()
    .post('/:id/invites', async (c) => {
      const { process, principal } = await requireProcessRole(c, store, c.req.param('id'), 'facilitator');
      const input = await parseJson(c, CreateInvite);
      const createdBy = personId(principal);
      const { invite, token } = await createInvite(store, { ...input, processId: process.id, createdBy });
      return c.json({ ...publicInvite(invite), token, url: `${publicUrl(c)}/join/${token}` }, 201);
    })
    .get('/:id/invites', async (c) => {
      const { process } = await requireProcessRole(c, store, c.req.param('id'), 'facilitator');
      return c.json({ invites: (await store.listInvites(process.id)).map(publicInvite) });
    });
}

/** Routes under /api/invites. */
export function inviteRoutes(store: Store, hooks: InviteHooks = {}) {
  return new Hono<AuthEnv>()
    .delete('/:inviteId', async (c) => {
      const invite = await store.getInvite(c.req.param('inviteId'));
      if (!invite) throw notFound('invite-not-found', 'No such invite.');
      await requireProcessRole(c, store, invite.processId, 'facilitator');
      await store.revokeInvite(invite.id, new Date().toISOString());
      hooks.onInviteRevoked?.(invite.id);
      return c.body(null, 204);
    })
    .get('/by-token/:token', async (c) => {
      const invite = await findInvite(store, c.req.param('token'));
      const process = await store.getProcess(invite.processId);
      const org = process?.orgId ? await store.getOrg(process.orgId) : undefined;
      return c.json({
        processId: invite.processId,
        processTitle: process?.title ?? '',
        orgName: org?.name ?? '',
        role: invite.role,
        expiresAt: invite.expiresAt,
      });
    })
    .post('/by-token/:token/join', async (c) => {
      const input = await parseJson(c, Join);
      const invite = await findInvite(store, c.req.param('token'));
      const guest = await store.redeemInvite(invite.id, {
        id: newRecordId(),
        inviteId: invite.id,
        processId: invite.processId,
        name: input.name,
        createdAt: new Date().toISOString(),
      });
      if (!guest)
        throw (
          inviteProblem({ ...invite, uses: invite.maxUses }) ?? new DomainError('invite-used-up', 410, 'Gone')
        );
      await startSession(c, store, { guestId: guest.id, expiresAt: new Date(invite.expiresAt) });
      return c.json({ processId: invite.processId, role: invite.role, name: guest.name }, 201);
    });
}
