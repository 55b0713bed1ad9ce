// REST calls for first-run setup, workshop invites and joining as a guest; failures carry the server's problem code.

export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(`${status} ${code}`);
  }
}

async function call<T>(path: string, init?: { method?: string; body?: unknown }): Promise<T> {
  const response = await fetch(path, {
    method: init?.method ?? 'GET',
    headers: init?.body === undefined ? {} : { 'content-type': 'application/json' },
    body: init?.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (response.status === 204) return undefined as T;
  const data = (await response.json().catch(() => ({}))) as { code?: unknown };
  if (!response.ok)
    throw new ProblemError(response.status, typeof data.code === 'string' ? data.code : 'unknown');
  return data as T;
}

export const setupNeeded = () => call<{ needed: boolean }>('/api/setup');

export const completeSetup = (input: {
  token: string;
  orgName: string;
  name: string;
  email: string;
  password: string;
}) => call<{ orgId: string }>('/api/setup', { method: 'POST', body: input });

export type InvitePreview = {
  processId: string;
  processTitle: string;
  orgName: string;
  role: string;
  expiresAt: string;
};
export const previewInvite = (token: string) =>
  call<InvitePreview>(`/api/invites/by-token/${encodeURIComponent(token)}`);
export const joinInvite = (token: string, name: string) =>
  call<{ processId: string }>(`/api/invites/by-token/${encodeURIComponent(token)}/join`, {
    method: 'POST',
    body: { name },
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
  call<{ invites: Invite[] }>(`/api/processes/${processId}/invites`);
export const createInvite = (
  processId: string,
  input: { role: string; expiresInHours: number; maxUses: number },
) =>
  call<Invite & { url: string; token: string }>(`/api/processes/${processId}/invites`, {
    method: 'POST',
    body: input,
  });
export const revokeInvite = (inviteId: string) =>
  call<void>(`/api/invites/${inviteId}`, { method: 'DELETE' });

/** A translation key for a failure, by the server's stable problem code. */
export function problemKey(error: unknown, prefix: string): string {
  if (error instanceof ProblemError) return `${prefix}.errors.${error.code}`;
  return `${prefix}.errors.network`;
}
