// /api/auth: sign in and out, and who am I.
import { Hono } from 'hono';
import { z } from 'zod';
import type { AuthEnv } from '../auth/middleware.ts';
import { verifyPassword } from '../auth/passwords.ts';
import { displayName, type Principal } from '../auth/principal.ts';
import { endSession, startSession } from '../auth/sessions.ts';
import { tooManyRequests, unauthorized } from '../errors.ts';
import { createWindowLimiter } from '../limits/rate-limit.ts';
import type { Store } from '../store/store.ts';
import { parseJson } from './validation.ts';

const Login = z.object({ email: z.string().trim().min(1).max(320), password: z.string().min(1).max(1000) });

export type LoginLimits = { perIpPerMinute: number; perAccountPer15Minutes: number };
export const DEFAULT_LOGIN_LIMITS: LoginLimits = { perIpPerMinute: 20, perAccountPer15Minutes: 10 };

export function authRoutes(
  store: Store,
  clientIp: (c: { req: { raw: Request } }) => string,
  limits = DEFAULT_LOGIN_LIMITS,
) {
  const perIp = createWindowLimiter(limits.perIpPerMinute, 60_000);
  const perAccount = createWindowLimiter(limits.perAccountPer15Minutes, 15 * 60_000);

  return new Hono<AuthEnv>()
    .post('/login', async (c) => {
      const input = await parseJson(c, Login);
      const email = input.email.toLowerCase();
      if (!perIp.allow(clientIp(c)) || !perAccount.allow(email)) {
        throw tooManyRequests(
          'too-many-login-attempts',
          'Too many sign-in attempts. Please wait a few minutes.',
        );
      }
      const user = await store.getUserByEmail(email);
      if (!user || !(await verifyPassword(input.password, user.passwordHash))) {
        throw unauthorized('invalid-credentials', 'Email or password is wrong.');
      }
      await startSession(c, store, { userId: user.id });
      return c.json(
        await describe(store, {
          kind: 'user',
          user,
          memberships: await store.listMemberships(user.id),
          via: 'session',
          secretHash: '',
        }),
      );
    })
    .post('/logout', async (c) => {
      await endSession(c, store);
      return c.body(null, 204);
    })
    .get('/session', async (c) => {
      const principal = c.get('principal');
      if (!principal) throw unauthorized('unauthenticated', 'Not signed in.');
      return c.json(await describe(store, principal));
    });
}

async function describe(store: Store, principal: Principal) {
  if (principal.kind === 'guest') {
    return {
      kind: 'guest' as const,
      name: displayName(principal),
      guest: { id: principal.guest.id, processId: principal.guest.processId, role: principal.invite.role },
    };
  }
  const orgs = await Promise.all(
    principal.memberships.map(async (m) => ({
      id: m.orgId,
      name: (await store.getOrg(m.orgId))?.name ?? '',
      role: m.role,
    })),
  );
  return {
    kind: 'user' as const,
    name: principal.user.name,
    user: { id: principal.user.id, email: principal.user.email, name: principal.user.name },
    orgs,
  };
}
