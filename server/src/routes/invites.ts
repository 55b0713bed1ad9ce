// Invite links: facilitators create, list and revoke them; guests preview and join by the link's token.
import { operations as api } from '@prozesswerk/contract';
import { atLeast } from '@prozesswerk/protocol';
import { requireProcessRole, requireUser } from '../auth/guards.ts';
import { createInvite, findInvite, inviteProblem, publicInvite } from '../auth/invites.ts';
import { startSession } from '../auth/sessions.ts';
import { DomainError, notFound } from '../errors.ts';
import { personId, roleForProcess } from '../auth/principal.ts';
import { newRecordId } from '../ids.ts';
import type { Store } from '../store/store.ts';
import { createRouter } from './router.ts';

export type InviteHooks = { onInviteRevoked?: (inviteId: string) => void };

/** Routes under /api/processes/:id/invites. */
export function processInviteRoutes(store: Store, publicUrl: (c: { req: { url: string } }) => string) {
  return createRouter()
    .openapi(api.createInvite, async (c) => {
      const { process, principal } = await requireProcessRole(
        c,
        store,
        c.req.valid('param').id,
        'facilitator',
      );
      const input = c.req.valid('json');
      const createdBy = personId(principal);
      const { invite, token } = await createInvite(store, { ...input, processId: process.id, createdBy });
      return c.json({ ...publicInvite(invite), token, url: `${publicUrl(c)}/join/${token}` }, 201);
    })
    .openapi(api.listInvites, async (c) => {
      const { process } = await requireProcessRole(c, store, c.req.valid('param').id, 'facilitator');
      return c.json({ invites: (await store.listInvites(process.id)).map(publicInvite) }, 200);
    });
}

/** Routes under /api/invites. */
export function inviteRoutes(store: Store, hooks: InviteHooks = {}) {
  return (
    createRouter()
      .openapi(api.revokeInvite, async (c) => {
        const invite = await store.getInvite(c.req.valid('param').inviteId);
        if (!invite) throw notFound('invite-not-found', 'No such invite.');
        await requireProcessRole(c, store, invite.processId, 'facilitator');
        await store.revokeInvite(invite.id, new Date().toISOString());
        hooks.onInviteRevoked?.(invite.id);
        return c.body(null, 204);
      })
      .openapi(api.previewInvite, async (c) => {
        const invite = await findInvite(store, c.req.valid('param').token);
        const process = await store.getProcess(invite.processId);
        const org = process?.orgId ? await store.getOrg(process.orgId) : undefined;
        return c.json(
          {
            processId: invite.processId,
            processTitle: process?.title ?? '',
            orgName: org?.name ?? '',
            role: invite.role,
            expiresAt: invite.expiresAt,
          },
          200,
        );
      })
      .openapi(api.joinInvite, async (c) => {
        const input = c.req.valid('json');
        const invite = await findInvite(store, c.req.valid('param').token);
        const signedIn = c.get('principal');
        const guest = await store.redeemInvite(invite.id, {
          id: newRecordId(),
          inviteId: invite.id,
          processId: invite.processId,
          name: input.name,
          createdAt: new Date().toISOString(),
          // Remembered so that exporting or erasing this person's data finds what they did as a guest too.
          userId: signedIn?.kind === 'user' ? signedIn.user.id : null,
        });
        if (!guest)
          throw (
            inviteProblem({ ...invite, uses: invite.maxUses }) ??
            new DomainError('invite-used-up', 410, 'Gone')
          );
        await startSession(c, store, { guestId: guest.id, expiresAt: new Date(invite.expiresAt) });
        return c.json({ processId: invite.processId, role: invite.role, name: guest.name }, 201);
      })
      /*
       * A signed-in member joins as themselves: their session stays, their account gets the link's role on the
       * process for as long as the link lasts (the row is a guest row marked `asSelf`, found with their account).
       */
      .openapi(api.joinInviteAsSelf, async (c) => {
        const principal = requireUser(c);
        const invite = await findInvite(store, c.req.valid('param').token);
        const process = await store.getProcess(invite.processId);
        if (!process) throw notFound('process-not-found', `No process with id ${invite.processId}`);
        const home = principal.memberships.find((m) => m.orgId === process.orgId) ?? principal.memberships[0];
        const municipality = (home && (await store.getOrg(home.orgId))?.name) ?? '';
        const answer = { processId: process.id, name: principal.user.name, municipality };
        const current = roleForProcess(principal, process);
        if (current && atLeast(current, invite.role)) return c.json({ ...answer, role: current }, 200);
        const joined = await store.redeemInvite(invite.id, {
          id: newRecordId(),
          inviteId: invite.id,
          processId: invite.processId,
          name: principal.user.name,
          createdAt: new Date().toISOString(),
          userId: principal.user.id,
          asSelf: true,
        });
        if (!joined)
          throw (
            inviteProblem({ ...invite, uses: invite.maxUses }) ??
            new DomainError('invite-used-up', 410, 'Gone')
          );
        return c.json({ ...answer, role: invite.role }, 201);
      })
  );
}
