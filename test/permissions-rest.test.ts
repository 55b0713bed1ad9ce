import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { atLeast, type Role } from '@prozesswerk/protocol';
import { PERSONA_NAMES, buildWorld, headersFor, type Persona, type World } from './support/personas.ts';
import { contractProblems } from './support/documented-answer.ts';
import { removeDataDir, seedMember, startTestServer } from './support/server.ts';

type Requirement =
  | { scope: 'process'; min: Role }
  | { scope: 'org'; min: Role }
  | { scope: 'create-process' }
  | { scope: 'user' }
  | { scope: 'signed-in' }
  /** A one-time link is the credential: whoever holds it may look. */
  | { scope: 'anyone' }
  /** About a member of the test municipality: its admins; everyone else learns nothing (404). */
  | { scope: 'person-admin' }
  /**
   * Accepting an invitation for a new e-mail: whoever holds the link creates the account, unless signed in as
   * another member (409: nobody joins a municipality under someone else's account).
   */
  | { scope: 'link-new-account' };

type Route = {
  name: string;
  method: string;
  requirement: Requirement;
  /** Builds a fresh request target for one cell, so that mutating routes do not interfere with each other. */
  request(world: World): Promise<{ path: string; body?: unknown }>;
};

const adminCall = (world: World, method: string, path: string, body?: unknown) =>
  fetch(`${world.server.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${world.server.adminToken}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

/** A one-time link to set the password of a fresh member (of this municipality only, so the link is answered). */
async function resetToken(w: World): Promise<string> {
  const { userId } = await seedMember(w.server, 'viewer');
  const issued = await adminCall(w, 'POST', `/api/orgs/${w.server.orgId}/members/${userId}/password-reset`);
  return ((await issued.json()) as { token: string }).token;
}

const ROUTES: Route[] = [
  {
    name: 'read a process',
    method: 'GET',
    requirement: { scope: 'process', min: 'viewer' },
    request: async (w) => ({ path: `/api/processes/${w.processId}` }),
  },
  {
    name: 'list processes',
    method: 'GET',
    requirement: { scope: 'user' },
    request: async () => ({ path: '/api/processes' }),
  },
  {
    name: 'compare how municipalities run a service',
    method: 'GET',
    requirement: { scope: 'user' },
    request: async () => ({ path: '/api/library/comparison?leika=99050012104000' }),
  },
  {
    name: 'create a process',
    method: 'POST',
    requirement: { scope: 'create-process' },
    request: async (w) => ({ path: '/api/processes', body: { title: 'Neu', orgId: w.server.orgId } }),
  },
  {
    name: 'create an invite link',
    method: 'POST',
    requirement: { scope: 'process', min: 'facilitator' },
    request: async (w) => ({ path: `/api/processes/${w.processId}/invites`, body: { role: 'viewer' } }),
  },
  {
    name: 'list invite links',
    method: 'GET',
    requirement: { scope: 'process', min: 'facilitator' },
    request: async (w) => ({ path: `/api/processes/${w.processId}/invites` }),
  },
  {
    name: 'revoke an invite link',
    method: 'DELETE',
    requirement: { scope: 'process', min: 'facilitator' },
    request: async (w) => {
      const invite = (await (
        await adminCall(w, 'POST', `/api/processes/${w.processId}/invites`, { role: 'viewer' })
      ).json()) as { id: string };
      return { path: `/api/invites/${invite.id}` };
    },
  },
  {
    name: 'list members',
    method: 'GET',
    requirement: { scope: 'org', min: 'admin' },
    request: async (w) => ({ path: `/api/orgs/${w.server.orgId}/members` }),
  },
  {
    name: 'add a member',
    method: 'PUT',
    requirement: { scope: 'org', min: 'admin' },
    request: async (w) => ({
      path: `/api/orgs/${w.server.orgId}/members`,
      body: { email: `n${Math.random()}@test.de`, name: 'Neu', role: 'viewer' },
    }),
  },
  {
    name: 'remove a member',
    method: 'DELETE',
    requirement: { scope: 'org', min: 'admin' },
    request: async (w) => {
      const added = await seedMember(w.server, 'viewer');
      return { path: `/api/orgs/${w.server.orgId}/members/${added.userId}` };
    },
  },
  {
    name: 'list invitations to the municipality',
    method: 'GET',
    requirement: { scope: 'org', min: 'admin' },
    request: async (w) => ({ path: `/api/orgs/${w.server.orgId}/invitations` }),
  },
  {
    name: 'invite a person to the municipality',
    method: 'POST',
    requirement: { scope: 'org', min: 'admin' },
    request: async (w) => ({
      path: `/api/orgs/${w.server.orgId}/invitations`,
      body: { email: `i${Math.random()}@test.de`, role: 'viewer' },
    }),
  },
  {
    name: 'withdraw an invitation',
    method: 'DELETE',
    requirement: { scope: 'org', min: 'admin' },
    request: async (w) => {
      const invitation = (await (
        await adminCall(w, 'POST', `/api/orgs/${w.server.orgId}/invitations`, {
          email: `w${Math.random()}@test.de`,
          role: 'viewer',
        })
      ).json()) as { id: string };
      return { path: `/api/orgs/${w.server.orgId}/invitations/${invitation.id}` };
    },
  },
  {
    name: 'preview an invitation by its link',
    method: 'GET',
    requirement: { scope: 'anyone' },
    request: async (w) => {
      const invitation = (await (
        await adminCall(w, 'POST', `/api/orgs/${w.server.orgId}/invitations`, {
          email: `p${Math.random()}@test.de`,
          role: 'viewer',
        })
      ).json()) as { token: string };
      return { path: `/api/member-invitations/${invitation.token}` };
    },
  },
  {
    name: 'accept an invitation as a new person',
    method: 'POST',
    requirement: { scope: 'link-new-account' },
    request: async (w) => {
      const invitation = (await (
        await adminCall(w, 'POST', `/api/orgs/${w.server.orgId}/invitations`, {
          email: `a${Math.random()}@test.de`,
          role: 'viewer',
        })
      ).json()) as { token: string };
      return {
        path: `/api/member-invitations/${invitation.token}/accept`,
        body: { name: 'Neu', password: 'ein-langes-passwort' },
      };
    },
  },
  {
    name: 'preview a password-reset link',
    method: 'GET',
    requirement: { scope: 'anyone' },
    request: async (w) => ({ path: `/api/password-resets/${await resetToken(w)}` }),
  },
  {
    name: 'set a new password with a reset link',
    method: 'POST',
    requirement: { scope: 'anyone' },
    request: async (w) => ({
      path: `/api/password-resets/${await resetToken(w)}`,
      body: { password: 'ein-neues-passwort' },
    }),
  },
  {
    name: 'publish a version with consents',
    method: 'POST',
    requirement: { scope: 'process', min: 'facilitator' },
    request: async (w) => {
      const frozen = (await (
        await adminCall(w, 'POST', `/api/processes/${w.processId}/versions`, { name: 'Fassung' })
      ).json()) as { version: number };
      return {
        path: `/api/processes/${w.processId}/versions/${frozen.version}/publish`,
        body: { discussion: false, names: 'municipality', hourlyRates: true },
      };
    },
  },
  {
    name: 'change a member’s role',
    method: 'PATCH',
    requirement: { scope: 'org', min: 'admin' },
    request: async (w) => {
      const member = await seedMember(w.server, 'viewer');
      return { path: `/api/orgs/${w.server.orgId}/members/${member.userId}`, body: { role: 'editor' } };
    },
  },
  {
    name: 'issue a password-reset link',
    method: 'POST',
    requirement: { scope: 'org', min: 'admin' },
    request: async (w) => {
      const member = await seedMember(w.server, 'viewer');
      return { path: `/api/orgs/${w.server.orgId}/members/${member.userId}/password-reset` };
    },
  },
  {
    name: 'list the municipality’s workshop links',
    method: 'GET',
    requirement: { scope: 'org', min: 'admin' },
    request: async (w) => ({ path: `/api/orgs/${w.server.orgId}/workshop-links` }),
  },
  {
    name: 'revoke a workshop link as admin',
    method: 'DELETE',
    requirement: { scope: 'org', min: 'admin' },
    request: async (w) => {
      const invite = (await (
        await adminCall(w, 'POST', `/api/processes/${w.processId}/invites`, { role: 'viewer' })
      ).json()) as { id: string };
      return { path: `/api/orgs/${w.server.orgId}/workshop-links/${invite.id}` };
    },
  },
  {
    name: 'list the members’ access tokens',
    method: 'GET',
    requirement: { scope: 'org', min: 'admin' },
    request: async (w) => ({ path: `/api/orgs/${w.server.orgId}/tokens` }),
  },
  {
    name: 'revoke a member’s access token',
    method: 'DELETE',
    requirement: { scope: 'org', min: 'admin' },
    request: async (w) => {
      const member = await seedMember(w.server, 'viewer');
      const tokens = (await (await adminCall(w, 'GET', `/api/orgs/${w.server.orgId}/tokens`)).json()) as {
        tokens: { id: string; userId: string }[];
      };
      const token = tokens.tokens.find((t) => t.userId === member.userId)!;
      return { path: `/api/orgs/${w.server.orgId}/tokens/${token.id}` };
    },
  },
  {
    name: 'read the audit log',
    method: 'GET',
    requirement: { scope: 'org', min: 'admin' },
    request: async (w) => ({ path: `/api/orgs/${w.server.orgId}/audit` }),
  },
  {
    name: 'export a member’s data',
    method: 'GET',
    requirement: { scope: 'person-admin' },
    request: async (w) => ({ path: `/api/people/${(await seedMember(w.server, 'viewer')).userId}/export` }),
  },
  {
    name: 'erase a member',
    method: 'POST',
    requirement: { scope: 'person-admin' },
    request: async (w) => ({ path: `/api/people/${(await seedMember(w.server, 'viewer')).userId}/erase` }),
  },
  {
    name: 'create an access token',
    method: 'POST',
    requirement: { scope: 'user' },
    request: async () => ({ path: '/api/tokens', body: { label: 'x' } }),
  },
  {
    name: 'join a workshop link as oneself',
    method: 'POST',
    requirement: { scope: 'user' },
    // A process of its own per cell, so that a persona who joins gains no role on the process the other routes use.
    request: async (w) => {
      const process = (await (
        await adminCall(w, 'POST', '/api/processes', { title: 'Workshop', orgId: w.server.orgId })
      ).json()) as { id: string };
      const link = (await (
        await adminCall(w, 'POST', `/api/processes/${process.id}/invites`, { role: 'viewer' })
      ).json()) as { token: string };
      return { path: `/api/invites/by-token/${link.token}/join-as-self` };
    },
  },
  {
    name: 'read my session',
    method: 'GET',
    requirement: { scope: 'signed-in' },
    request: async () => ({ path: '/api/auth/session' }),
  },
];

/** The status the permission table demands for one persona on one route. */
function expectedStatus(persona: Persona, requirement: Requirement): 'ok' | 401 | 403 | 404 | 409 {
  if (requirement.scope === 'anyone') return 'ok';
  if (requirement.scope === 'link-new-account') return persona.isUser ? 409 : 'ok';
  if (!persona.authenticated) return 401;
  switch (requirement.scope) {
    case 'signed-in':
      return 'ok';
    case 'person-admin':
      return persona.isUser && persona.role === 'admin' ? 'ok' : 404;
    case 'user':
      return persona.isUser ? 'ok' : 403;
    case 'create-process':
      return persona.isUser && persona.role && atLeast(persona.role, 'editor') ? 'ok' : 403;
    case 'org':
      if (!persona.isUser) return 403;
      if (!persona.role) return 404;
      return atLeast(persona.role, requirement.min) ? 'ok' : 403;
    case 'process':
      if (!persona.role) return 404;
      return atLeast(persona.role, requirement.min) ? 'ok' : 403;
  }
}

describe('every REST route as every persona', () => {
  let world: World;
  beforeAll(async () => {
    world = await buildWorld(await startTestServer());
  });
  afterAll(async () => {
    await world.server.close();
    removeDataDir(world.server.dataDir);
  });

  for (const route of ROUTES) {
    describe(route.name, () => {
      for (const personaName of PERSONA_NAMES) {
        it(`answers ${personaName} as the permission table says`, async () => {
          const persona = world.personas.find((p) => p.name === personaName)!;
          const { path, body } = await route.request(world);
          const response = await fetch(`${world.server.url}${path}`, {
            method: route.method,
            headers: {
              ...headersFor(persona.credentials),
              ...(body === undefined ? {} : { 'content-type': 'application/json' }),
            },
            body: body === undefined ? undefined : JSON.stringify(body),
          });
          const text = await response.text();
          const expected = expectedStatus(persona, route.requirement);
          if (expected === 'ok') {
            expect(response.status, text).toBeGreaterThanOrEqual(200);
            expect(response.status, text).toBeLessThan(300);
            expect(
              contractProblems(
                route.method,
                path,
                response.status,
                response.headers.get('content-type'),
                text,
              ),
            ).toEqual([]);
          } else {
            expect(response.status, text).toBe(expected);
            expect(response.headers.get('content-type')).toContain('application/problem+json');
            expect(JSON.parse(text)).toMatchObject({
              status: expected,
              code: expect.stringMatching(/^[a-z-]+$/),
            });
            expect(text).not.toContain('Gewerbeanmeldung Kehl');
          }
        });
      }
    });
  }

  it('lists only the processes of the caller’s own municipalities', async () => {
    const outsider = world.personas.find((p) => p.name === 'admin of another municipality')!;
    const response = await fetch(`${world.server.url}/api/processes`, {
      headers: headersFor(outsider.credentials),
    });
    expect(await response.text()).not.toContain('Gewerbeanmeldung Kehl');
  });

  it('refuses a cookie-authenticated state change from another site', async () => {
    const guest = world.personas.find((p) => p.name === 'guest of this process (editor link)')!;
    const response = await fetch(`${world.server.url}/api/tokens`, {
      method: 'POST',
      headers: {
        ...headersFor(guest.credentials),
        origin: 'https://evil.example',
        'content-type': 'application/json',
      },
      body: '{}',
    });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { code: string }).code).toBe('cross-site-request');
  });
});
