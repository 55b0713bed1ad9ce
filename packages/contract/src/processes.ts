// Processes: create and list them, read one with the caller's role, edit metadata, search the library, lineage.
import { z } from 'zod';
import {
  FimTier,
  LeikaKey,
  LibraryProcess,
  Process,
  ProcessParams,
  ProcessStatus,
  Role,
  Timestamp,
} from './common.ts';
import { defineOperation, jsonBody, jsonResponse } from './operation.ts';
import { problems } from './problem.ts';

export const CreateProcessInput = z.object({
  title: z.string().trim().min(1).max(200),
  orgId: z
    .string()
    .min(1)
    .max(64)
    .optional()
    .meta({ description: 'The municipality; may be left out by editors of exactly one' }),
});
export type CreateProcessInput = z.input<typeof CreateProcessInput>;

export const ProcessMetaPatch = z
  .object({
    title: z.string().trim().min(1).max(200),
    description: z.string().trim().max(4000),
    leikaKey: LeikaKey.nullable(),
    tier: FimTier.nullable(),
    tags: z.array(z.string().trim().min(1).max(60)).max(20),
    status: z.enum(['draft', 'workshop']),
  })
  .partial()
  .meta({ id: 'ProcessMetaPatch' });
export type ProcessMetaPatch = z.input<typeof ProcessMetaPatch>;

export const LibraryQuery = z.object({
  q: z.string().max(200).optional().meta({ description: 'Words to find; also parts of compound words' }),
  org: z.string().max(64).optional().meta({ description: 'Only processes of this municipality (id)' }),
  status: ProcessStatus.optional(),
  tier: FimTier.optional(),
  tag: z.string().max(60).optional(),
  variantsOf: z
    .string()
    .max(200)
    .optional()
    .meta({ description: 'Only the variants of this process (id), and theirs, however far down' }),
});
export type LibraryQuery = z.input<typeof LibraryQuery>;

export const LineageEntry = z
  .object({
    id: z.string(),
    title: z.string(),
    orgName: z.string(),
    tier: FimTier.nullable(),
    publishedVersion: z.number().int().nullable(),
    originVersion: z.number().int().nullable(),
    role: Role.nullable(),
  })
  .meta({ id: 'LineageEntry' });
export type LineageEntry = z.infer<typeof LineageEntry>;

export const FamilyMember = z
  .object({
    id: z.string(),
    parentId: z
      .string()
      .nullable()
      .meta({ description: 'The process it was adopted from; null for the root' }),
    depth: z.number().int().min(0),
    title: z.string(),
    orgId: z.string().nullable(),
    orgName: z.string(),
    tier: FimTier.nullable(),
    publishedVersion: z.number().int().nullable(),
    withdrawnAt: Timestamp.nullable(),
    basedOn: z.number().int().nullable().meta({ description: 'The origin version it is based on' }),
    behind: z.boolean().meta({ description: 'Its origin has published a newer version' }),
    divergence: z.number().min(0).max(1).nullable().meta({
      description:
        'Share of elements changed in content against the based-on version (layout not counted); null: not known',
    }),
    role: Role.nullable(),
    hiddenVariants: z.number().int().min(0),
  })
  .meta({ id: 'FamilyMember' });
export type FamilyMember = z.infer<typeof FamilyMember>;

export const Lineage = z.object({
  origin: LineageEntry.extend({ version: z.number().int().nullable() })
    .nullable()
    .meta({ description: 'Where this process was adopted from, if the caller may see it' }),
  variants: z.array(LineageEntry).meta({ description: 'Variants adopted from it that the caller may see' }),
  hiddenVariants: z
    .number()
    .int()
    .min(0)
    .meta({ description: "Variants in other municipalities' drafts: counted, never described" }),
  family: z.array(FamilyMember).meta({
    description:
      'The whole family from its topmost visible origin, depth first: each variant right after its origin',
  }),
});
export type Lineage = z.infer<typeof Lineage>;

const tags = ['processes'];

export const processOperations = {
  listProcesses: defineOperation({
    method: 'get',
    path: '/api/processes',
    operationId: 'listProcesses',
    summary: 'Processes of my municipalities',
    tags,
    'x-access': { scope: 'user' },
    responses: {
      200: jsonResponse('The processes, newest change first', z.object({ processes: z.array(Process) })),
      ...problems(401, 403),
    },
  }),
  createProcess: defineOperation({
    method: 'post',
    path: '/api/processes',
    operationId: 'createProcess',
    summary: 'Create a process in a municipality',
    tags,
    'x-access': { scope: 'org', min: 'editor', orgIn: 'body' },
    request: { body: jsonBody(CreateProcessInput) },
    responses: { 201: jsonResponse('The new process', Process), ...problems(400, 401, 403, 415) },
  }),
  getProcess: defineOperation({
    method: 'get',
    path: '/api/processes/{id}',
    operationId: 'getProcess',
    summary: "A process with the caller's role",
    tags,
    'x-access': { scope: 'process', min: 'viewer' },
    request: { params: ProcessParams },
    responses: { 200: jsonResponse('The process', Process), ...problems(401, 404) },
  }),
  updateProcessMeta: defineOperation({
    method: 'patch',
    path: '/api/processes/{id}',
    operationId: 'updateProcessMeta',
    summary: 'Edit process metadata: title, description, LeiKa key, FIM tier, tags, status draft/workshop',
    tags,
    'x-access': { scope: 'process', min: 'editor' },
    request: { params: ProcessParams, body: jsonBody(ProcessMetaPatch) },
    responses: { 200: jsonResponse('The process', Process), ...problems(400, 401, 403, 404, 415) },
  }),
  searchLibrary: defineOperation({
    method: 'get',
    path: '/api/library',
    operationId: 'searchLibrary',
    summary: "Search the process library: own municipalities' processes and every published process",
    tags: ['library'],
    'x-access': { scope: 'user' },
    request: { query: LibraryQuery },
    responses: {
      200: jsonResponse('Matching processes', z.object({ processes: z.array(LibraryProcess) })),
      ...problems(400, 401, 403),
    },
  }),
  getLineage: defineOperation({
    method: 'get',
    path: '/api/processes/{id}/lineage',
    operationId: 'getLineage',
    summary: 'Origin and variants of a process',
    tags: ['library'],
    'x-access': { scope: 'version' },
    request: { params: ProcessParams },
    responses: { 200: jsonResponse('Origin and variants', Lineage), ...problems(401, 404) },
  }),
};
