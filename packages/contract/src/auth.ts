// Signing in and out, who am I, first-run setup and personal access tokens.
import { z } from 'zod';
import { Role } from './common.ts';
import { defineOperation, jsonBody, jsonResponse } from './operation.ts';
import { problems } from './problem.ts';

export const LoginInput = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1000),
});
export type LoginInput = z.input<typeof LoginInput>;

export const MyOrg = z
  .object({ id: z.string(), name: z.string(), role: Role })
  .meta({ id: 'MyOrg', description: 'A municipality I belong to, with my role there' });
export type MyOrg = z.infer<typeof MyOrg>;

export const UserSession = z.object({
  kind: z.literal('user'),
  name: z.string(),
  user: z.object({ id: z.string(), email: z.string(), name: z.string() }),
  orgs: z.array(MyOrg),
});
export type UserSession = z.infer<typeof UserSession>;

export const GuestSession = z.object({
  kind: z.literal('guest'),
  name: z.string(),
  guest: z.object({
    id: z.string(),
    processId: z.string().meta({ description: 'The one process the invite link opens' }),
    role: Role,
  }),
});

export const Session = z
  .discriminatedUnion('kind', [UserSession, GuestSession])
  .meta({ id: 'Session', description: 'The signed-in member or workshop guest' });
export type Session = z.infer<typeof Session>;

export const SetupInput = z.object({
  token: z.string().min(1).max(200).meta({ description: 'The one-time setup token printed on first start' }),
  orgName: z.string().trim().min(1).max(120),
  email: z.string().trim().min(3).max(320),
  name: z.string().trim().min(1).max(120),
  password: z.string().min(1).max(1000),
});
export type SetupInput = z.input<typeof SetupInput>;

export const CreateTokenInput = z.object({ label: z.string().trim().min(1).max(80).default('script') });
export const RevokeTokenInput = z.object({ token: z.string().min(1).max(200) });

export const AccessToken = z.object({
  id: z.string(),
  token: z
    .string()
    .meta({ description: 'The secret; shown only here. Send it as `Authorization: Bearer …`' }),
});

const publicAccess = { security: [] };

export const authOperations = {
  getSetup: defineOperation({
    method: 'get',
    path: '/api/setup',
    operationId: 'getSetup',
    summary: 'Whether first-run setup is still needed',
    tags: ['setup'],
    'x-access': { scope: 'anyone' },
    ...publicAccess,
    responses: { 200: jsonResponse('Whether setup is needed', z.object({ needed: z.boolean() })) },
  }),
  completeSetup: defineOperation({
    method: 'post',
    path: '/api/setup',
    operationId: 'completeSetup',
    summary: 'Create the first municipality and its admin with the one-time setup token; signs in',
    tags: ['setup'],
    'x-access': { scope: 'setup-token' },
    ...publicAccess,
    request: { body: jsonBody(SetupInput) },
    responses: {
      201: jsonResponse(
        'Signed in as the new admin (sets the session cookie)',
        z.object({ orgId: z.string(), userId: z.string() }),
      ),
      ...problems(400, 403, 415),
    },
  }),
  login: defineOperation({
    method: 'post',
    path: '/api/auth/login',
    operationId: 'login',
    summary: 'Sign in; sets the session cookie',
    description: 'Rate-limited per address and per account.',
    tags: ['auth'],
    'x-access': { scope: 'anyone' },
    ...publicAccess,
    request: { body: jsonBody(LoginInput) },
    responses: {
      200: jsonResponse('The signed-in member and their municipalities', UserSession),
      ...problems(400, 401, 415, 429),
    },
  }),
  logout: defineOperation({
    method: 'post',
    path: '/api/auth/logout',
    operationId: 'logout',
    summary: "Sign out: ends this browser's session",
    tags: ['auth'],
    'x-access': { scope: 'anyone' },
    responses: { 204: { description: 'Session ended' } },
  }),
  getSession: defineOperation({
    method: 'get',
    path: '/api/auth/session',
    operationId: 'getSession',
    summary: 'Who am I',
    tags: ['auth'],
    'x-access': { scope: 'signed-in' },
    responses: { 200: jsonResponse('The member or guest', Session), ...problems(401) },
  }),
  createAccessToken: defineOperation({
    method: 'post',
    path: '/api/tokens',
    operationId: 'createAccessToken',
    summary: 'Create a personal access token for scripts',
    tags: ['auth'],
    'x-access': { scope: 'user' },
    request: { body: jsonBody(CreateTokenInput) },
    responses: { 201: jsonResponse('The new token', AccessToken), ...problems(400, 401, 403, 415) },
  }),
  revokeAccessToken: defineOperation({
    method: 'post',
    path: '/api/tokens/revoke',
    operationId: 'revokeAccessToken',
    summary: 'Revoke one of my access tokens; sockets opened with it close at once',
    tags: ['auth'],
    'x-access': { scope: 'user' },
    request: { body: jsonBody(RevokeTokenInput) },
    responses: { 204: { description: 'Revoked' }, ...problems(400, 401, 403, 404, 415) },
  }),
};
