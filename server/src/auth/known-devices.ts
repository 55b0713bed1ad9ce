// Device cookies: a browser that signed in to an account before proves it with an HMAC only the server can make,
// so sign-in throttling can tell the account's own browsers from strangers (see login-throttle.ts).
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { clientOf } from '../http/client-info.ts';
import type { Store } from '../store/store.ts';

export const DEVICE_COOKIE = 'pw_device';
const KEY_SETTING = 'device_cookie_key';
const MAX_AGE_SECONDS = 400 * 86_400;

export type KnownDevices = {
  /** Whether this request's browser signed in to the account before. */
  isKnown(c: Context, userId: string): Promise<boolean>;
  /** Remembers this browser for the account (after a successful sign-in). */
  remember(c: Context, userId: string): Promise<void>;
};

export function createKnownDevices(store: Store): KnownDevices {
  let key: Promise<Buffer> | undefined;
  // One key for every instance: the first to start stores it, the others read it.
  const loadKey = async (): Promise<Buffer> =>
    Buffer.from(await store.initSetting(KEY_SETTING, randomBytes(32).toString('base64url')), 'base64url');
  const mac = async (userId: string, nonce: string) =>
    createHmac('sha256', await (key ??= loadKey()))
      .update(`${userId}.${nonce}`)
      .digest();

  return {
    async isKnown(c, userId) {
      const [nonce, signature] = (getCookie(c, DEVICE_COOKIE) ?? '').split('.');
      if (!nonce || !signature) return false;
      const given = Buffer.from(signature, 'base64url');
      const expected = await mac(userId, nonce);
      return given.length === expected.length && timingSafeEqual(given, expected);
    },
    async remember(c, userId) {
      const nonce = randomBytes(16).toString('base64url');
      setCookie(c, DEVICE_COOKIE, `${nonce}.${(await mac(userId, nonce)).toString('base64url')}`, {
        httpOnly: true,
        sameSite: 'Lax',
        secure: clientOf(c).secureCookies,
        path: '/api/auth',
        maxAge: MAX_AGE_SECONDS,
      });
    },
  };
}
