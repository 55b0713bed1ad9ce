// Workshop invite links: facilitators create, list and revoke them; guests preview and join with the link's token.
import { z } from 'zod';
import { Params, ProcessParams, Role, Timestamp } from './common.ts';
import { defineOperation, jsonBody, jsonResponse } from './operation.ts';
import { problems } from './problem.ts';

/** The roles an invite link may give; facilitating and administering need an account. */
export const INVITE_ROLES = ['editor', 'commenter', 'viewer'] as const;
export const InviteRole = z.enum(INVITE_ROLES);
export type InviteRole = z.infer<typeof InviteRole>;

export const CreateInviteInput = z.object({
  role: InviteRole,
  expiresInHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(24),
  maxUses: z.number().int().min(1).max(1000).default(30),
});
export type CreateInviteInput = z.input<typeof CreateInviteInput>;

export const Invite = z
  .object({
    id: z.string(),
    processId: z.string(),
    role: InviteRole,
    createdAt: Timestamp,
    expiresAt: Timestamp,
    maxUses: z.number().int(),
    uses: z.number().int(),
    revokedAt: Timestamp.nullable(),
  })
  .meta({ id: 'Invite', description: 'An invite link, without its secret' });
export type Invite = z.infer<typeof Invite>;

export const CreatedInvite = Invite.extend({
  token: z.string().meta({ description: 'The secret of the link; shown only here' }),
  url: z.string().meta({ description: 'The link to hand out: {server}/join/{token}' }),
});
export type CreatedInvite = z.infer<typeof CreatedInvite>;

export const InvitePreview = z.object({
  processId: z.string(),
  processTitle: z.string(),
  orgName: z.string(),
  role: InviteRole,
  expiresAt: Timestamp,
});
export type InvitePreview = z.infer<typeof InvitePreview>;

export const JoinInput = z.object({ name: z.string().trim().min(1).max(80) });

export const JoinedAsGuest = z.object({ processId: z.string(), role: Role, name: z.string() });

export const JoinedAsSelf = z.object({
  processId: z.string(),
  /** The role the account now has on the process: the higher of its membership's and the link's. */
  role: Role,
  name: z.string(),
  municipality: z.string().meta({ description: 'The account’s own municipality, kept' }),
});
export type JoinedAsSelf = z.infer<typeof JoinedAsSelf>;

const TokenParams = z.object({ token: Params.token });
const tags = ['invites'];

export const inviteOperations = {
  listInvites: defineOperation({
    method: 'get',
    path: '/api/processes/{id}/invites',
    operationId: 'listInvites',
    summary: 'Invite links of a process',
    tags,
    'x-access': { scope: 'process', min: 'facilitator' },
    request: { params: ProcessParams },
    responses: {
      200: jsonResponse('The links, without their secrets', z.object({ invites: z.array(Invite) })),
      ...problems(401, 403, 404),
    },
  }),
  createInvite: defineOperation({
    method: 'post',
    path: '/api/processes/{id}/invites',
    operationId: 'createInvite',
    summary: 'Create a workshop invite link (its token and url are shown only here)',
    tags,
    'x-access': { scope: 'process', min: 'facilitator' },
    request: { params: ProcessParams, body: jsonBody(CreateInviteInput) },
    responses: {
      201: jsonResponse('The link with its token and url', CreatedInvite),
      ...problems(400, 401, 403, 404, 415),
    },
  }),
  revokeInvite: defineOperation({
    method: 'delete',
    path: '/api/invites/{inviteId}',
    operationId: 'revokeInvite',
    summary: 'Revoke an invite link; its guests lose access at once',
    tags,
    'x-access': { scope: 'process', min: 'facilitator' },
    request: { params: z.object({ inviteId: Params.inviteId }) },
    responses: { 204: { description: 'Revoked' }, ...problems(401, 403, 404) },
  }),
  previewInvite: defineOperation({
    method: 'get',
    path: '/api/invites/by-token/{token}',
    operationId: 'previewInvite',
    summary: 'What an invite link opens (for the join page)',
    tags,
    'x-access': { scope: 'link' },
    security: [],
    request: { params: TokenParams },
    responses: {
      200: jsonResponse('Process title, municipality and role', InvitePreview),
      ...problems(404, 410),
    },
  }),
  joinInvite: defineOperation({
    method: 'post',
    path: '/api/invites/by-token/{token}/join',
    operationId: 'joinInvite',
    summary: 'Join a workshop as a guest; sets the session cookie',
    tags,
    'x-access': { scope: 'link' },
    security: [],
    request: { params: TokenParams, body: jsonBody(JoinInput) },
    responses: {
      201: jsonResponse('Signed in as a guest of the process', JoinedAsGuest),
      ...problems(400, 404, 410, 415),
    },
  }),
  joinInviteAsSelf: defineOperation({
    method: 'post',
    path: '/api/invites/by-token/{token}/join-as-self',
    operationId: 'joinInviteAsSelf',
    summary:
      'Join a workshop as oneself: the signed-in account gets the link’s role, keeping account and municipality',
    description:
      'The session stays the account’s. The role lasts as long as the link (revoking or expiry ends it). Someone ' +
      'whose membership already gives at least the link’s role is answered 200 and uses no place on the link.',
    tags,
    'x-access': { scope: 'user' },
    request: { params: TokenParams },
    responses: {
      200: jsonResponse('Already had at least this role; nothing changed', JoinedAsSelf),
      201: jsonResponse('Joined: the account has the link’s role on the process', JoinedAsSelf),
      ...problems(401, 403, 404, 410),
    },
  }),
};
