// Frozen versions: freeze, list, read, compare, restore, publish, adopt, and compare a variant with its origin.
import { z } from 'zod';
import { Process, ProcessParams, ProcessRecord, Timestamp, VersionParams } from './common.ts';
import { Comparison, ProcessMap } from './maps.ts';
import { defineOperation, jsonBody, jsonResponse, optionalJsonBody } from './operation.ts';
import { problems } from './problem.ts';

export const AgreedBy = z.object({
  id: z.string().optional().meta({
    description: 'The person reference the version is sealed with (a person id, or x-… for a typed-in name)',
  }),
  name: z.string().meta({ description: 'The name as frozen, or the pseudonym of someone erased since' }),
  org: z.string(),
});

export const PublicationConsent = z
  .object({
    discussion: z
      .boolean()
      .meta({ description: 'The internal discussion (threads, decisions, votes) is shown' }),
    names: z.enum(['full', 'municipality']).meta({
      description: "`full`: people's names are shown; `municipality`: only their municipality",
    }),
    hourlyRates: z.boolean().meta({ description: "The municipality's hourly rates are shown (staff cost)" }),
  })
  .meta({
    id: 'PublicationConsent',
    description:
      'What every other municipality sees of a published version besides its map and metrics inputs',
  });
export type PublicationConsent = z.infer<typeof PublicationConsent>;

export const PublishInput = z.object({
  discussion: z.boolean().default(false).meta({ description: 'Share the internal discussion (default: no)' }),
  names: z
    .enum(['full', 'municipality'])
    .default('municipality')
    .meta({ description: 'Names of who agreed and wrote, or only their municipality (default)' }),
  hourlyRates: z.boolean().default(false).meta({ description: 'Share the hourly rates (default: no)' }),
});
export type PublishInput = z.input<typeof PublishInput>;

export const VersionMeta = z
  .object({
    processId: z.string(),
    version: z.number().int().positive(),
    name: z.string(),
    note: z.string(),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .meta({
        description:
          'SHA-256 of the sealed JSON: map, discussion (people as references), who froze and agreed (as salted digests)',
      }),
    frozenBy: z.object({ id: z.string(), name: z.string() }),
    frozenAt: Timestamp,
    agreedBy: z.array(AgreedBy).meta({ description: 'Who agreed, with their municipality' }),
    redactedNames: z.number().int().min(0).meta({
      description: 'How many names were erased from this version under Art. 17 DSGVO; it still verifies',
    }),
    shared: PublicationConsent.optional().meta({
      description:
        'Only for readers from another municipality: what the publisher shared. Without `names: full`, names are empty and only municipalities shown',
    }),
  })
  .meta({ id: 'VersionMeta', description: 'A frozen version, without its content' });
export type VersionMeta = z.infer<typeof VersionMeta>;

export const FreezeInput = z.object({
  name: z.string().trim().min(1).max(120),
  note: z.string().trim().max(4000).default(''),
  agreedBy: z
    .array(
      z.object({
        id: z.string().min(1).max(128).optional().meta({
          description: "A participant's person id: the server then records the name it knows for them",
        }),
        name: z.string().trim().min(1).max(120),
        org: z.string().trim().max(120).default(''),
      }),
    )
    .max(200)
    .default([]),
});
export type FreezeInput = z.input<typeof FreezeInput>;

export const AdoptInput = z.object({
  orgId: z.string().min(1).max(64).meta({ description: 'The municipality that adopts the version' }),
  title: z.string().trim().min(1).max(200).optional(),
});
export type AdoptInput = z.input<typeof AdoptInput>;

export const VersionWithContent = VersionMeta.extend({
  map: ProcessMap,
  discussion: z.record(z.string(), z.unknown()).meta({
    description:
      'The discussion as frozen (canonical JSON projection); empty for another municipality unless shared with names',
  }),
});
export type VersionWithContent = z.infer<typeof VersionWithContent>;

/** One side of a comparison: a version number or the live map. */
export const VersionRef = z
  .union([z.literal('live'), z.coerce.number().int().positive()])
  .meta({ description: 'A version number or `live`' });
export type VersionRef = z.infer<typeof VersionRef>;

export const CompareQuery = z.object({ from: VersionRef.default('live'), to: VersionRef.default('live') });

export const VersionComparison = Comparison.extend({ from: VersionRef, to: VersionRef });
export type VersionComparison = z.infer<typeof VersionComparison>;

export const OriginComparison = Comparison.extend({
  origin: z.object({ processId: z.string(), version: z.number().int().positive() }),
});
export type OriginComparison = z.infer<typeof OriginComparison>;

const tags = ['versions'];

export const versionOperations = {
  listVersions: defineOperation({
    method: 'get',
    path: '/api/processes/{id}/versions',
    operationId: 'listVersions',
    summary: 'Frozen versions of a process',
    tags,
    'x-access': { scope: 'process', min: 'viewer' },
    request: { params: ProcessParams },
    responses: {
      200: jsonResponse('The versions, oldest first', z.object({ versions: z.array(VersionMeta) })),
      ...problems(401, 404),
    },
  }),
  freezeVersion: defineOperation({
    method: 'post',
    path: '/api/processes/{id}/versions',
    operationId: 'freezeVersion',
    summary: 'Freeze the current map and discussion as the next version; the process becomes agreed',
    tags,
    'x-access': { scope: 'process', min: 'facilitator' },
    request: { params: ProcessParams, body: jsonBody(FreezeInput) },
    responses: {
      201: jsonResponse('The new version with its SHA-256', VersionMeta),
      ...problems(400, 401, 403, 404, 415),
    },
  }),
  getVersion: defineOperation({
    method: 'get',
    path: '/api/processes/{id}/versions/{version}',
    operationId: 'getVersion',
    summary: 'One version, verified against its SHA-256',
    description: 'A version whose stored content no longer matches its hash answers 409 `snapshot-tampered`.',
    tags,
    'x-access': { scope: 'version' },
    request: { params: VersionParams },
    responses: {
      200: jsonResponse('The version with its map and discussion', VersionWithContent),
      ...problems(400, 401, 404, 409),
    },
  }),
  restoreVersion: defineOperation({
    method: 'post',
    path: '/api/processes/{id}/versions/{version}/restore',
    operationId: 'restoreVersion',
    summary: 'Restore a version into the live map as one new change',
    tags,
    'x-access': { scope: 'process', min: 'facilitator' },
    request: { params: VersionParams },
    responses: {
      200: jsonResponse('Restored', z.object({ restoredVersion: z.number().int().positive() })),
      ...problems(400, 401, 403, 404, 409),
    },
  }),
  publishVersion: defineOperation({
    method: 'post',
    path: '/api/processes/{id}/versions/{version}/publish',
    operationId: 'publishVersion',
    summary: 'Publish a version to the shared library of all municipalities',
    description:
      'Every municipality then sees the map and its metrics inputs; the discussion, names and hourly rates only as consented here (a body may be left out: none of them).',
    tags,
    'x-access': { scope: 'process', min: 'facilitator' },
    request: { params: VersionParams, body: optionalJsonBody(PublishInput) },
    responses: {
      200: jsonResponse('The process, now with this published version', ProcessRecord),
      ...problems(400, 401, 403, 404, 409, 415),
    },
  }),
  adoptVersion: defineOperation({
    method: 'post',
    path: '/api/processes/{id}/versions/{version}/adopt',
    operationId: 'adoptVersion',
    summary: 'Adopt a version as a new process of a municipality, remembering its origin',
    description: 'The caller must also be allowed to read the version.',
    tags,
    'x-access': { scope: 'org', min: 'editor', orgIn: 'body' },
    request: { params: VersionParams, body: jsonBody(AdoptInput) },
    responses: {
      201: jsonResponse('The new process', Process),
      ...problems(400, 401, 403, 404, 409, 415),
    },
  }),
  compareVersions: defineOperation({
    method: 'get',
    path: '/api/processes/{id}/compare',
    operationId: 'compareVersions',
    summary: 'Compare two versions, or a version with the live map',
    description: 'Comparing with `live` needs a role on the process; versions are read like `getVersion`.',
    tags,
    'x-access': { scope: 'version' },
    request: { params: ProcessParams, query: CompareQuery },
    responses: {
      200: jsonResponse('Both maps and their difference', VersionComparison),
      ...problems(400, 401, 404, 409),
    },
  }),
  compareWithOrigin: defineOperation({
    method: 'get',
    path: '/api/processes/{id}/compare-origin',
    operationId: 'compareWithOrigin',
    summary: 'Compare a variant with the published version of its origin',
    tags,
    'x-access': { scope: 'process', min: 'viewer' },
    request: { params: ProcessParams },
    responses: {
      200: jsonResponse('The origin, both maps and their difference', OriginComparison),
      ...problems(400, 401, 404, 409),
    },
  }),
};
