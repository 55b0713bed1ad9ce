// Schemas many operations share: roles, timestamps, path parameters and the process record.
import { z } from 'zod';
import { ROLES } from '@prozesswerk/protocol';

export const Role = z.enum(ROLES).meta({ id: 'Role', description: 'Role on a process or in a municipality' });
export type Role = z.infer<typeof Role>;

export const Timestamp = z.iso.datetime({ offset: true });

export const PROCESS_STATUSES = ['draft', 'workshop', 'agreed', 'published'] as const;
export const ProcessStatus = z.enum(PROCESS_STATUSES);
export type ProcessStatus = z.infer<typeof ProcessStatus>;

/** FIM tiers: federal master process → reference process → a municipality's local process. */
export const FIM_TIERS = ['stamm', 'referenz', 'lokal'] as const;
export const FimTier = z.enum(FIM_TIERS);
export type FimTier = z.infer<typeof FimTier>;

/** LeiKa service key (Leistungsschlüssel): 14 digits, e.g. 99050012104000. */
export const LeikaKey = z
  .string()
  .regex(/^\d{14}$/, 'A LeiKa key has 14 digits')
  .meta({ description: 'LeiKa service key: 14 digits', example: '99050012104000' });

const id = (description: string) => z.string().min(1).max(200).meta({ description });

/** Path parameters, named as in the paths. */
export const Params = {
  id: id('Process id'),
  orgId: id('Municipality id'),
  userId: id('User id'),
  inviteId: id('Invite id'),
  token: id('The secret token of an invite link'),
  version: z.coerce.number().int().positive().meta({ description: 'Version number (1, 2, …)' }),
};

export const ProcessParams = z.object({ id: Params.id });
export const VersionParams = z.object({ id: Params.id, version: Params.version });
export const OrgParams = z.object({ orgId: Params.orgId });

export const ProcessRecord = z
  .object({
    id: z.string(),
    orgId: z.string().nullable().meta({ description: 'The owning municipality' }),
    title: z.string(),
    description: z.string(),
    leikaKey: LeikaKey.nullable(),
    tier: FimTier.nullable(),
    tags: z.array(z.string()),
    status: ProcessStatus,
    createdAt: Timestamp,
    updatedAt: Timestamp,
    originProcessId: z
      .string()
      .nullable()
      .meta({ description: 'Lineage: the process this was adopted from' }),
    originVersion: z.number().int().nullable().meta({ description: 'Lineage: the version adopted' }),
    publishedVersion: z
      .number()
      .int()
      .nullable()
      .meta({ description: 'The version shared with every municipality in the library' }),
    withdrawnAt: Timestamp.nullable().meta({
      description: 'When it stopped being shared in the library (null: never, or shared again since)',
    }),
  })
  .meta({ id: 'ProcessRecord' });
export type ProcessRecord = z.infer<typeof ProcessRecord>;

export const Process = ProcessRecord.extend({
  role: Role.nullable().meta({ description: "The caller's role on the process; null: none (library only)" }),
}).meta({ id: 'Process', description: "A process with the caller's role" });
export type Process = z.infer<typeof Process>;

/** Where a variant stands towards its origin, without loading any map. */
export const UpstreamBadge = z
  .object({
    basedOn: z.number().int().meta({ description: 'The origin version this variant is based on' }),
    newest: z.number().int().nullable().meta({ description: "The origin's published version; null: none" }),
    updateAvailable: z.boolean().meta({ description: 'The origin published a newer version' }),
    withdrawn: z.boolean().meta({ description: 'The origin is no longer shared in the library' }),
  })
  .meta({ id: 'UpstreamBadge' });
export type UpstreamBadge = z.infer<typeof UpstreamBadge>;

export const LibraryProcess = Process.extend({
  orgName: z.string().meta({ description: 'Name of the owning municipality' }),
  upstream: UpstreamBadge.nullable().meta({
    description: "For the caller's own variants: where they stand towards their origin",
  }),
}).meta({
  id: 'LibraryProcess',
  description: "A process with the caller's role and its municipality's name",
});
export type LibraryProcess = z.infer<typeof LibraryProcess>;
