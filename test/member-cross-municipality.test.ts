// Finding 6 of issue 13: an admin adds people to their own municipality only with the person's consent — PUT
// …/members never takes in someone from another town, never tells whether an e-mail has an account, and never
// closes that person's sockets in their own town.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roomName } from '@prozesswerk/protocol';
import { addMember, createOrg, issueAccessToken } from '../server/src/auth/accounts.ts';
import { fetchWithBearer } from './support/api.ts';
import { connectStockClient, waitFor, whenSynced, type StockClient } from './support/clients.ts';
import { sessionCookieOf } from './support/personas.ts';
import { connectAs, type ObservedClient } from './support/raw-client.ts';
import { createProcess, removeDataDir, startTestServer, type TestServer } from './support/server.ts';

describe('an admin adding a person of another municipality (SQLite)', () => {
  let server: TestServer;
  let neighbour: { orgId: string; adminToken: string };
  const person = { email: 'fritz@nachbarstadt.de', password: 'fritz-eigenes-passwort' };
  let personId: string;
  const clients: (StockClient | ObservedClient)[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    const orgId = (await createOrg(server.store, 'Nachbarstadt')).id;
    await addMember(server.store, { email: 'chefin@nachbarstadt.de', name: 'Chefin', orgId, role: 'admin' });
    neighbour = { orgId, adminToken: (await issueAccessToken(server.store, 'chefin@nachbarstadt.de')).token };
    personId = (await addMember(server.store, { ...person, name: 'Fritz', orgId, role: 'editor' })).id;
  });
  afterAll(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
    removeDataDir(server.dataDir);
  });

  const putMember = (email: string, role = 'editor', password?: string) =>
    fetchWithBearer(server, server.adminToken, 'PUT', `/api/orgs/${server.orgId}/members`, {
      email,
      name: 'Irgendwer',
      role,
      ...(password ? { password } : {}),
    });
  const ourMembers = async () =>
    (
      (await (
        await fetchWithBearer(server, server.adminToken, 'GET', `/api/orgs/${server.orgId}/members`)
      ).json()) as { members: { email: string }[] }
    ).members.map((member) => member.email);

  it('invites them instead of adding them, and answers exactly as for an e-mail without an account', async () => {
    const known = await putMember(person.email, 'editor', 'von-fremden-gesetzt');
    const unknown = await putMember('niemand@nirgendwo.de', 'editor', 'von-fremden-gesetzt');
    expect([known.status, unknown.status]).toEqual([202, 202]);
    const [knownBody, unknownBody] = (await Promise.all([known.json(), unknown.json()])) as Record<
      string,
      unknown
    >[];
    expect(Object.keys(knownBody!).sort()).toEqual(Object.keys(unknownBody!).sort());
    expect(knownBody).toMatchObject({ email: person.email, role: 'editor', acceptedAt: null });
    expect(unknownBody).toMatchObject({ email: 'niemand@nirgendwo.de', role: 'editor', acceptedAt: null });

    // Nobody joined, no account was created, the password given was set nowhere.
    expect(await ourMembers()).not.toContain(person.email);
    expect(await ourMembers()).not.toContain('niemand@nirgendwo.de');
    expect(await server.store.getUserByEmail('niemand@nirgendwo.de')).toBeUndefined();
    expect((await server.store.listMemberships(personId)).map((m) => m.orgId)).toEqual([neighbour.orgId]);
    const foreignPassword = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: person.email, password: 'von-fremden-gesetzt' }),
    });
    expect(foreignPassword.status).toBe(401);
  });

  it('leaves their sockets in their own municipality open', async () => {
    const processId = await createProcess(
      { url: server.url, adminToken: neighbour.adminToken },
      'Hundesteuer',
    );
    const token = (await issueAccessToken(server.store, person.email)).token;
    const fritz = connectAs(server.url, roomName(processId, 'map'), { bearer: token });
    const colleague = connectStockClient(server.url, processId, 'map', { token: neighbour.adminToken });
    clients.push(fritz, colleague);
    await waitFor(() => fritz.provider.synced, 15_000, 'Fritz to sync');
    await whenSynced(colleague, 15_000);

    expect((await putMember(person.email, 'viewer')).status).toBe(202);
    // Had the PUT closed his socket, this edit, made after its answer, could not reach his colleague.
    fritz.doc.getMap('meta').set('after-put', 'noch da');
    await waitFor(
      () => colleague.doc.getMap('meta').get('after-put') === 'noch da',
      15_000,
      "Fritz's edit to reach his colleague",
    );
    expect(fritz.closes).toEqual([]);
  });

  it('lets the person join by accepting the invitation while signed in as themselves', async () => {
    const invited = (await (await putMember(person.email, 'viewer')).json()) as { url: string };
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(person),
    });
    const cookie = sessionCookieOf(login);
    const token = invited.url.split('/').at(-1)!;
    const accepted = await fetch(`${server.url}/api/member-invitations/${token}/accept`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', origin: server.url },
      body: JSON.stringify({}),
    });
    expect(accepted.status, await accepted.clone().text()).toBe(200);
    expect(await ourMembers()).toContain(person.email);

    // Now a member here: a second PUT sets the role at once.
    const promoted = await putMember(person.email, 'editor');
    expect(promoted.status).toBe(200);
    expect(await promoted.json()).toEqual({ id: personId });
    const roles = await server.store.listMemberships(personId);
    expect(roles.find((m) => m.orgId === server.orgId)?.role).toBe('editor');
    expect(roles.find((m) => m.orgId === neighbour.orgId)?.role).toBe('editor');
  });
});
