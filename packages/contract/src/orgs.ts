// Municipalities: mine, their members (for admins), and their hourly staff rates.
import { z } from 'zod';
import { OrgParams, Params, Role, Timestamp } from './common.ts';
import { MyOrg } from './auth.ts';
import { CreatedMemberInvitation } from './members.ts';
import { defineOperation, jsonBody, jsonResponse } from './operation.ts';
import { problems } from './problem.ts';

export const Member = z.object({
  userId: z.string(),
  email: z.string(),
  name: z.string(),
  role: Role,
  lastActiveAt: Timestamp.nullable().meta({ description: 'Last sign-in or request; null: never' }),
});
export type Member = z.infer<typeof Member>;

export const PutMemberInput = z.object({
  email: z.string().trim().min(3).max(320),
  name: z
    .string()
    .trim()
    .max(120)
    .default('')
    .meta({ description: 'Ignored (the invited person chooses it)' }),
  role: Role,
  password: z
    .string()
    .max(1000)
    .optional()
    .meta({ description: 'Ignored: nobody sets another person’s password' }),
});
export type PutMemberInput = z.input<typeof PutMemberInput>;

const Rate = z.number().min(0).max(10_000).meta({ description: 'Euros per hour' });
export const RoleRate = z.object({ role: z.string().trim().min(1).max(200), rate: Rate });

export const HourlyRatesInput = z.object({
  basedOn: z.string().max(40).nullable().optional().meta({
    description:
      'The `updatedAt` the editor started from; a save over newer rates is then refused with 409 `rates-changed`',
  }),
  defaultRate: Rate.nullable().meta({ description: 'For activities whose role has no rate; null: none' }),
  roles: z
    .array(RoleRate)
    .max(200)
    .refine((roles) => new Set(roles.map((r) => r.role)).size === roles.length, {
      message: 'Each role may have only one rate.',
    }),
});
export type HourlyRatesInput = z.input<typeof HourlyRatesInput>;

const ratesFields = {
  mayEdit: z.boolean().meta({ description: 'Whether the caller may change them' }),
  defaultRate: z.number().nullable(),
  roles: z.array(z.object({ role: z.string(), rate: z.number() })),
  updatedAt: Timestamp.nullable().meta({ description: 'Last saved; null while never saved' }),
};

export const OrgHourlyRates = z
  .object({ orgId: z.string(), ...ratesFields })
  .meta({ id: 'OrgHourlyRates', description: "A municipality's hourly staff rates in euros" });
export type OrgHourlyRates = z.infer<typeof OrgHourlyRates>;

export const ProcessHourlyRates = z
  .object({
    orgId: z.string().nullable(),
    orgName: z.string(),
    ...ratesFields,
    shared: z.boolean().meta({
      description:
        'false: read through the library, and the municipality did not publish its rates (none given)',
    }),
  })
  .meta({ id: 'ProcessHourlyRates', description: "The hourly rates of a process's municipality" });
export type ProcessHourlyRates = z.infer<typeof ProcessHourlyRates>;

const tags = ['municipalities'];

export const orgOperations = {
  listMyOrgs: defineOperation({
    method: 'get',
    path: '/api/orgs',
    operationId: 'listMyOrgs',
    summary: 'My municipalities and my role in each',
    tags,
    'x-access': { scope: 'user' },
    responses: {
      200: jsonResponse('My municipalities', z.object({ orgs: z.array(MyOrg) })),
      ...problems(401, 403),
    },
  }),
  listMembers: defineOperation({
    method: 'get',
    path: '/api/orgs/{orgId}/members',
    operationId: 'listMembers',
    summary: 'Members of a municipality',
    tags,
    'x-access': { scope: 'org', min: 'admin' },
    request: { params: OrgParams },
    responses: {
      200: jsonResponse('The members', z.object({ members: z.array(Member) })),
      ...problems(401, 403, 404),
    },
  }),
  putMember: defineOperation({
    method: 'put',
    path: '/api/orgs/{orgId}/members',
    operationId: 'putMember',
    summary: "Set a member's role, or invite anyone else by e-mail",
    description:
      'A member of this municipality gets the role at once (200). Anyone else — with an account elsewhere or ' +
      'none — is invited exactly as by `POST /api/orgs/{orgId}/invitations` (202): nobody joins without ' +
      'accepting, and the answer does not tell whether the e-mail has an account. `name` and `password` are ' +
      'ignored; the person chooses them when accepting.',
    tags,
    'x-access': { scope: 'org', min: 'admin' },
    request: { params: OrgParams, body: jsonBody(PutMemberInput) },
    responses: {
      200: jsonResponse('A member here; their role is set', z.object({ id: z.string() })),
      202: jsonResponse('Not a member here: invited, with the one-time link', CreatedMemberInvitation),
      ...problems(400, 401, 403, 404, 409, 415),
    },
  }),
  removeMember: defineOperation({
    method: 'delete',
    path: '/api/orgs/{orgId}/members/{userId}',
    operationId: 'removeMember',
    summary: 'Remove a membership; the person’s open sockets lose their access at once',
    tags,
    'x-access': { scope: 'org', min: 'admin' },
    request: { params: z.object({ orgId: Params.orgId, userId: Params.userId }) },
    responses: { 204: { description: 'Removed' }, ...problems(401, 403, 404) },
  }),
  getOrgHourlyRates: defineOperation({
    method: 'get',
    path: '/api/orgs/{orgId}/hourly-rates',
    operationId: 'getOrgHourlyRates',
    summary: "The municipality's hourly staff rates (euros) for staff cost metrics",
    tags: ['analysis'],
    'x-access': { scope: 'org', min: 'viewer' },
    request: { params: OrgParams },
    responses: { 200: jsonResponse('The rates', OrgHourlyRates), ...problems(401, 403, 404) },
  }),
  putOrgHourlyRates: defineOperation({
    method: 'put',
    path: '/api/orgs/{orgId}/hourly-rates',
    operationId: 'putOrgHourlyRates',
    summary: 'Replace the hourly rates: a default rate (or null) and one rate per role name',
    tags: ['analysis'],
    'x-access': { scope: 'org', min: 'admin' },
    request: { params: OrgParams, body: jsonBody(HourlyRatesInput) },
    responses: {
      200: jsonResponse('The saved rates', OrgHourlyRates),
      ...problems(400, 401, 403, 404, 409, 415),
    },
  }),
};
