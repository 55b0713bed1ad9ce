// /api/setup: whether first-run setup is needed, and completing it with the one-time token.
import { Hono } from 'hono';
import { z } from 'zod';
import { addMember, createOrg } from '../auth/accounts.ts';
import type { AuthEnv } from '../auth/middleware.ts';
import { checkSetupToken, finishSetup, setupNeeded } from '../auth/setup.ts';
import { startSession } from '../auth/sessions.ts';
import { forbidden } from '../errors.ts';
import type { Store } from '../store/store.ts';
import { parseJson } from './validation.ts';

const Setup = z.object({
  token: z.string().min(1).max(200),
  orgName: z.string().trim().min(1).max(120),
  email: z.string().trim().min(3).max(320),
  name: z.string().trim().min(1).max(120),
  password: z.string().min(1).max(1000),
});

export function setupRoutes(store: Store) {
  return new Hono<AuthEnv>()
    .get('/', async (c) => c.json({ needed: await setupNeeded(store) }))
    .post('/', async (c) => {
      const input = await parseJson(c, Setup);
      if (!(await checkSetupToken(store, input.token))) {
        throw forbidden(
          'invalid-setup-token',
          'This setup link is not valid (any more). Restart the server for a new one.',
        );
      }
      const org = await createOrg(store, input.orgName);
      const user = await addMember(store, { ...input, orgId: org.id, role: 'admin' });
      await finishSetup(store);
      await startSession(c, store, { userId: user.id });
      return c.json({ orgId: org.id, userId: user.id }, 201);
    });
}
