// /api/tokens: personal access tokens for scripts, created and revoked by their owner.
import { Hono } from 'hono';
import { z } from 'zod';
import { issueAccessToken } from '../auth/accounts.ts';
import { requireUser } from '../auth/guards.ts';
import type { AuthEnv } from '../auth/middleware.ts';
import { hashSecret } from '../auth/tokens.ts';
import { notFound } from '../errors.ts';
import type { Store } from '../store/store.ts';
import { parseJson } from './validation.ts';

const CreateToken = z.object({ label: z.string().trim().min(1).max(80).default('script') });
const RevokeToken = z.object({ token: z.string().min(1).max(200) });

export type TokenHooks = { onTokenRevoked?: (tokenHash: string) => void };

export function tokenRoutes(store: Store, hooks: TokenHooks = {}) {
  return new Hono<AuthEnv>()
    .post('/', async (c) => {
      const principal = requireUser(c);
      const input = await parseJson(c, CreateToken);
      return c.json(await issueAccessToken(store, principal.user.email, input.label), 201);
    })
    .post('/revoke', async (c) => {
      const principal = requireUser(c);
      const { token } = await parseJson(c, RevokeToken);
      const tokenHash = hashSecret(token);
      const record = await store.getAccessToken(tokenHash);
      if (!record || record.userId !== principal.user.id)
        throw notFound('token-not-found', 'No such access token.');
      await store.revokeAccessToken(tokenHash, new Date().toISOString());
      hooks.onTokenRevoked?.(tokenHash);
      return c.body(null, 204);
    });
}
