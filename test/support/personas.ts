// Test support: everyone the permission table speaks about, each with the credentials they would really have.
import type { Role } from '@prozesswerk/protocol';
import { createOrg } from '../../server/src/auth/accounts.ts';
import { hashSecret, newSecret } from '../../server/src/auth/tokens.ts';
import { createProcess, seedMember, type TestServer } from './server.ts';

export type Credentials = { bearer?: string; cookie?: string };

export type Persona = {
  name: string;
  credentials: Credentials;
  /** The role the permission table gives this persona on the test process; null if it may not see it. */
  role: Role | null;
  /** Signed in at all (a dead credential counts as not signed in). */
  authenticated: boolean;
  /** A member (user) rather than a workshop guest. */
  isUser: boolean;
};

/** Every persona buildWorld makes, in its order; tests name them before the world exists. */
export const PERSONA_NAMES = [
  'no credentials',
  'admin of another municipality',
  'viewer',
  'commenter',
  'editor',
  'facilitator',
  'admin',
  'guest of this process (editor link)',
  'guest of another process',
  'guest with a revoked link',
  'guest with an expired link',
  'revoked token',
] as const;

export type World = { server: TestServer; processId: string; otherProcessId: string; personas: Persona[] };

export function headersFor(credentials: Credentials): Record<string, string> {
  const headers: Record<string, string> = {};
  if (credentials.bearer) headers.authorization = `Bearer ${credentials.bearer}`;
  if (credentials.cookie) headers.cookie = credentials.cookie;
  return headers;
}

async function api(
  server: TestServer,
  method: string,
  path: string,
  credentials: Credentials,
  body?: unknown,
) {
  return fetch(`${server.url}${path}`, {
    method,
    headers: {
      ...headersFor(credentials),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function inviteToken(
  server: TestServer,
  processId: string,
  role: Role,
): Promise<{ id: string; token: string }> {
  const response = await api(
    server,
    'POST',
    `/api/processes/${processId}/invites`,
    { bearer: server.adminToken },
    { role },
  );
  return (await response.json()) as { id: string; token: string };
}

export async function joinAsGuest(server: TestServer, token: string, name: string): Promise<string> {
  const response = await api(server, 'POST', `/api/invites/by-token/${token}/join`, {}, { name });
  if (response.status !== 201) throw new Error(`join failed: ${response.status} ${await response.text()}`);
  return sessionCookieOf(response);
}

/** The session cookie a response set (sign-in may set others too, such as the known-browser mark). */
export function sessionCookieOf(response: Response): string {
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('pw_session='));
  if (!cookie) throw new Error(`no session cookie set (${response.status})`);
  return cookie.split(';')[0]!;
}

/** A guest whose link expired after they joined: written straight to the store, as time would leave it. */
async function expiredGuestCookie(server: TestServer, processId: string): Promise<string> {
  const past = new Date(Date.now() - 60_000).toISOString();
  await server.store.createInvite({
    id: 'expired-invite',
    tokenHash: hashSecret(newSecret()),
    processId,
    role: 'editor',
    createdBy: 'test',
    createdAt: past,
    expiresAt: past,
    maxUses: 5,
  });
  await server.store.redeemInvite('expired-invite', {
    id: 'expired-guest',
    inviteId: 'expired-invite',
    processId,
    name: 'Spät',
    createdAt: past,
  });
  const secret = newSecret();
  await server.store.createSession({
    tokenHash: hashSecret(secret),
    userId: null,
    guestId: 'expired-guest',
    createdAt: past,
    expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
  });
  return `pw_session=${secret}`;
}

export async function buildWorld(server: TestServer): Promise<World> {
  const processId = await createProcess(server, 'Gewerbeanmeldung Kehl (Entwurf)');
  const otherProcessId = await createProcess(server, 'Hundesteuer');
  const otherOrg = await createOrg(server.store, 'Offenburg');
  const outsider = await seedMember(server, 'admin', otherOrg.id);

  const members = await Promise.all(
    (['viewer', 'commenter', 'editor', 'facilitator', 'admin'] as const).map(async (role) => ({
      role,
      token: (await seedMember(server, role)).token,
    })),
  );
  const revoked = await seedMember(server, 'editor');
  await api(server, 'POST', '/api/tokens/revoke', { bearer: revoked.token }, { token: revoked.token });

  const guestHere = await joinAsGuest(
    server,
    (await inviteToken(server, processId, 'editor')).token,
    'Gast hier',
  );
  const guestElsewhere = await joinAsGuest(
    server,
    (await inviteToken(server, otherProcessId, 'editor')).token,
    'Gast dort',
  );
  const revokedInvite = await inviteToken(server, processId, 'editor');
  const guestRevoked = await joinAsGuest(server, revokedInvite.token, 'Gast widerrufen');
  await api(server, 'DELETE', `/api/invites/${revokedInvite.id}`, { bearer: server.adminToken });
  const guestExpired = await expiredGuestCookie(server, processId);

  const nobody = { role: null, authenticated: false, isUser: false };
  const personas: Persona[] = [
    { name: 'no credentials', credentials: {}, ...nobody },
    {
      name: 'admin of another municipality',
      credentials: { bearer: outsider.token },
      role: null,
      authenticated: true,
      isUser: true,
    },
    ...members.map((m) => ({
      name: m.role,
      credentials: { bearer: m.token },
      role: m.role,
      authenticated: true,
      isUser: true,
    })),
    {
      name: 'guest of this process (editor link)',
      credentials: { cookie: guestHere },
      role: 'editor',
      authenticated: true,
      isUser: false,
    },
    {
      name: 'guest of another process',
      credentials: { cookie: guestElsewhere },
      role: null,
      authenticated: true,
      isUser: false,
    },
    { name: 'guest with a revoked link', credentials: { cookie: guestRevoked }, ...nobody },
    { name: 'guest with an expired link', credentials: { cookie: guestExpired }, ...nobody },
    { name: 'revoked token', credentials: { bearer: revoked.token }, ...nobody },
  ];
  return { server, processId, otherProcessId, personas };
}
