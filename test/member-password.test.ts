// An admin of one municipality must not be able to take over an account of another municipality.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createOrg } from '../server/src/auth/accounts.ts';
import { fetchWithBearer } from './support/api.ts';
import { removeDataDir, startTestServer, type TestServer } from './support/server.ts';

describe('adding an existing person as a member', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
    removeDataDir(server.dataDir);
  });

  it('does not let an admin of another municipality set that person’s password', async () => {
    const other = await createOrg(server.store, 'Nachbarstadt');
    const email = 'chefin@nachbarstadt.de';
    await addMember(server.store, {
      email,
      name: 'Chefin',
      orgId: other.id,
      role: 'admin',
      password: 'ihr-eigenes-passwort',
    });

    // Our admin "adds" the neighbour's admin to our municipality, with a password of our choosing.
    await fetchWithBearer(server, server.adminToken, 'PUT', `/api/orgs/${server.orgId}/members`, {
      email,
      name: '',
      role: 'viewer',
      password: 'von-fremden-gesetzt',
    });

    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'von-fremden-gesetzt' }),
    });
    expect(login.status).toBe(401);
    const own = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'ihr-eigenes-passwort' }),
    });
    expect(own.status).toBe(200);
  });
});
