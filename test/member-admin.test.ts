// Member administration through the REST API as a municipality's admin would use it, mail over a real SMTP socket.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg } from '../server/src/auth/accounts.ts';
import { ACTIVITY_RESOLUTION_MS } from '../server/src/members/activity.ts';
import { fetchWithBearer } from './support/api.ts';
import { sessionCookieOf } from './support/personas.ts';
import {
  createProcess,
  removeDataDir,
  seedMember,
  startTestServer,
  type TestServer,
} from './support/server.ts';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink.ts';

let server: TestServer;
let smtp: SmtpSink;

const asAdmin = (method: string, path: string, body?: unknown) =>
  fetchWithBearer(server, server.adminToken, method, path, body);

async function asCookie(cookie: string | undefined, method: string, path: string, body?: unknown) {
  return fetch(`${server.url}${path}`, {
    method,
    headers: {
      ...(cookie ? { cookie } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function signIn(email: string, password: string): Promise<string> {
  const response = await asCookie(undefined, 'POST', '/api/auth/login', { email, password });
  expect(response.status, await response.clone().text()).toBe(200);
  return sessionCookieOf(response);
}

/** The text of a received mail with quoted-printable soft breaks and escapes undone. */
function mailText(data: string): string {
  return data
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const tokenOf = (url: string) => url.split('/').at(-1)!;

beforeAll(async () => {
  smtp = await startSmtpSink();
  server = await startTestServer({ SMTP_URL: smtp.url });
});
afterAll(async () => {
  await server.close();
  await smtp.close();
  removeDataDir(server.dataDir);
});

describe('inviting a new person', () => {
  it('sends a one-time link by mail; accepting it creates the account with the role', async () => {
    const invited = await asAdmin('POST', `/api/orgs/${server.orgId}/invitations`, {
      email: 'Neu.Person@Test.de',
      role: 'editor',
    });
    expect(invited.status).toBe(201);
    const invitation = (await invited.json()) as { url: string; mailed: boolean; email: string };
    expect(invitation).toMatchObject({ mailed: true, email: 'neu.person@test.de' });
    const mail = smtp.mails.find((m) => m.to.some((to) => to.includes('neu.person@test.de')));
    expect(mailText(mail!.data)).toContain(invitation.url);

    const token = tokenOf(invitation.url);
    const preview = await (await asCookie(undefined, 'GET', `/api/member-invitations/${token}`)).json();
    expect(preview).toMatchObject({ orgName: 'Testhausen', role: 'editor', hasAccount: false });
    const weak = await asCookie(undefined, 'POST', `/api/member-invitations/${token}/accept`, {
      name: 'Nora Neu',
      password: 'kurz',
    });
    expect(((await weak.json()) as { code: string }).code).toBe('weak-password');

    const accepted = await asCookie(undefined, 'POST', `/api/member-invitations/${token}/accept`, {
      name: 'Nora Neu',
      password: 'ein-langes-passwort',
    });
    expect(accepted.status).toBe(201);
    const cookie = sessionCookieOf(accepted);
    const session = (await (await asCookie(cookie, 'GET', '/api/auth/session')).json()) as {
      orgs: { id: string; role: string }[];
    };
    expect(session.orgs).toEqual([expect.objectContaining({ id: server.orgId, role: 'editor' })]);
    const again = await asCookie(undefined, 'POST', `/api/member-invitations/${token}/accept`, {
      name: 'Noch wer',
      password: 'ein-langes-passwort',
    });
    expect(again.status).toBe(410);
    expect(((await again.json()) as { code: string }).code).toBe('invitation-accepted');
  });

  it('refuses inviting someone who is already a member, and a withdrawn invitation no longer works', async () => {
    const member = await seedMember(server, 'viewer');
    const twice = await asAdmin('POST', `/api/orgs/${server.orgId}/invitations`, {
      email: member.email,
      role: 'editor',
    });
    expect(twice.status).toBe(409);
    const invited = (await (
      await asAdmin('POST', `/api/orgs/${server.orgId}/invitations`, { email: 'weg@test.de', role: 'viewer' })
    ).json()) as { id: string; url: string };
    expect((await asAdmin('DELETE', `/api/orgs/${server.orgId}/invitations/${invited.id}`)).status).toBe(204);
    const preview = await asCookie(undefined, 'GET', `/api/member-invitations/${tokenOf(invited.url)}`);
    expect(preview.status).toBe(410);
    expect(((await preview.json()) as { code: string }).code).toBe('invitation-revoked');
  });
});

describe('a person of another municipality', () => {
  it('joins only by accepting, signed in as themselves', async () => {
    const offenburg = await createOrg(server.store, 'Offenburg');
    const bert = await seedMember(server, 'editor', offenburg.id, 'bert@offenburg.de');
    const other = await seedMember(server, 'viewer');
    const invitation = (await (
      await asAdmin('POST', `/api/orgs/${server.orgId}/invitations`, { email: bert.email, role: 'commenter' })
    ).json()) as { url: string };
    const token = tokenOf(invitation.url);
    expect((await server.store.listMemberships(bert.userId)).map((m) => m.orgId)).toEqual([offenburg.id]);

    const anonymous = await asCookie(undefined, 'POST', `/api/member-invitations/${token}/accept`, {});
    expect(((await anonymous.json()) as { code: string }).code).toBe('sign-in-to-accept');
    const wrong = await fetchWithBearer(
      server,
      other.token,
      'POST',
      `/api/member-invitations/${token}/accept`,
      {},
    );
    expect(((await wrong.json()) as { code: string }).code).toBe('signed-in-as-other');

    const cookie = await signIn(bert.email, 'passwort-123');
    const accepted = await asCookie(cookie, 'POST', `/api/member-invitations/${token}/accept`, {});
    expect(accepted.status, await accepted.clone().text()).toBe(200);
    const memberships = await server.store.listMemberships(bert.userId);
    expect(memberships.map((m) => [m.orgId, m.role]).sort()).toEqual(
      [
        [offenburg.id, 'editor'],
        [server.orgId, 'commenter'],
      ].sort(),
    );
  });
});

describe('roles and removal', () => {
  it('changes a role, removes a member and never leaves the municipality without an admin', async () => {
    const started = Date.now();
    const member = await seedMember(server, 'viewer');
    const changed = await asAdmin('PATCH', `/api/orgs/${server.orgId}/members/${member.userId}`, {
      role: 'facilitator',
    });
    expect(changed.status).toBe(200);
    expect((await server.store.listMemberships(member.userId))[0]?.role).toBe('facilitator');

    const admin = await server.store.getUserByEmail('admin@test.de');
    const demote = await asAdmin('PATCH', `/api/orgs/${server.orgId}/members/${admin!.id}`, {
      role: 'editor',
    });
    expect(demote.status).toBe(409);
    expect(((await demote.json()) as { code: string }).code).toBe('last-admin');
    const removeSelf = await asAdmin('DELETE', `/api/orgs/${server.orgId}/members/${admin!.id}`);
    expect(removeSelf.status).toBe(409);

    expect((await asAdmin('DELETE', `/api/orgs/${server.orgId}/members/${member.userId}`)).status).toBe(204);
    expect(await server.store.listMemberships(member.userId)).toEqual([]);
    const members = (await (await asAdmin('GET', `/api/orgs/${server.orgId}/members`)).json()) as {
      members: { userId: string; lastActiveAt: string | null }[];
    };
    expect(members.members.map((m) => m.userId)).not.toContain(member.userId);
    // The admin's own calls count as activity, recorded at most once per resolution window.
    const lastActive = members.members.find((m) => m.userId === admin!.id)?.lastActiveAt ?? '';
    expect(Date.parse(lastActive)).toBeGreaterThanOrEqual(started - ACTIVITY_RESOLUTION_MS - 1000);
  });
});

describe('password-reset links', () => {
  it('sets a new password once and signs the person out everywhere', async () => {
    const member = await seedMember(server, 'editor');
    const oldCookie = await signIn(member.email, 'passwort-123');
    const issued = await asAdmin('POST', `/api/orgs/${server.orgId}/members/${member.userId}/password-reset`);
    expect(issued.status).toBe(201);
    const { url, mailed } = (await issued.json()) as { url: string; mailed: boolean };
    expect(mailed).toBe(true);
    const token = tokenOf(url);
    expect(await (await asCookie(undefined, 'GET', `/api/password-resets/${token}`)).json()).toMatchObject({
      email: member.email,
    });
    const set = await asCookie(undefined, 'POST', `/api/password-resets/${token}`, {
      password: 'ganz-neues-passwort',
    });
    expect(set.status).toBe(204);
    expect((await asCookie(oldCookie, 'GET', '/api/auth/session')).status).toBe(401);
    await signIn(member.email, 'ganz-neues-passwort');
    const reused = await asCookie(undefined, 'POST', `/api/password-resets/${token}`, {
      password: 'x'.repeat(12),
    });
    expect(reused.status).toBe(410);
  });

  it('does not hand the admin a link into an account that also belongs to another municipality', async () => {
    const elsewhere = await createOrg(server.store, 'Lahr');
    const member = await seedMember(server, 'editor');
    await server.store.setMembership({ userId: member.userId, orgId: elsewhere.id, role: 'viewer' });
    const issued = await asAdmin('POST', `/api/orgs/${server.orgId}/members/${member.userId}/password-reset`);
    expect(issued.status).toBe(201);
    const body = (await issued.json()) as { url?: string; mailed: boolean };
    expect(body.url).toBeUndefined();
    expect(body.mailed).toBe(true);
  });
});

describe('workshop links, access tokens and the audit log', () => {
  it('lists and revokes the municipality’s workshop links and tokens, and logs who did what', async () => {
    const processId = await createProcess(server, 'Hundesteuer');
    const link = (await (
      await asAdmin('POST', `/api/processes/${processId}/invites`, { role: 'commenter' })
    ).json()) as { id: string };
    const listed = (await (await asAdmin('GET', `/api/orgs/${server.orgId}/workshop-links`)).json()) as {
      links: { id: string; processTitle: string; tokenHash?: string }[];
    };
    expect(listed.links.find((l) => l.id === link.id)).toMatchObject({ processTitle: 'Hundesteuer' });
    expect(JSON.stringify(listed)).not.toContain('tokenHash');
    expect((await asAdmin('DELETE', `/api/orgs/${server.orgId}/workshop-links/${link.id}`)).status).toBe(204);

    const member = await seedMember(server, 'editor');
    const tokens = (await (await asAdmin('GET', `/api/orgs/${server.orgId}/tokens`)).json()) as {
      tokens: { id: string; userId: string }[];
    };
    const theirs = tokens.tokens.find((t) => t.userId === member.userId)!;
    expect((await asAdmin('DELETE', `/api/orgs/${server.orgId}/tokens/${theirs.id}`)).status).toBe(204);
    expect((await fetchWithBearer(server, member.token, 'GET', '/api/auth/session')).status).toBe(401);

    const audit = (await (await asAdmin('GET', `/api/orgs/${server.orgId}/audit?limit=3`)).json()) as {
      entries: { action: string; actorName: string; targetName: string }[];
    };
    expect(audit.entries.map((e) => e.action)).toEqual([
      'token.revoked',
      'workshop-link.revoked',
      'member.password-reset-issued',
    ]);
    expect(audit.entries[0]).toMatchObject({ actorName: 'Admin', targetName: 'editor' });
  });

  it('keeps the log to the municipality’s admins', async () => {
    const editor = await seedMember(server, 'editor');
    const response = await fetchWithBearer(server, editor.token, 'GET', `/api/orgs/${server.orgId}/audit`);
    expect(response.status).toBe(403);
  });
});
