// Per request, once: who the client is (address behind trusted proxies) and whether it reached us over TLS.
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { cameOverTls, clientAddress, type ProxyTrust } from './proxy-trust.ts';

export type ClientInfo = {
  /** The client's address, for rate limits; "unknown" when the socket has none. */
  address: string;
  /** The browser talks to us over TLS, directly or through a trusted proxy: cookies get `Secure`, HSTS is sent. */
  tls: boolean;
  /** Cookies must be `Secure`: TLS as above, or the public URL is https. */
  secureCookies: boolean;
};

declare module 'hono' {
  interface ContextVariableMap {
    client: ClientInfo;
  }
}

function peerAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    // app.request() in tests has no socket.
    return undefined;
  }
}

export function describeClient(trust: ProxyTrust, publicUrl: string | undefined) {
  const publicTls = publicUrl?.startsWith('https:') ?? false;
  return createMiddleware(async function describeClientOfRequest(c, next) {
    const peer = peerAddress(c);
    const tls = cameOverTls(
      trust,
      new URL(c.req.url).protocol.replace(':', ''),
      peer,
      c.req.header('x-forwarded-proto'),
    );
    c.set('client', {
      address: clientAddress(trust, peer, c.req.header('x-forwarded-for')),
      tls,
      secureCookies: tls || publicTls,
    });
    await next();
  });
}

/** The client info the middleware set; a plain description of the socket where it did not run (unit tests). */
export function clientOf(c: Context): ClientInfo {
  return (
    (c.get('client') as ClientInfo | undefined) ?? {
      address: peerAddress(c) ?? 'unknown',
      tls: false,
      secureCookies: false,
    }
  );
}
