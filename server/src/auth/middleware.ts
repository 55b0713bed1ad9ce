// Hono middleware: resolve the caller once per request, and refuse cross-site state changes (CSRF).
import { createMiddleware } from 'hono/factory';
import { forbidden } from '../errors.ts';
import type { Store } from '../store/store.ts';
import { resolvePrincipal, type Principal } from './principal.ts';
import { readSessionCookie } from './sessions.ts';

export type AuthEnv = { Variables: { principal: Principal | null } };

export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1];
}

/** `onUser` hears of every signed-in user's request (for "last active"). */
export function authenticate(store: Store, onUser?: (userId: string) => void) {
  return createMiddleware<AuthEnv>(async function authenticateRequest(c, next) {
    const accessToken = bearerToken(c.req.header('authorization'));
    const principal = await resolvePrincipal(store, { accessToken, sessionToken: readSessionCookie(c) });
    c.set('principal', principal);
    if (principal?.kind === 'user') onUser?.(principal.user.id);
    await next();
  });
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cookie-authenticated state changes must come from our own origin. Browsers send Origin on every
 * cross-origin and same-origin POST/PUT/PATCH/DELETE; bearer-token calls carry no ambient credentials.
 */
export function csrfProtection() {
  return createMiddleware<AuthEnv>(async function rejectCrossSite(c, next) {
    if (SAFE_METHODS.has(c.req.method) || bearerToken(c.req.header('authorization'))) return next();
    const origin = c.req.header('origin');
    const host = c.req.header('host');
    const fetchSite = c.req.header('sec-fetch-site');
    const sameOrigin = origin
      ? safeHost(origin) === host
      : fetchSite === undefined || fetchSite === 'same-origin';
    if (!sameOrigin) throw forbidden('cross-site-request', 'Requests from other sites are not accepted.');
    await next();
  });
}

function safeHost(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}
