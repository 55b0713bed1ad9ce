// /api/setup: whether first-run setup is needed, and completing it with the one-time token.
import { operations as api } from '@prozesswerk/contract';
import { addMember, checkMemberInput, createOrg } from '../auth/accounts.ts';
import { returnSetupToken, setupNeeded, takeSetupToken } from '../auth/setup.ts';
import { startSession } from '../auth/sessions.ts';
import { forbidden } from '../errors.ts';
import type { Store } from '../store/store.ts';
import { createRouter } from './router.ts';

export function setupRoutes(store: Store) {
  return createRouter()
    .openapi(api.getSetup, async (c) => c.json({ needed: await setupNeeded(store) }, 200))
    .openapi(api.completeSetup, async (c) => {
      const input = c.req.valid('json');
      // Taken before anything is created: of several requests racing with the same link, one sets up.
      if (!(await takeSetupToken(store, input.token))) {
        throw forbidden(
          'invalid-setup-token',
          'This setup link is not valid (any more). Restart the server for a new one.',
        );
      }
      let created: { orgId: string; userId: string };
      try {
        created = await createFirstAdmin(store, input);
      } catch (error) {
        await returnSetupToken(store, input.token);
        throw error;
      }
      await startSession(c, store, { userId: created.userId });
      return c.json(created, 201);
    });
}

type SetupInput = { orgName: string; email: string; name: string; password: string };

async function createFirstAdmin(store: Store, input: SetupInput) {
  checkMemberInput({ ...input, role: 'admin' });
  const org = await createOrg(store, input.orgName);
  const user = await addMember(store, { ...input, orgId: org.id, role: 'admin' });
  return { orgId: org.id, userId: user.id };
}
