// /api/auth: sign in and out, and who am I.
import type { Context } from 'hono';
import { operations as api, type Session, type UserSession } from '@prozesswerk/contract';
import { createKnownDevices } from '../auth/known-devices.ts';
import { createLoginThrottle, type LoginThrottle } from '../auth/login-throttle.ts';
import { verifyPasswordInConstantTime } from '../auth/passwords.ts';
import { displayName, type Principal, type UserPrincipal } from '../auth/principal.ts';
import { endSession, startSession } from '../auth/sessions.ts';
import { tooManyRequests, unauthorized } from '../errors.ts';
import type { Store } from '../store/store.ts';
import { createRouter } from './router.ts';

export function authRoutes(
  store: Store,
  clientAddress: (c: Context) => string,
  throttle: LoginThrottle = createLoginThrottle(),
) {
  const devices = createKnownDevices(store);

  return createRouter()
    .openapi(api.login, async (c) => {
      const input = c.req.valid('json');
      const email = input.email.toLowerCase();
      const user = await store.getUserByEmail(email);
      const attempt = {
        address: clientAddress(c),
        account: email,
        knownDevice: user ? await devices.isKnown(c, user.id) : false,
      };
      const verdict = throttle.check(attempt);
      if (!verdict.allowed) {
        c.header('Retry-After', String(verdict.retryAfterSeconds));
        throw tooManyRequests(
          'too-many-login-attempts',
          `Too many sign-in attempts. Please try again in ${verdict.retryAfterSeconds} seconds.`,
        );
      }
      // Unknown e-mails are checked against a throwaway hash, so both answers take as long.
      if (!(await verifyPasswordInConstantTime(input.password, user?.passwordHash)) || !user) {
        throttle.failed(attempt);
        throw unauthorized('invalid-credentials', 'Email or password is wrong.');
      }
      throttle.succeeded(attempt);
      await devices.remember(c, user.id);
      await startSession(c, store, { userId: user.id });
      const memberships = await store.listMemberships(user.id);
      return c.json(
        await describeUser(store, { kind: 'user', user, memberships, via: 'session', secretHash: '' }),
        200,
      );
    })
    .openapi(api.logout, async (c) => {
      await endSession(c, store);
      return c.body(null, 204);
    })
    .openapi(api.getSession, async (c) => {
      const principal = c.get('principal');
      if (!principal) throw unauthorized('unauthenticated', 'Not signed in.');
      return c.json(await describe(store, principal), 200);
    });
}

async function describe(store: Store, principal: Principal): Promise<Session> {
  if (principal.kind === 'guest') {
    return {
      kind: 'guest',
      name: displayName(principal),
      guest: { id: principal.guest.id, processId: principal.guest.processId, role: principal.invite.role },
    };
  }
  return describeUser(store, principal);
}

async function describeUser(store: Store, principal: UserPrincipal): Promise<UserSession> {
  const orgs = await Promise.all(
    principal.memberships.map(async (m) => ({
      id: m.orgId,
      name: (await store.getOrg(m.orgId))?.name ?? '',
      role: m.role,
    })),
  );
  return {
    kind: 'user',
    name: principal.user.name,
    user: { id: principal.user.id, email: principal.user.email, name: principal.user.name },
    orgs,
  };
}
