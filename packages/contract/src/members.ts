// Member administration for a municipality's admins — invitations, roles, password-reset links, workshop links,
// access tokens, the audit log — and the one-time links people reach by e-mail.
import { z } from 'zod';
import { OrgParams, Params, Role, Timestamp } from './common.ts';
import { defineOperation, jsonBody, jsonResponse } from './operation.ts';
import { problems } from './problem.ts';

const admin = { scope: 'org', min: 'admin' } as const;
const tags = ['members'];

export const MemberInvitation = z
  .object({
    id: z.string(),
    orgId: z.string(),
    email: z.string(),
    role: Role,
    createdAt: Timestamp,
    expiresAt: Timestamp,
    acceptedAt: Timestamp.nullable(),
    revokedAt: Timestamp.nullable(),
  })
  .meta({ id: 'MemberInvitation', description: 'An invitation to join a municipality, without its secret' });
export type MemberInvitation = z.infer<typeof MemberInvitation>;

export const InviteMemberInput = z.object({ email: z.string().trim().min(3).max(320), role: Role });
export type InviteMemberInput = z.input<typeof InviteMemberInput>;

const mailed = z.boolean().meta({ description: 'Whether the link went out by e-mail (with SMTP_URL)' });

export const CreatedMemberInvitation = MemberInvitation.extend({
  token: z.string().meta({ description: 'The secret of the one-time link; shown only here' }),
  url: z.string().meta({ description: 'The link to hand out: {server}/invitation/{token}, valid 7 days' }),
  mailed,
});

export const RoleChangeInput = z.object({ role: Role });

export const PasswordResetIssued = z.object({
  url: z
    .string()
    .optional()
    .meta({ description: 'Absent when the person also belongs elsewhere: mail only' }),
  token: z.string().optional(),
  expiresAt: Timestamp,
  mailed,
});

export const WorkshopLink = z.object({
  id: z.string(),
  processId: z.string(),
  processTitle: z.string(),
  role: Role,
  createdBy: z.string(),
  createdAt: Timestamp,
  expiresAt: Timestamp,
  maxUses: z.number().int(),
  uses: z.number().int(),
  guests: z.number().int().meta({ description: 'Guests who joined with it' }),
  revokedAt: Timestamp.nullable(),
});
export type WorkshopLink = z.infer<typeof WorkshopLink>;

export const MemberAccessToken = z.object({
  id: z.string(),
  userId: z.string(),
  userName: z.string(),
  label: z.string(),
  createdAt: Timestamp,
  revokedAt: Timestamp.nullable(),
});
export type MemberAccessToken = z.infer<typeof MemberAccessToken>;

export const AuditQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50).meta({ description: 'Entries per page' }),
  before: z.coerce
    .number()
    .int()
    .positive()
    .optional()
    .meta({ description: 'Sequence number to page back from' }),
});

export const AuditEntry = z
  .object({
    seq: z.number().int(),
    orgId: z.string(),
    at: Timestamp,
    actorId: z.string().nullable().meta({ description: 'null: the operator (CLI) or the server itself' }),
    actorName: z.string(),
    action: z.string().meta({ description: "What was done: 'member.invited', 'member.role-changed', …" }),
    targetId: z.string().nullable(),
    targetLabel: z.string(),
    targetName: z.string(),
    detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof AuditEntry>;

export const MemberInvitationPreview = z.object({
  orgId: z.string(),
  orgName: z.string(),
  email: z.string(),
  role: Role,
  expiresAt: Timestamp,
  hasAccount: z.boolean().meta({ description: 'The e-mail already has an account (sign in to accept)' }),
  signedInAs: z.string().nullable().meta({ description: "The e-mail of the browser's signed-in member" }),
});
export type MemberInvitationPreview = z.infer<typeof MemberInvitationPreview>;

export const AcceptInvitationInput = z.object({
  name: z.string().trim().max(120).optional().meta({ description: 'For a new account' }),
  password: z.string().max(1000).optional().meta({ description: 'For a new account' }),
});

export const NewPasswordInput = z.object({ password: z.string().min(1).max(1000) });

const TokenParams = z.object({ token: Params.token });
const MemberParams = z.object({ orgId: Params.orgId, userId: Params.userId });
const accepted = z.object({ orgId: z.string(), role: Role });

export const memberOperations = {
  listMemberInvitations: defineOperation({
    method: 'get',
    path: '/api/orgs/{orgId}/invitations',
    operationId: 'listMemberInvitations',
    summary: 'Invitations to the municipality, newest first',
    tags,
    'x-access': admin,
    request: { params: OrgParams },
    responses: {
      200: jsonResponse('The invitations', z.object({ invitations: z.array(MemberInvitation) })),
      ...problems(401, 403, 404),
    },
  }),
  inviteMember: defineOperation({
    method: 'post',
    path: '/api/orgs/{orgId}/invitations',
    operationId: 'inviteMember',
    summary: 'Invite a person by e-mail with a role: a one-time link, mailed with SMTP_URL',
    tags,
    'x-access': admin,
    request: { params: OrgParams, body: jsonBody(InviteMemberInput) },
    responses: {
      201: jsonResponse('The invitation with its link', CreatedMemberInvitation),
      ...problems(400, 401, 403, 404, 409, 415),
    },
  }),
  withdrawMemberInvitation: defineOperation({
    method: 'delete',
    path: '/api/orgs/{orgId}/invitations/{invitationId}',
    operationId: 'withdrawMemberInvitation',
    summary: 'Withdraw an invitation that was not accepted yet',
    tags,
    'x-access': admin,
    request: { params: z.object({ orgId: Params.orgId, invitationId: z.string().min(1).max(200) }) },
    responses: { 204: { description: 'Withdrawn' }, ...problems(401, 403, 404) },
  }),
  changeMemberRole: defineOperation({
    method: 'patch',
    path: '/api/orgs/{orgId}/members/{userId}',
    operationId: 'changeMemberRole',
    summary: "Change a member's role (the last admin cannot be demoted: 409 last-admin)",
    tags,
    'x-access': admin,
    request: { params: MemberParams, body: jsonBody(RoleChangeInput) },
    responses: {
      200: jsonResponse('The new role', z.object({ userId: z.string(), orgId: z.string(), role: Role })),
      ...problems(400, 401, 403, 404, 409, 415),
    },
  }),
  issuePasswordReset: defineOperation({
    method: 'post',
    path: '/api/orgs/{orgId}/members/{userId}/password-reset',
    operationId: 'issuePasswordReset',
    summary: 'Issue a one-time link to set a new password (24 hours)',
    description:
      'For a person who also belongs to another municipality the link is only mailed, never answered.',
    tags,
    'x-access': admin,
    request: { params: MemberParams },
    responses: {
      201: jsonResponse('The link (or only whether it was mailed)', PasswordResetIssued),
      ...problems(401, 403, 404),
    },
  }),
  listWorkshopLinks: defineOperation({
    method: 'get',
    path: '/api/orgs/{orgId}/workshop-links',
    operationId: 'listWorkshopLinks',
    summary: "Workshop links of all the municipality's processes with their number of guests",
    tags,
    'x-access': admin,
    request: { params: OrgParams },
    responses: {
      200: jsonResponse('The links, without their secrets', z.object({ links: z.array(WorkshopLink) })),
      ...problems(401, 403, 404),
    },
  }),
  revokeWorkshopLink: defineOperation({
    method: 'delete',
    path: '/api/orgs/{orgId}/workshop-links/{inviteId}',
    operationId: 'revokeWorkshopLink',
    summary: 'Revoke a workshop link; its guests lose access at once',
    tags,
    'x-access': admin,
    request: { params: z.object({ orgId: Params.orgId, inviteId: Params.inviteId }) },
    responses: { 204: { description: 'Revoked' }, ...problems(401, 403, 404) },
  }),
  listMemberTokens: defineOperation({
    method: 'get',
    path: '/api/orgs/{orgId}/tokens',
    operationId: 'listMemberTokens',
    summary: "Access tokens of the municipality's members (never the secrets)",
    tags,
    'x-access': admin,
    request: { params: OrgParams },
    responses: {
      200: jsonResponse('The tokens', z.object({ tokens: z.array(MemberAccessToken) })),
      ...problems(401, 403, 404),
    },
  }),
  revokeMemberToken: defineOperation({
    method: 'delete',
    path: '/api/orgs/{orgId}/tokens/{tokenId}',
    operationId: 'revokeMemberToken',
    summary: "Revoke a member's access token",
    tags,
    'x-access': admin,
    request: { params: z.object({ orgId: Params.orgId, tokenId: z.string().min(1).max(200) }) },
    responses: { 204: { description: 'Revoked' }, ...problems(401, 403, 404) },
  }),
  readAudit: defineOperation({
    method: 'get',
    path: '/api/orgs/{orgId}/audit',
    operationId: 'readAudit',
    summary: 'The audit log of member administration, newest first (who, what, when)',
    tags,
    'x-access': admin,
    request: { params: OrgParams, query: AuditQuery },
    responses: {
      200: jsonResponse('One page of entries', z.object({ entries: z.array(AuditEntry) })),
      ...problems(400, 401, 403, 404),
    },
  }),
  previewMemberInvitation: defineOperation({
    method: 'get',
    path: '/api/member-invitations/{token}',
    operationId: 'previewMemberInvitation',
    summary: 'What an invitation link offers: municipality, role, e-mail, whether that e-mail has an account',
    tags,
    'x-access': { scope: 'link' },
    security: [],
    request: { params: TokenParams },
    responses: { 200: jsonResponse('The invitation', MemberInvitationPreview), ...problems(404, 410) },
  }),
  acceptMemberInvitation: defineOperation({
    method: 'post',
    path: '/api/member-invitations/{token}/accept',
    operationId: 'acceptMemberInvitation',
    summary: 'Accept an invitation',
    description:
      'An existing account must be signed in as the invited e-mail; a new one is created with name and password.',
    tags,
    'x-access': { scope: 'link' },
    security: [],
    request: { params: TokenParams, body: jsonBody(AcceptInvitationInput) },
    responses: {
      200: jsonResponse('Joined with the existing account', accepted),
      201: jsonResponse('A new account was created and signed in', accepted),
      ...problems(400, 403, 404, 409, 410, 415),
    },
  }),
  previewPasswordReset: defineOperation({
    method: 'get',
    path: '/api/password-resets/{token}',
    operationId: 'previewPasswordReset',
    summary: 'Whose password a reset link sets',
    tags,
    'x-access': { scope: 'link' },
    security: [],
    request: { params: TokenParams },
    responses: {
      200: jsonResponse('The account', z.object({ email: z.string(), expiresAt: Timestamp })),
      ...problems(404, 410),
    },
  }),
  setNewPassword: defineOperation({
    method: 'post',
    path: '/api/password-resets/{token}',
    operationId: 'setNewPassword',
    summary: 'Set the new password; ends every session of the person',
    tags,
    'x-access': { scope: 'link' },
    security: [],
    request: { params: TokenParams, body: jsonBody(NewPasswordInput) },
    responses: { 204: { description: 'Set' }, ...problems(400, 404, 410, 415) },
  }),
};
