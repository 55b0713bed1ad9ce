// A variant following its origin: what the origin changed since, taking changes over, withdrawing from the library.
import { z } from 'zod';
import { COLLISION_REASONS, UPSTREAM_CHANGE_KINDS } from '@prozesswerk/process-model';
import { ProcessParams, ProcessRecord, Role, Timestamp } from './common.ts';
import { defineOperation, jsonBody, jsonResponse } from './operation.ts';
import { problems } from './problem.ts';

const value = (description: string) => z.unknown().optional().meta({ description });

export const UpstreamFieldChange = z
  .object({
    field: z.string().meta({ description: "Field path: 'label', 'x', 'attrs.durationMin', …" }),
    before: value('In the based-on version; absent: not set'),
    after: value("At the origin's newest version; absent: not set"),
    ours: value("In the variant's live map; absent: not set"),
    collides: z.boolean().meta({ description: 'The variant changed this field too, to something else' }),
  })
  .meta({ id: 'UpstreamFieldChange' });

export const UpstreamChange = z
  .object({
    id: z.string().meta({ description: 'The element id; also names the change when taking it over' }),
    container: z.string().meta({ description: "'nodes', 'edges', 'lanes' or a container of a newer schema" }),
    element: z.enum(['node', 'edge', 'lane', 'other']),
    kind: z.enum(UPSTREAM_CHANGE_KINDS),
    name: z.string().meta({ description: 'Label, or "source → target" for an unlabelled connection' }),
    elementKind: z.string().optional().meta({ description: 'Stored kind: activity, decision, sequence, …' }),
    fields: z.array(UpstreamFieldChange),
    collision: z
      .enum(COLLISION_REASONS)
      .nullable()
      .meta({ description: "Why it collides with the variant's own changes; null: it does not" }),
    alreadyApplied: z.boolean().meta({ description: 'The variant already has this change' }),
    requires: z.array(z.string()).meta({ description: 'Changes it cannot do without (added steps)' }),
  })
  .meta({ id: 'UpstreamChange' });
export type UpstreamChange = z.infer<typeof UpstreamChange>;

export const UpstreamReport = z
  .object({
    origin: z.object({
      processId: z.string(),
      title: z.string(),
      orgId: z.string().nullable(),
      orgName: z.string(),
      withdrawnAt: Timestamp.nullable().meta({
        description: 'When the origin stopped being shared; the variant keeps working on its own',
      }),
    }),
    basedOn: z.number().int().meta({ description: 'The origin version this variant is based on' }),
    newest: z.number().int().nullable().meta({ description: "The origin's published version; null: none" }),
    updateAvailable: z.boolean(),
    newestVersion: z
      .object({ version: z.number().int(), name: z.string(), note: z.string(), frozenAt: Timestamp })
      .nullable(),
    changes: z.array(UpstreamChange).meta({ description: 'Sorted: steps, connections, lanes; then by id' }),
    collisions: z
      .array(z.string())
      .meta({ description: "Ids of changes that collide with the variant's own" }),
  })
  .meta({ id: 'UpstreamReport' });
export type UpstreamReport = z.infer<typeof UpstreamReport>;

export const UpstreamDocuments = z
  .object({
    basedOn: z.number().int(),
    version: z.number().int(),
    base: z.string().meta({ description: 'Yjs state of the based-on version, base64' }),
    theirs: z.string().meta({ description: 'Yjs state of the newer version, base64' }),
  })
  .meta({ id: 'UpstreamDocuments' });
export type UpstreamDocuments = z.infer<typeof UpstreamDocuments>;

export const UpstreamApplyInput = z
  .object({
    version: z
      .number()
      .int()
      .positive()
      .meta({ description: "The origin's version to take over (its newest)" }),
    changes: z.array(z.string().min(1).max(64)).max(10_000).optional().meta({
      description:
        'Change ids to take over; a colliding one means "take theirs". Absent: every non-colliding one',
    }),
  })
  .meta({ id: 'UpstreamApplyInput' });
export type UpstreamApplyInput = z.input<typeof UpstreamApplyInput>;

export const UpstreamApplied = z
  .object({
    processId: z.string(),
    previous: z.number().int().meta({ description: 'The version it was based on before' }),
    basedOn: z.number().int().meta({ description: 'The version it is based on now' }),
    applied: z.array(z.string()).meta({ description: 'Changes written, with the steps connections needed' }),
    skipped: z.array(z.object({ id: z.string(), reason: z.enum(['collision', 'already-applied']) })),
  })
  .meta({ id: 'UpstreamApplied' });
export type UpstreamApplied = z.infer<typeof UpstreamApplied>;

const tags = ['library'];

export const upstreamOperations = {
  getUpstream: defineOperation({
    method: 'get',
    path: '/api/processes/{id}/upstream',
    operationId: 'getUpstream',
    summary: 'What the origin of a variant changed since the version the variant is based on',
    description:
      'Changes between the based-on version and the newest published one, each field old → new, judged against the live map: which collide with the variant’s own changes since adoption.',
    tags,
    'x-access': { scope: 'process', min: 'viewer' },
    request: { params: ProcessParams },
    responses: {
      200: jsonResponse('Where the variant stands and what changed', UpstreamReport),
      ...problems(401, 404, 409),
    },
  }),
  getUpstreamDocuments: defineOperation({
    method: 'get',
    path: '/api/processes/{id}/upstream/documents',
    operationId: 'getUpstreamDocuments',
    summary:
      'The based-on and the newer origin version as Yjs states, for merging in the editor (undoable there)',
    tags,
    'x-access': { scope: 'process', min: 'editor' },
    request: {
      params: ProcessParams,
      query: z.object({
        version: z.coerce
          .number()
          .int()
          .positive()
          .meta({ description: "The origin's newer (published) version" }),
      }),
    },
    responses: {
      200: jsonResponse('Both versions', UpstreamDocuments),
      ...problems(400, 401, 403, 404, 409),
    },
  }),
  applyUpstream: defineOperation({
    method: 'post',
    path: '/api/processes/{id}/upstream/apply',
    operationId: 'applyUpstream',
    summary: 'Take changes of the origin over into the live map; the variant is then based on that version',
    description:
      'A three-way merge written as one change through the normal write path (stored before anyone sees it, live for everyone connected), never a reset. Same role rules as editing the map: editors may not while it is locked.',
    tags,
    'x-access': { scope: 'process', min: 'editor' },
    request: { params: ProcessParams, body: jsonBody(UpstreamApplyInput) },
    responses: {
      200: jsonResponse('What was taken over', UpstreamApplied),
      ...problems(400, 401, 403, 404, 409, 415),
    },
  }),
  withdrawPublication: defineOperation({
    method: 'delete',
    path: '/api/processes/{id}/publication',
    operationId: 'withdrawPublication',
    summary: 'Withdraw a process from the shared library; its variants keep working and say so',
    tags,
    'x-access': { scope: 'process', min: 'facilitator' },
    request: { params: ProcessParams },
    responses: {
      200: jsonResponse('The process', ProcessRecord.extend({ role: Role.nullable() })),
      ...problems(401, 403, 404, 409),
    },
  }),
};
