// Test support: a real server on port 0 with a throwaway data directory and a seeded municipality.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Role } from '@prozesswerk/protocol';
import { addMember, createOrg, issueAccessToken } from '../../server/src/auth/accounts.ts';
import { parseConfig } from '../../server/src/config.ts';
import { startServer, type RunningServer } from '../../server/src/server.ts';

export type TestServer = RunningServer & {
  dataDir: string;
  /** A municipality created for the test, with an admin whose access token is `adminToken`. */
  orgId: string;
  adminToken: string;
  /** The admin as the discussion knows them (what the server takes as their authorship). */
  admin: { id: string; name: string; org: string };
  restart(): Promise<TestServer>;
};

export async function startTestServer(
  env: Record<string, string> = {},
  dataDir = mkdtempSync(join(tmpdir(), 'pw-test-')),
): Promise<TestServer> {
  const config = parseConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    SQLITE_SYNCHRONOUS: 'NORMAL',
    MAX_CONNECTIONS_PER_IP_PER_MINUTE: '100000',
    ...env,
  });
  const quiet = () => undefined;
  const server = await startServer(config, quiet);
  const existing = (await server.store.listOrgs())[0];
  const org = existing ?? { ...(await createOrg(server.store, 'Testhausen')), name: 'Testhausen' };
  const orgId = org.id;
  const { id: adminId } = await addMember(server.store, {
    email: 'admin@test.de',
    name: 'Admin',
    orgId,
    role: 'admin',
  });
  const adminToken = (await issueAccessToken(server.store, 'admin@test.de')).token;
  return {
    ...server,
    dataDir,
    orgId,
    adminToken,
    admin: { id: adminId, name: 'Admin', org: org.name },
    async restart() {
      await server.close();
      return startTestServer(env, dataDir);
    },
  };
}

/** A user with `role` in the municipality (the test's own unless given) and an access token for them. */
export async function seedMember(
  server: TestServer,
  role: Role,
  orgId = server.orgId,
  email = `${role}-${Math.random().toString(36).slice(2)}@test.de`,
  name: string = role,
): Promise<{ userId: string; token: string; email: string }> {
  const { id } = await addMember(server.store, { email, name, orgId, role, password: 'passwort-123' });
  return { userId: id, token: (await issueAccessToken(server.store, email)).token, email };
}

export function removeDataDir(dataDir: string): void {
  rmSync(dataDir, { recursive: true, force: true });
}

export async function createProcess(
  server: Pick<TestServer, 'url' | 'adminToken'>,
  title = 'Gewerbeanmeldung',
): Promise<string> {
  const response = await fetch(`${server.url}/api/processes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.adminToken}` },
    body: JSON.stringify({ title }),
  });
  if (response.status !== 201) throw new Error(`create process: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}
