// Data protection for one person: the export of everything stored about them (Art. 15/20 DSGVO) and their
// erasure (Art. 17), which replaces them by a stable pseudonym everywhere, frozen versions included.
import { z } from 'zod';
import { Role, Timestamp } from './common.ts';
import { defineOperation, jsonResponse } from './operation.ts';
import { problems } from './problem.ts';

const tags = ['people'];

export const PersonParams = z.object({
  personId: z.string().min(1).max(200).meta({ description: 'The id of an account or of a workshop guest' }),
});

export const ExportQuery = z.object({
  format: z
    .enum(['json', 'markdown'])
    .default('json')
    .meta({ description: '`markdown`: the same content as a readable German document' }),
});

const inProcess = { processId: z.string(), processTitle: z.string() };
const nullableTime = Timestamp.nullable();

export const PersonExport = z
  .object({
    format: z.literal('prozesswerk-person-export'),
    version: z.literal(1),
    exportedAt: Timestamp,
    person: z.object({
      id: z.string(),
      kind: z.enum(['user', 'guest']),
      name: z.string(),
      email: z.string().nullable(),
      createdAt: Timestamp,
      lastActiveAt: nullableTime,
    }),
    memberships: z.array(z.object({ orgId: z.string(), orgName: z.string(), role: Role })),
    guestAccess: z.array(
      z.object({
        guestId: z.string(),
        ...inProcess,
        name: z.string(),
        joinedAt: Timestamp,
        role: Role.nullable(),
        linkExpiresAt: nullableTime,
        linkRevokedAt: nullableTime,
      }),
    ),
    sessions: z.array(z.object({ createdAt: Timestamp, expiresAt: Timestamp })),
    accessTokens: z.array(
      z.object({ id: z.string(), label: z.string(), createdAt: Timestamp, revokedAt: nullableTime }),
    ),
    invitesCreated: z.array(
      z.object({
        id: z.string(),
        ...inProcess,
        role: Role,
        createdAt: Timestamp,
        expiresAt: Timestamp,
        uses: z.number().int(),
        revokedAt: nullableTime,
      }),
    ),
    memberInvitationsCreated: z
      .array(
        z.object({
          orgId: z.string(),
          role: Role,
          createdAt: Timestamp,
          acceptedAt: nullableTime,
          revokedAt: nullableTime,
        }),
      )
      .meta({ description: "Invitations the person sent; the invitees' addresses are theirs, not included" }),
    invitationsReceived: z.array(
      z.object({
        orgId: z.string(),
        orgName: z.string(),
        role: Role,
        createdAt: Timestamp,
        acceptedAt: nullableTime,
        revokedAt: nullableTime,
      }),
    ),
    comments: z.array(
      z.object({
        ...inProcess,
        threadId: z.string(),
        commentId: z.string(),
        opensThread: z.boolean(),
        text: z.string(),
        createdAt: Timestamp,
        editedAt: nullableTime,
        deleted: z.boolean(),
      }),
    ),
    decisions: z.array(
      z.object({ ...inProcess, threadId: z.string(), decision: z.string(), resolvedAt: z.string() }),
    ),
    reactions: z.array(
      z.object({ ...inProcess, threadId: z.string(), commentId: z.string(), emoji: z.string() }),
    ),
    votes: z.array(
      z.object({
        ...inProcess,
        roundId: z.string(),
        targetId: z.string(),
        targetLabel: z.string(),
        count: z.number().int(),
      }),
    ),
    versions: z
      .array(
        z.object({
          ...inProcess,
          version: z.number().int(),
          name: z.string(),
          frozenAt: Timestamp,
          as: z.enum(['froze', 'agreed', 'named']),
          nameAsFrozen: z.string(),
        }),
      )
      .meta({
        description:
          'Frozen versions naming the person: who froze, who agreed ("Zugestimmt"), the discussion',
      }),
    auditEntries: z.array(
      z.object({
        orgId: z.string(),
        at: Timestamp,
        action: z.string(),
        as: z.enum(['actor', 'subject']),
        detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
      }),
    ),
    visits: z.array(z.object({ ...inProcess, lastSeenAt: Timestamp })),
  })
  .meta({ id: 'PersonExport', description: 'Everything Prozesswerk stores about one person' });
export type PersonExport = z.infer<typeof PersonExport>;

export const ErasureReport = z
  .object({
    personId: z.string(),
    pseudonym: z
      .string()
      .meta({ description: 'What the person is shown as from now on, e.g. "Ehemalige Person 7"' }),
    startedAt: Timestamp,
    finishedAt: Timestamp,
    documentsChanged: z.number().int().meta({ description: 'Live documents rewritten (0 when repeated)' }),
    versionsRedacted: z.number().int().meta({ description: 'Frozen versions a name was erased from' }),
    remainingInFrozenText: z
      .array(z.object({ processId: z.string(), version: z.number().int() }))
      .meta({ description: 'Frozen versions whose sealed free text still contains the name or e-mail' }),
  })
  .meta({ id: 'ErasureReport', description: 'What an erasure under Art. 17 DSGVO did' });
export type ErasureReport = z.infer<typeof ErasureReport>;

export const peopleOperations = {
  exportPerson: defineOperation({
    method: 'get',
    path: '/api/people/{personId}/export',
    operationId: 'exportPerson',
    summary:
      'Everything stored about a person (Art. 15/20 DSGVO), as JSON or as a readable Markdown document',
    tags,
    'x-access': { scope: 'person', min: 'self-or-admin' },
    request: { params: PersonParams, query: ExportQuery },
    responses: {
      200: {
        description: 'The export',
        content: {
          'application/json': { schema: PersonExport },
          'text/markdown': { schema: z.string() },
        },
      },
      ...problems(400, 401, 404),
    },
  }),
  erasePerson: defineOperation({
    method: 'post',
    path: '/api/people/{personId}/erase',
    operationId: 'erasePerson',
    summary:
      'Erase a person (Art. 17 DSGVO): account, sessions and tokens deleted; name and e-mail replaced by a pseudonym ' +
      'in live documents, comments, votes, audit entries and frozen versions (which still verify). Repeating it ' +
      'answers the same pseudonym; the last admin of a municipality is refused (409 last-admin)',
    tags,
    'x-access': { scope: 'person', min: 'admin-of-all' },
    request: { params: PersonParams },
    responses: {
      200: jsonResponse('What the erasure did', ErasureReport),
      ...problems(401, 403, 404, 409),
    },
  }),
};
