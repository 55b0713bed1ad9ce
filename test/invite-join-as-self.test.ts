// Joining a workshop link as oneself: a member of another municipality keeps account, session and municipality,
// gets the link's role on that one process for as long as the link lasts, and loses it when the link is revoked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addNode, readProcessMap } from '@prozesswerk/process-model';
import { roomName } from '@prozesswerk/protocol';
import { createOrg } from '../server/src/auth/accounts.ts';
import { waitFor } from './support/clients.ts';
import { connectAs } from './support/raw-client.ts';
import {
  createProcess,
  removeDataDir,
  seedMember,
  startTestServer,
  type TestServer,
} from './support/server.ts';

let server: TestServer;
let processId: string;

/** Calls the API with a browser's session cookie, or as the test's admin (access token) without one. */
async function api(path: string, init: { method?: string; cookie?: string; body?: unknown } = {}) {
  const headers: Record<string, string> = init.cookie
    ? { cookie: init.cookie, origin: server.url }
    : { authorization: `Bearer ${server.adminToken}` };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${server.url}${path}`, {
    method: init.method ?? 'GET',
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
    response,
  };
}

/** A member of `orgId` signed in with a password: the session cookie a browser would hold. */
async function signInMember(
  orgId: string,
  role: 'editor' | 'viewer',
): Promise<{ cookie: string; userId: string; email: string }> {
  const { email, userId } = await seedMember(server, role, orgId);
  const response = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url },
    body: JSON.stringify({ email, password: 'passwort-123' }),
  });
  const cookie = /pw_session=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
  if (!cookie) throw new Error(`sign in: ${response.status}`);
  return { cookie: `pw_session=${cookie}`, userId, email };
}

async function createLink(role: 'editor' | 'viewer'): Promise<{ id: string; token: string }> {
  const { status, body } = await api(`/api/processes/${processId}/invites`, {
    method: 'POST',
    body: { role },
  });
  expect(status).toBe(201);
  return body as { id: string; token: string };
}

async function usesOf(inviteId: string): Promise<number> {
  const { body } = await api(`/api/processes/${processId}/invites`);
  return (body.invites as { id: string; uses: number }[]).find((invite) => invite.id === inviteId)!.uses;
}

beforeAll(async () => {
  server = await startTestServer();
  processId = await createProcess(server, 'Gewerbeanmeldung Testhausen');
});

afterAll(async () => {
  await server?.close();
  if (server) removeDataDir(server.dataDir);
});

describe('joining a workshop link as oneself', () => {
  it('gives a member of another municipality the link’s role, keeping their session and municipality', async () => {
    const kehl = await createOrg(server.store, 'Stadt Kehl');
    const { cookie, userId, email } = await signInMember(kehl.id, 'viewer');
    const link = await createLink('editor');
    expect((await api(`/api/processes/${processId}`, { cookie })).status).toBe(404);

    const joined = await api(`/api/invites/by-token/${link.token}/join-as-self`, { method: 'POST', cookie });
    expect(joined.status).toBe(201);
    expect(joined.body).toMatchObject({ processId, role: 'editor', municipality: 'Stadt Kehl' });
    // No new session: the person stays signed in with their own account.
    expect(joined.response.headers.get('set-cookie')).toBeNull();
    const session = await api('/api/auth/session', { cookie });
    expect(session.body).toMatchObject({
      user: { id: userId, email, name: 'viewer' },
      orgs: [expect.objectContaining({ name: 'Stadt Kehl' })],
    });
    expect((await api(`/api/processes/${processId}`, { cookie })).status).toBe(200);
    expect(await usesOf(link.id)).toBe(1);

    // Joining again uses no further place on the link.
    const again = await api(`/api/invites/by-token/${link.token}/join-as-self`, { method: 'POST', cookie });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ role: 'editor' });
    expect(await usesOf(link.id)).toBe(1);

    // The sync server takes their map edits as an editor's.
    const client = connectAs(server.url, roomName(processId, 'map'), { cookie });
    try {
      await waitFor(() => client.provider.synced, 5000, 'the client to sync');
      addNode(client.doc, { kind: 'activity', label: 'Von Kehl ergänzt', x: 10, y: 10 });
      const reader = connectAs(server.url, roomName(processId, 'map'), { bearer: server.adminToken });
      try {
        await waitFor(
          () => readProcessMap(reader.doc).nodes.some((node) => node.label === 'Von Kehl ergänzt'),
          5000,
          'another client to receive the edit',
        );
      } finally {
        reader.destroy();
      }
      expect(client.denials).toEqual([]);

      // Revoking the link ends the role at once: the socket is closed, REST answers 404 again.
      expect((await api(`/api/invites/${link.id}`, { method: 'DELETE' })).status).toBe(204);
      await waitFor(() => client.closes.some((close) => close.code === 4403), 5000, 'the socket to close');
      expect((await api(`/api/processes/${processId}`, { cookie })).status).toBe(404);
      expect((await api('/api/auth/session', { cookie })).status).toBe(200);
    } finally {
      client.destroy();
    }
  });

  it('uses no place on the link for a member whose own role is at least the link’s', async () => {
    const { cookie } = await signInMember(server.orgId, 'editor');
    const link = await createLink('viewer');
    const joined = await api(`/api/invites/by-token/${link.token}/join-as-self`, { method: 'POST', cookie });
    expect(joined.status).toBe(200);
    expect(joined.body).toMatchObject({ role: 'editor', municipality: 'Testhausen' });
    expect(await usesOf(link.id)).toBe(0);
  });

  it('refuses without an account: 401 signed out, 403 for a workshop guest', async () => {
    const link = await createLink('viewer');
    const anonymous = await fetch(`${server.url}/api/invites/by-token/${link.token}/join-as-self`, {
      method: 'POST',
    });
    expect(anonymous.status).toBe(401);
    const guest = await fetch(`${server.url}/api/invites/by-token/${link.token}/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url },
      body: JSON.stringify({ name: 'Gast' }),
    });
    const cookie = `pw_session=${/pw_session=([^;]+)/.exec(guest.headers.get('set-cookie') ?? '')?.[1]}`;
    const asGuest = await api(`/api/invites/by-token/${link.token}/join-as-self`, { method: 'POST', cookie });
    expect(asGuest.status).toBe(403);
  });
});
