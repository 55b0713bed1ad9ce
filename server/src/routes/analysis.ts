// Analysis routes: a municipality's hourly rates, and a process's map and rates for metrics, sheets and comparison.
import { operations as api, type MapVersion } from '@prozesswerk/contract';
import type { Context } from 'hono';
import { readProcessMap, type ProcessMap } from '@prozesswerk/process-model';
import { atLeast, isProcessId, type Role } from '@prozesswerk/protocol';
import { requireOrgRole, requirePrincipal } from '../auth/guards.ts';
import type { AuthEnv } from '../auth/middleware.ts';
import { roleForProcess, roleInOrg } from '../auth/principal.ts';
import { requireVersionAccess } from '../auth/version-access.ts';
import { conflict, notFound } from '../errors.ts';
import { loadVerifiedVersion } from '../library/versions.ts';
import { NO_RATES } from '../store/hourly-rates.ts';
import { sharedWith } from '../library/shared-view.ts';
import type { ProcessRecord, Store } from '../store/store.ts';
import type { LiveDocs } from '../sync/live-docs.ts';
import { createRouter } from './router.ts';

type Readable = { process: ProcessRecord; role: Role | null; version: number | 'live' };

export function analysisRoutes(store: Store, docs: LiveDocs) {
  const orgName = async (orgId: string | null) => (orgId ? ((await store.getOrg(orgId))?.name ?? '') : '');

  /*
   * Members read their process live; everyone signed in may read the version shared in the library
   * (the same rule as reading versions). Without `version`, the caller gets the freshest state they may see.
   */
  const readable = async (
    c: Context<AuthEnv>,
    id: string,
    wanted: MapVersion | undefined,
  ): Promise<Readable> => {
    const principal = requirePrincipal(c);
    const process = isProcessId(id) ? await store.getProcess(id) : undefined;
    if (!process) throw notFound('process-not-found', `No process with id ${id}`);
    const role = roleForProcess(principal, process);
    const ref = wanted ?? (role ? 'live' : 'published');
    if (ref !== 'live') {
      const access = await requireVersionAccess(c, store, id, ref);
      return { process, role, version: access.version };
    }
    if (!role) throw notFound('process-not-found', `No process with id ${id}`);
    return { process, role, version: 'live' };
  };

  return createRouter()
    .openapi(api.getOrgHourlyRates, async (c) => {
      const { orgId } = c.req.valid('param');
      const principal = requireOrgRole(c, orgId, 'viewer');
      const mayEdit = atLeast(roleInOrg(principal, orgId) ?? 'viewer', 'admin');
      return c.json({ orgId, mayEdit, ...(await store.getHourlyRates(orgId)) }, 200);
    })
    .openapi(api.putOrgHourlyRates, async (c) => {
      const { orgId } = c.req.valid('param');
      requireOrgRole(c, orgId, 'admin');
      const { basedOn, ...input } = c.req.valid('json');
      // Two admins editing at once: the second save would silently drop the first one's changes.
      if (basedOn !== undefined && (await store.getHourlyRates(orgId)).updatedAt !== basedOn)
        throw conflict('rates-changed', 'Someone else saved the hourly rates meanwhile; reload them first.');
      const saved = await store.setHourlyRates(orgId, input, new Date().toISOString());
      return c.json({ orgId, mayEdit: true, ...saved }, 200);
    })
    .openapi(api.getProcessMap, async (c) => {
      const wanted = c.req.valid('query').version;
      const { process, role, version } = await readable(c, c.req.valid('param').id, wanted);
      const map =
        version === 'live' ? await liveMap(docs, process.id) : await frozenMap(store, process.id, version);
      const orgNamed = { ...process, orgName: await orgName(process.orgId), role };
      return c.json({ process: orgNamed, version, map }, 200);
    })
    .openapi(api.getProcessHourlyRates, async (c) => {
      const { process, role } = await readable(c, c.req.valid('param').id, undefined);
      // A reader from elsewhere sees the rates only if they were published with the process.
      const shared = (await sharedWith(store, process, role))?.hourlyRates ?? true;
      const rates = process.orgId && shared ? await store.getHourlyRates(process.orgId) : NO_RATES;
      const mayEdit = role !== null && atLeast(role, 'admin') && c.get('principal')?.kind === 'user';
      const orgNamed = { orgId: process.orgId, orgName: await orgName(process.orgId) };
      return c.json({ ...orgNamed, mayEdit, ...rates, shared }, 200);
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
