import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { atLeast, type Role } from '@prozesswerk/protocol';
import { PERSONA_NAMES, buildWorld, headersFor, type Persona, type World } from './support/personas.ts';
import { removeDataDir, startTestServer } from './support/server.ts';

type Requirement =
  | { scope: 'process'; min: Role }
  | { scope: 'org'; min: Role }
  | { scope: 'create-process' }
  | { scope: 'user' }
  | { scope: 'signed-in' };

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
      const added = (await (
        await adminCall(w, 'PUT', `/api/orgs/${w.server.orgId}/members`, {
          email: `r${Math.random()}@test.de`,
          name: 'Weg',
          role: 'viewer',
        })
      ).json()) as { id: string };
      return { path: `/api/orgs/${w.server.orgId}/members/${added.id}` };
    },
  },
  {
    name: 'create an access token',
    method: 'POST',
    requirement: { scope: 'user' },
    request: async () => ({ path: '/api/tokens', body: { label: 'x' } }),
  },
  {
    name: 'read my session',
    method: 'GET',
    requirement: { scope: 'signed-in' },
    request: async () => ({ path: '/api/auth/session' }),
  },
];

/** The status the permission table demands for one persona on one route. */
function expectedStatus(persona: Persona, requirement: Requirement): 'ok' | 401 | 403 | 404 {
  if (!persona.authenticated) return 401;
  switch (requirement.scope) {
    case 'signed-in':
      return 'ok';
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
