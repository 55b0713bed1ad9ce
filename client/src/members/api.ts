// REST calls of member administration (for a municipality's admins) and of the one-time links people receive.
import type {
  AuditEntry,
  CreatedMemberInvitation,
  Member,
  MemberAccessToken,
  MemberInvitation,
  MemberInvitationPreview,
  PasswordResetIssued,
  Role,
  Session,
  WorkshopLink,
} from '@prozesswerk/contract';
import type { z } from 'zod';
import { isProblem, request, requestJson } from '../shared/http.ts';

export type {
  AuditEntry,
  Member,
  MemberAccessToken,
  MemberInvitation,
  MemberInvitationPreview,
  WorkshopLink,
};
export type CreatedInvitation = z.infer<typeof CreatedMemberInvitation>;
export type ResetIssued = z.infer<typeof PasswordResetIssued>;

const org = (orgId: string) => `/api/orgs/${encodeURIComponent(orgId)}`;
const link = (token: string) => encodeURIComponent(token);

export async function fetchMembers(orgId: string): Promise<Member[]> {
  return (await requestJson<{ members: Member[] }>(`${org(orgId)}/members`)).members;
}

export async function fetchInvitations(orgId: string): Promise<MemberInvitation[]> {
  return (await requestJson<{ invitations: MemberInvitation[] }>(`${org(orgId)}/invitations`)).invitations;
}

export function inviteMember(
  orgId: string,
  input: { email: string; role: Role },
): Promise<CreatedInvitation> {
  return requestJson<CreatedInvitation>(`${org(orgId)}/invitations`, 'POST', input);
}

export function withdrawInvitation(orgId: string, invitationId: string): Promise<void> {
  return request<void>(`${org(orgId)}/invitations/${encodeURIComponent(invitationId)}`, { method: 'DELETE' });
}

export function changeRole(orgId: string, userId: string, role: Role): Promise<unknown> {
  return requestJson(`${org(orgId)}/members/${encodeURIComponent(userId)}`, 'PATCH', { role });
}

export function removeMember(orgId: string, userId: string): Promise<void> {
  return request<void>(`${org(orgId)}/members/${encodeURIComponent(userId)}`, { method: 'DELETE' });
}

export function issueReset(orgId: string, userId: string): Promise<ResetIssued> {
  return requestJson<ResetIssued>(
    `${org(orgId)}/members/${encodeURIComponent(userId)}/password-reset`,
    'POST',
  );
}

export async function fetchWorkshopLinks(orgId: string): Promise<WorkshopLink[]> {
  return (await requestJson<{ links: WorkshopLink[] }>(`${org(orgId)}/workshop-links`)).links;
}

export function revokeWorkshopLink(orgId: string, inviteId: string): Promise<void> {
  return request<void>(`${org(orgId)}/workshop-links/${encodeURIComponent(inviteId)}`, { method: 'DELETE' });
}

export async function fetchTokens(orgId: string): Promise<MemberAccessToken[]> {
  return (await requestJson<{ tokens: MemberAccessToken[] }>(`${org(orgId)}/tokens`)).tokens;
}

export function revokeToken(orgId: string, tokenId: string): Promise<void> {
  return request<void>(`${org(orgId)}/tokens/${encodeURIComponent(tokenId)}`, { method: 'DELETE' });
}

export async function fetchAudit(orgId: string, before?: number): Promise<AuditEntry[]> {
  const query = new URLSearchParams({ limit: '50' });
  if (before !== undefined) query.set('before', String(before));
  return (await requestJson<{ entries: AuditEntry[] }>(`${org(orgId)}/audit?${query}`)).entries;
}

export function previewInvitation(token: string): Promise<MemberInvitationPreview> {
  return requestJson<MemberInvitationPreview>(`/api/member-invitations/${link(token)}`);
}

export function acceptInvitation(
  token: string,
  input: { name?: string; password?: string },
): Promise<{ orgId: string; role: Role }> {
  return requestJson(`/api/member-invitations/${link(token)}/accept`, 'POST', input);
}

export function previewReset(token: string): Promise<{ email: string; expiresAt: string }> {
  return requestJson(`/api/password-resets/${link(token)}`);
}

export function setNewPassword(token: string, password: string): Promise<void> {
  return request<void>(`/api/password-resets/${link(token)}`, { method: 'POST', body: { password } });
}

/** Who is signed in; undefined for nobody (401). */
export async function fetchMySession(): Promise<Session | undefined> {
  try {
    return await requestJson<Session>('/api/auth/session');
  } catch (error) {
    if (isProblem(error, 401)) return undefined;
    throw error;
  }
}
