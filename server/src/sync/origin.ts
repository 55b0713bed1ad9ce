// Which web pages may open a sync socket: the server's own origin, PUBLIC_URL and ALLOWED_ORIGINS.
import type { IncomingMessage } from 'node:http';

export type OriginPolicy = {
  /** The public base URL (PUBLIC_URL), when the server sits behind a proxy that rewrites Host. */
  publicUrl?: string | undefined;
  /** Further origins that may open sockets (ALLOWED_ORIGINS), e.g. a second host name. */
  allowedOrigins?: readonly string[] | undefined;
};

/**
 * A browser always sends `Origin` on a WebSocket upgrade, and sends the session cookie along whatever page opened
 * the socket (SameSite=Lax does not cover same-site pages on other ports or subdomains). So a socket opened from
 * another origin is refused before anything is read. Clients without `Origin` are scripts and tools, not browsers:
 * they cannot ride on someone's cookie and authenticate with their own token.
 */
export function createOriginCheck(policy: OriginPolicy): (request: IncomingMessage) => boolean {
  const allowed = new Set<string>();
  for (const url of [policy.publicUrl, ...(policy.allowedOrigins ?? [])]) {
    if (url) allowed.add(new URL(url).origin);
  }
  return function originAllowed(request) {
    const origin = request.headers.origin;
    if (origin === undefined) return true;
    if (allowed.has(origin)) return true;
    // The request's own origin: the page was served by this server under the host name the browser used.
    const host = request.headers.host;
    if (!host) return false;
    try {
      return new URL(origin).host === host.toLowerCase();
    } catch {
      return false;
    }
  };
}
