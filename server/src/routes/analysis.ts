// Analysis routes: a municipality's hourly rates, and a process's map and rates for metrics, sheets and comparison.
import { Hono } from 'hono';
import type { Context } from 'hono';
import { z } from 'zod';
import { readProcessMap, type ProcessMap } from '@prozesswerk/process-model';
import { atLeast, isProcessId, type Role } from '@prozesswerk/protocol';
import { requireOrgRole, requirePrincipal } from '../auth/guards.ts';
import type { AuthEnv } from '../auth/middleware.ts';
import { roleForProcess, roleInOrg } from '../auth/principal.ts';
import { requireVersionAccess } from '../auth/version-access.ts';
import { badRequest, conflict, notFound } from '../errors.ts';
import { loadVerifiedVersion } from '../library/versions.ts';
import { NO_RATES } from '../store/hourly-rates.ts';
import type { ProcessRecord, Store } from '../store/store.ts';
import type { LiveDocs } from '../sync/live-docs.ts';
import { parseJson } from './validation.ts';

const Rate = z.number().finite().min(0).max(10_000);
const HourlyRatesInput = z.object({
  /** The `updatedAt` the editor started from; when given, a save over someone else's newer one is refused. */
  basedOn: z.string().max(40).nullable().optional(),
  defaultRate: Rate.nullable(),
  roles: z
    .array(z.object({ role: z.string().trim().min(1).max(200), rate: Rate }))
    .max(200)
    .refine((roles) => new Set(roles.map((r) => r.role)).size === roles.length, {
      message: 'Each role may have only one rate.',
    }),
});

// Which state of the map to read: the live one, the published one, or a version number.
const MapVersion = z.union([z.enum(['live', 'published']), z.coerce.number().int().positive()]);

type Readable = { process: ProcessRecord; role: Role | null; version: number | 'live' };

export function analysisRoutes(store: Store, docs: LiveDocs) {
  const orgName = async (orgId: string | null) => (orgId ? ((await store.getOrg(orgId))?.name ?? '') : '');

  /*
   * Members read their process live; everyone signed in may read the version shared in the library
   * (the same rule as reading versions). Without `version`, the caller gets the freshest state they may see.
   */
  const readable = async (c: Context<AuthEnv>, wanted: string | undefined): Promise<Readable> => {
    const parsed = wanted === undefined ? undefined : MapVersion.safeParse(wanted);
    if (parsed && !parsed.success)
      throw badRequest('invalid-version', 'version must be "live", "published" or a version number');
    const principal = requirePrincipal(c);
    const id = c.req.param('id') ?? '';
    const process = isProcessId(id) ? await store.getProcess(id) : undefined;
    if (!process) throw notFound('process-not-found', `No process with id ${id}`);
    const role = roleForProcess(principal, process);
    const ref = parsed?.data ?? (role ? 'live' : 'published');
    if (ref !== 'live') {
      const access = await requireVersionAccess(c, store, id, ref);
      return { process, role, version: access.version };
    }
    if (!role) throw notFound('process-not-found', `No process with id ${id}`);
    return { process, role, version: 'live' };
  };

  return new Hono<AuthEnv>()
    .get('/orgs/:orgId/hourly-rates', async (c) => {
      const orgId = c.req.param('orgId');
      const principal = requireOrgRole(c, orgId, 'viewer');
      const mayEdit = atLeast(roleInOrg(principal, orgId) ?? 'viewer', 'admin');
      return c.json({ orgId, mayEdit, ...(await store.getHourlyRates(orgId)) });
    })
    .put('/orgs/:orgId/hourly-rates', async (c) => {
      const orgId = c.req.param('orgId');
      requireOrgRole(c, orgId, 'admin');
      const { basedOn, ...input } = await parseJson(c, HourlyRatesInput);
      // Two admins editing at once: the second save would silently drop the first one's changes.
      if (basedOn !== undefined && (await store.getHourlyRates(orgId)).updatedAt !== basedOn)
        throw conflict('rates-changed', 'Someone else saved the hourly rates meanwhile; reload them first.');
      const saved = await store.setHourlyRates(orgId, input, new Date().toISOString());
      return c.json({ orgId, mayEdit: true, ...saved });
    })
    .get('/processes/:id/map', async (c) => {
      const { process, role, version } = await readable(c, c.req.query('version'));
      const map =
        version === 'live' ? await liveMap(docs, process.id) : await frozenMap(store, process.id, version);
      return c.json({ process: { ...process, orgName: await orgName(process.orgId), role }, version, map });
    })
    .get('/processes/:id/hourly-rates', async (c) => {
      const { process, role } = await readable(c, undefined);
      const rates = process.orgId ? await store.getHourlyRates(process.orgId) : NO_RATES;
      const mayEdit = role !== null && atLeast(role, 'admin') && c.get('principal')?.kind === 'user';
      return c.json({ orgId: process.orgId, orgName: await orgName(process.orgId), mayEdit, ...rates });
    });
}

async function liveMap(docs: LiveDocs, processId: string): Promise<ProcessMap> {
  const doc = await docs.read(processId, 'map');
  try {
    return readProcessMap(doc);
  } finally {
    doc.destroy();
  }
}

async function frozenMap(store: Store, processId: string, version: number): Promise<ProcessMap> {
  const loaded = await loadVerifiedVersion(store, processId, version);
  loaded.mapDoc.destroy();
  return loaded.map;
}
