// /api/tokens: personal access tokens for scripts, created and revoked by their owner.
import { operations as api } from '@prozesswerk/contract';
import { issueAccessToken } from '../auth/accounts.ts';
import { requireUser } from '../auth/guards.ts';
import { hashSecret } from '../auth/tokens.ts';
import { notFound } from '../errors.ts';
import type { Store } from '../store/store.ts';
import { createRouter } from './router.ts';

export type TokenHooks = { onTokenRevoked?: (tokenHash: string) => void };

export function tokenRoutes(store: Store, hooks: TokenHooks = {}) {
  return createRouter()
    .openapi(api.createAccessToken, async (c) => {
      const principal = requireUser(c);
      const { label } = c.req.valid('json');
      return c.json(await issueAccessToken(store, principal.user.email, label), 201);
    })
    .openapi(api.revokeAccessToken, async (c) => {
      const principal = requireUser(c);
      const tokenHash = hashSecret(c.req.valid('json').token);
      const record = await store.getAccessToken(tokenHash);
      if (!record || record.userId !== principal.user.id)
        throw notFound('token-not-found', 'No such access token.');
      await store.revokeAccessToken(tokenHash, new Date().toISOString());
      hooks.onTokenRevoked?.(tokenHash);
      return c.body(null, 204);
    });
}
