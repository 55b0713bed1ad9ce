// The HTTP surface as an attacker probes it: headers, body sizes, malformed paths, /metrics, proxies, first-run setup.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../server/src/config.ts';
import { startServer } from '../server/src/server.ts';
import { fetchWithBearer } from './support/api.ts';
import { removeDataDir, seedMember, startTestServer, type TestServer } from './support/server.ts';

const json = { 'content-type': 'application/json' };

describe('the HTTP surface', () => {
  let server: TestServer;
  const clientDist = mkdtempSync(join(tmpdir(), 'pw-dist-'));

  beforeAll(async () => {
    writeFileSync(join(clientDist, 'index.html'), '<!doctype html><title>Prozesswerk</title>');
    mkdirSync(join(clientDist, 'assets'));
    writeFileSync(join(clientDist, 'assets', 'index-1.js'), 'console.log(1);');
    server = await startTestServer({ CLIENT_DIST: clientDist });
  });
  afterAll(async () => {
    await server.close();
    removeDataDir(server.dataDir);
    removeDataDir(clientDist);
  });

  it('sends a strict CSP and the other security headers on pages and API answers, HSTS only over TLS', async () => {
    for (const path of ['/', '/p/some-process', '/api/setup', '/assets/missing.js']) {
      const response = await fetch(`${server.url}${path}`);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe/);
      expect(csp).toContain("object-src 'none'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('strict-transport-security')).toBeNull();
    }
    // Without TRUST_PROXY a client cannot talk the server into HSTS (or anything else) with forwarding headers.
    const spoofed = await fetch(`${server.url}/api/setup`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(spoofed.headers.get('strict-transport-security')).toBeNull();
  });

  it("sends a build's scripts with only the headers that mean something for a script", async () => {
    const response = await fetch(`${server.url}/assets/index-1.js`);
    expect(await response.text()).toBe('console.log(1);');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    expect(response.headers.get('content-security-policy')).toBeNull();
    expect(response.headers.get('x-frame-options')).toBeNull();
    expect(response.headers.get('permissions-policy')).toBeNull();
  });

  it('refuses an oversized body on any route with a 413 problem, and keeps the larger limit for BPMN files', async () => {
    const big = JSON.stringify({ email: 'a@b.de', password: 'x'.repeat(2 * 1024 * 1024) });
    const login = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: json, body: big });
    expect(login.status).toBe(413);
    expect(await login.json()).toMatchObject({ status: 413, code: 'body-too-large' });
    const tokenRoute = await fetchWithBearer(server, server.adminToken, 'POST', '/api/tokens', {
      label: 'x'.repeat(2 * 1024 * 1024),
    });
    expect(tokenRoute.status).toBe(413);
    // 2 MiB of (not quite) BPMN is past the general limit but within the import's own: it is read and judged.
    const bpmn = await fetch(`${server.url}/api/orgs/${server.orgId}/processes/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.adminToken}`, 'content-type': 'application/xml' },
      body: `<notbpmn>${'x'.repeat(2 * 1024 * 1024)}</notbpmn>`,
    });
    expect(bpmn.status).toBe(400);
    expect(await bpmn.json()).toMatchObject({ code: 'bpmn-invalid' });
  });

  it('answers a path that is not valid percent-encoding with 400, not 500', async () => {
    for (const path of ['/%E0%A4%A', '/api/%E0%A4%A', '/p/%ff']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(400);
      expect(await response.json()).toMatchObject({ code: 'invalid-path' });
    }
  });

  it('serves /metrics to local requests only, not to anyone a local proxy passes on', async () => {
    expect((await fetch(`${server.url}/metrics`)).status).toBe(200);
    const proxied = await fetch(`${server.url}/metrics`, { headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect(proxied.status).toBe(403);
    expect(await proxied.json()).toMatchObject({ code: 'metrics-local-only' });
  });

  it('refuses a viewer who creates a process with 403, whether or not they name the municipality', async () => {
    const viewer = await seedMember(server, 'viewer');
    for (const body of [{ title: 'Neu' }, { title: 'Neu', orgId: server.orgId }]) {
      const response = await fetchWithBearer(server, viewer.token, 'POST', '/api/processes', body);
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ code: 'insufficient-role' });
    }
  });
});

describe('behind a reverse proxy', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ TRUST_PROXY: 'loopback', METRICS_TOKEN: 'metrics-token-0123456789' });
  });
  afterAll(async () => {
    await server.close();
    removeDataDir(server.dataDir);
  });

  const login = (email: string, password: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { ...json, ...headers },
      body: JSON.stringify({ email, password }),
    });

  it('marks the session cookie Secure and sends HSTS when the proxy says the browser used TLS', async () => {
    const member = await seedMember(server, 'editor');
    const overTls = await login(member.email, 'passwort-123', { 'x-forwarded-proto': 'https' });
    expect(overTls.status).toBe(200);
    const cookies = overTls.headers.getSetCookie();
    expect(cookies.find((c) => c.startsWith('pw_session='))).toMatch(/;\s*Secure/i);
    expect(overTls.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    const plain = await login(member.email, 'passwort-123', { 'x-forwarded-proto': 'http' });
    expect(plain.headers.getSetCookie().find((c) => c.startsWith('pw_session='))).not.toMatch(/Secure/i);
  });

  it('throttles sign-in attempts per client address the proxy reports, not for everyone behind it', async () => {
    const member = await seedMember(server, 'editor');
    const from = (address: string) => ({ 'x-forwarded-for': address });
    for (let i = 0; i < 3; i += 1)
      expect((await login(member.email, 'falsch-falsch', from('203.0.113.9'))).status).toBe(401);
    const throttled = await login(member.email, 'passwort-123', from('203.0.113.9'));
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await throttled.json()).toMatchObject({ code: 'too-many-login-attempts' });
    // Someone else behind the same proxy signs in at once.
    expect((await login(member.email, 'passwort-123', from('198.51.100.4'))).status).toBe(200);
  });

  it('lets a browser that signed in before in with the right password while strangers hammer the account', async () => {
    const member = await seedMember(server, 'editor');
    const first = await login(member.email, 'passwort-123', { 'x-forwarded-for': '10.20.30.40' });
    const device = first.headers.getSetCookie().find((c) => c.startsWith('pw_device='));
    expect(device).toBeDefined();
    for (let i = 0; i < 30; i += 1)
      await login(member.email, 'geraten-123', { 'x-forwarded-for': `198.51.100.${i + 1}` });
    const stranger = await login(member.email, 'passwort-123', { 'x-forwarded-for': '192.0.2.77' });
    expect(stranger.status).toBe(429);
    const ownBrowser = await login(member.email, 'passwort-123', {
      'x-forwarded-for': '192.0.2.78',
      cookie: device!.split(';')[0]!,
    });
    expect(ownBrowser.status).toBe(200);
  });

  it('answers a wrong password and an unknown e-mail alike', async () => {
    const member = await seedMember(server, 'editor');
    const wrong = await login(member.email, 'falsch-falsch', { 'x-forwarded-for': '192.0.2.10' });
    const unknown = await login('niemand@nirgendwo.de', 'falsch-falsch', { 'x-forwarded-for': '192.0.2.11' });
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(await wrong.json()).toEqual(await unknown.json());
  });

  it('serves /metrics only with METRICS_TOKEN', async () => {
    expect((await fetch(`${server.url}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${server.url}/metrics`, { headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
    const right = await fetch(`${server.url}/metrics`, {
      headers: { authorization: 'Bearer metrics-token-0123456789', 'x-forwarded-for': '203.0.113.9' },
    });
    expect(right.status).toBe(200);
    expect(await right.text()).toContain('# TYPE');
  });
});

describe('first-run setup', () => {
  it('sets up exactly one municipality when the link is used by several requests at once', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pw-setup-race-'));
    const server = await startServer(
      parseConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, SQLITE_SYNCHRONOUS: 'NORMAL' }),
      () => undefined,
    );
    try {
      const token = new URL(server.setupUrl!).searchParams.get('token')!;
      const attempts = await Promise.all(
        [1, 2, 3, 4, 5].map((i) =>
          fetch(`${server.url}/api/setup`, {
            method: 'POST',
            headers: json,
            body: JSON.stringify({
              token,
              orgName: `Stadt ${i}`,
              email: `admin${i}@stadt.de`,
              name: `Admin ${i}`,
              password: 'ein-langes-passwort',
            }),
          }),
        ),
      );
      expect(attempts.map((r) => r.status).sort()).toEqual([201, 403, 403, 403, 403]);
      expect(await server.store.listOrgs()).toHaveLength(1);
      expect(await server.store.countUsers()).toBe(1);
    } finally {
      await server.close();
      removeDataDir(dataDir);
    }
  });

  it('keeps the link valid when a setup attempt fails on bad input, and creates nothing', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pw-setup-retry-'));
    const server = await startServer(
      parseConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, SQLITE_SYNCHRONOUS: 'NORMAL' }),
      () => undefined,
    );
    try {
      const token = new URL(server.setupUrl!).searchParams.get('token')!;
      const body = {
        token,
        orgName: 'Kehl',
        email: 'kein-email',
        name: 'Anna',
        password: 'ein-langes-passwort',
      };
      const bad = await fetch(`${server.url}/api/setup`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify(body),
      });
      expect(bad.status).toBe(400);
      expect(await server.store.listOrgs()).toHaveLength(0);
      const good = await fetch(`${server.url}/api/setup`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ ...body, email: 'anna@kehl.de' }),
      });
      expect(good.status).toBe(201);
    } finally {
      await server.close();
      removeDataDir(dataDir);
    }
  });
});
