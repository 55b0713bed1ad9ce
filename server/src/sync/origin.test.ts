import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createOriginCheck } from './origin.ts';

const upgrade = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;

describe('the sync origin check', () => {
  const check = createOriginCheck({
    publicUrl: 'https://prozesse.kehl.de/',
    allowedOrigins: ['https://workshop.kehl.de'],
  });

  it('lets the page the server itself served open a socket', () => {
    expect(check(upgrade({ host: '127.0.0.1:8787', origin: 'http://127.0.0.1:8787' }))).toBe(true);
  });

  it('lets PUBLIC_URL and ALLOWED_ORIGINS open sockets behind a proxy that rewrites Host', () => {
    expect(check(upgrade({ host: 'app:8787', origin: 'https://prozesse.kehl.de' }))).toBe(true);
    expect(check(upgrade({ host: 'app:8787', origin: 'https://workshop.kehl.de' }))).toBe(true);
  });

  it('refuses any other page, also a same-site one on another port or subdomain', () => {
    expect(check(upgrade({ host: 'prozesse.kehl.de', origin: 'https://evil.example' }))).toBe(false);
    expect(check(upgrade({ host: 'prozesse.kehl.de', origin: 'https://blog.kehl.de' }))).toBe(false);
    expect(check(upgrade({ host: '127.0.0.1:8787', origin: 'http://127.0.0.1:9999' }))).toBe(false);
    expect(check(upgrade({ host: '127.0.0.1:8787', origin: 'null' }))).toBe(false);
  });

  it('lets clients without an Origin (scripts, not browsers) through to the token check', () => {
    expect(check(upgrade({ host: '127.0.0.1:8787' }))).toBe(true);
  });
});
