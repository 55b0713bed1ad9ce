// Browser sessions: an HTTP-only, SameSite=Lax cookie holding a random secret whose hash is stored.
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { clientOf } from '../http/client-info.ts';
import type { Store } from '../store/store.ts';
import { hashSecret, newSecret } from './tokens.ts';

export const SESSION_COOKIE = 'pw_session';
const USER_SESSION_DAYS = 30;

export function readSessionCookie(c: Context): string | undefined {
  return getCookie(c, SESSION_COOKIE);
}

/** Parses the session cookie out of a raw Cookie header (for WebSocket upgrades). */
export function sessionFromCookieHeader(header: string | undefined): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

export async function startSession(
  c: Context,
  store: Store,
  owner: { userId: string } | { guestId: string; expiresAt: Date },
): Promise<void> {
  const secret = newSecret();
  const now = new Date();
  const userExpiry = new Date(now.getTime() + USER_SESSION_DAYS * 86_400_000);
  const expiresAt =
    'guestId' in owner ? new Date(Math.min(owner.expiresAt.getTime(), userExpiry.getTime())) : userExpiry;
  await store.createSession({
    tokenHash: hashSecret(secret),
    userId: 'userId' in owner ? owner.userId : null,
    guestId: 'guestId' in owner ? owner.guestId : null,
    createdAt: now.toISOString(),
    expiresAt: expiresAt.toISOString(),
  });
  setCookie(c, SESSION_COOKIE, secret, {
    httpOnly: true,
    sameSite: 'Lax',
    // Behind a TLS-terminating proxy the request itself is plain HTTP: TRUST_PROXY / PUBLIC_URL tell.
    secure: clientOf(c).secureCookies,
    path: '/',
    expires: expiresAt,
  });
}

export async function endSession(c: Context, store: Store): Promise<void> {
  const secret = readSessionCookie(c);
  if (secret) await store.deleteSession(hashSecret(secret));
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: clientOf(c).secureCookies });
}
