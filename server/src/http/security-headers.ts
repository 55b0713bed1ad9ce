// Security headers on every answer: a strict Content-Security-Policy, no framing, no sniffing, no referrer; HSTS over TLS.
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { clientOf } from './client-info.ts';

/**
 * The client is a Vite build: scripts and styles come only from our origin. Inline style *attributes* are allowed
 * because React Flow positions nodes and edges with them (CSSOM changes would pass anyway; server-rendered
 * attributes would not). Images may be data: and blob: URLs (the PNG export draws an SVG data URL to a canvas).
 * `connect-src 'self'` covers the WebSocket to our own host in current browsers; ws:/wss: of the same origin are
 * named too for the ones that do not.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  workerSrc: ["'self'", 'blob:'],
  manifestSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

const HSTS = 'max-age=31536000; includeSubDomains';

/*
 * The build's hashed scripts and styles are no documents: a browser applies CSP, framing, referrer, permissions,
 * opener and agent-cluster headers only from a page (or a worker's own script, which lives outside /assets/). On
 * weak Wi-Fi those ~600 bytes per file were 25 KiB of the editor's first load, so assets keep only the headers that
 * mean something for them: no sniffing, and no embedding by other sites.
 */
const ASSET_PATH = /^\/assets\//;
const ASSET_TYPE = /^text\/(javascript|css)\b/;
const DOCUMENT_ONLY = [
  'content-security-policy',
  'cross-origin-opener-policy',
  'origin-agent-cluster',
  'permissions-policy',
  'referrer-policy',
  'x-dns-prefetch-control',
  'x-download-options',
  'x-frame-options',
  'x-permitted-cross-domain-policies',
  'x-xss-protection',
];

export function securityHeaders(): MiddlewareHandler {
  const common = secureHeaders({
    contentSecurityPolicy: {
      ...CONTENT_SECURITY_POLICY,
      connectSrc: [
        "'self'",
        (c) => {
          const host = c.req.header('host') ?? new URL(c.req.url).host;
          if (!/^[a-z0-9.:[\]-]+$/i.test(host)) return '';
          return clientOf(c).tls ? `wss://${host}` : `ws://${host}`;
        },
      ],
    },
    // HSTS only means something over TLS; sent on plain HTTP it would be ignored, behind TLS it is added below.
    strictTransportSecurity: false,
    xFrameOptions: 'DENY',
    referrerPolicy: 'no-referrer',
    crossOriginResourcePolicy: 'same-origin',
    crossOriginOpenerPolicy: 'same-origin',
    permissionsPolicy: { camera: [], microphone: [], geolocation: [], payment: [], usb: [] },
  });
  return async function setSecurityHeaders(c, next) {
    await common(c, async () => {
      await next();
      if (clientOf(c).tls) c.header('Strict-Transport-Security', HSTS);
    });
    if (ASSET_PATH.test(c.req.path) && ASSET_TYPE.test(c.res.headers.get('content-type') ?? '')) {
      for (const name of DOCUMENT_ONLY) c.res.headers.delete(name);
    }
  };
}
