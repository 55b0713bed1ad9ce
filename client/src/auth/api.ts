// REST calls for first-run setup, workshop invites and joining (as a guest or as oneself); failures are ProblemErrors with the server's code.
import { request, requestJson } from '../shared/http.ts';

export const setupNeeded = () => requestJson<{ needed: boolean }>('/api/setup');

export const completeSetup = (input: {
  token: string;
  orgName: string;
  name: string;
  email: string;
  password: string;
}) => requestJson<{ orgId: string }>('/api/setup', 'POST', input);

export type InvitePreview = {
  processId: string;
  processTitle: string;
  orgName: string;
  role: string;
  expiresAt: string;
};
export const previewInvite = (token: string) =>
  requestJson<InvitePreview>(`/api/invites/by-token/${encodeURIComponent(token)}`);
/** Joins as the signed-in member: the session stays theirs, their account gets the link's role on the process. */
export const joinInviteAsSelf = (token: string) =>
  requestJson<{ processId: string; role: string; municipality: string }>(
    `/api/invites/by-token/${encodeURIComponent(token)}/join-as-self`,
    'POST',
    {},
  );
export const joinInvite = (token: string, name: string) =>
  requestJson<{ processId: string }>(`/api/invites/by-token/${encodeURIComponent(token)}/join`, 'POST', {
    name,
  });

export type Invite = {
  id: string;
  role: string;
  expiresAt: string;
  maxUses: number;
  uses: number;
  revokedAt: string | null;
  url?: string;
};
export const listInvites = (processId: string) =>
  requestJson<{ invites: Invite[] }>(`/api/processes/${processId}/invites`);
export const createInvite = (
  processId: string,
  input: { role: string; expiresInHours: number; maxUses: number },
) =>
  requestJson<Invite & { url: string; token: string }>(`/api/processes/${processId}/invites`, 'POST', input);
export const revokeInvite = (inviteId: string) =>
  request<void>(`/api/invites/${inviteId}`, { method: 'DELETE' });
