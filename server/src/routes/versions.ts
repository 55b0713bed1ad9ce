// /api/processes/:id/versions: freeze, list, read, compare, restore, publish and adopt agreed versions.
import { operations as api, PublishInput, type VersionRef } from '@prozesswerk/contract';
import {
  applyProcessMap,
  diffProcessMaps,
  readProcessMap,
  type ProcessMap,
} from '@prozesswerk/process-model';
import { atLeast } from '@prozesswerk/protocol';
import type { Context } from 'hono';
import { requireProcessRole, requireUser } from '../auth/guards.ts';
import type { AuthEnv } from '../auth/middleware.ts';
import { displayName, personId, roleInOrg } from '../auth/principal.ts';
import { requireVersionAccess } from '../auth/version-access.ts';
import { badRequest, forbidden, notFound } from '../errors.ts';
import { adoptVersion } from '../library/lineage.ts';
import { metaAsShared, sharedWith } from '../library/shared-view.ts';
import { recordAudit } from '../members/audit.ts';
import { mapSearchText } from '../library/map-search-text.ts';
import type { SearchIndexer } from '../library/search-indexer.ts';
import { freezeVersion, loadVerifiedVersion, toMeta } from '../library/versions.ts';
import type { Store } from '../store/store.ts';
import type { LiveDocs } from '../sync/live-docs.ts';
import { createRouter } from './router.ts';

export const RESTORE_ORIGIN = 'restore';

export function versionRoutes(store: Store, docs: LiveDocs, indexer: SearchIndexer) {
  const liveMap = async (processId: string): Promise<ProcessMap> => {
    const doc = await docs.read(processId, 'map');
    const map = readProcessMap(doc);
    doc.destroy();
    return map;
  };

  // One side of a comparison: the live map needs a role on the process, a version is read like getVersion.
  const side = async (c: Context<AuthEnv>, id: string, ref: VersionRef): Promise<ProcessMap> => {
    if (ref === 'live') {
      const { process } = await requireProcessRole(c, store, id, 'viewer');
      return liveMap(process.id);
    }
    const { process, version } = await requireVersionAccess(c, store, id, ref);
    const loaded = await loadVerifiedVersion(store, process.id, version);
    loaded.mapDoc.destroy();
    return loaded.map;
  };

  return (
    createRouter()
      .openapi(api.freezeVersion, async (c) => {
        const { process, principal } = await requireProcessRole(
          c,
          store,
          c.req.valid('param').id,
          'facilitator',
        );
        const by = { id: personId(principal), name: displayName(principal) };
        const meta = await freezeVersion(store, docs, process.id, c.req.valid('json'), by);
        return c.json(meta, 201, { location: `/api/processes/${process.id}/versions/${meta.version}` });
      })
      .openapi(api.listVersions, async (c) => {
        const { process } = await requireProcessRole(c, store, c.req.valid('param').id, 'viewer');
        return c.json({ versions: (await store.listSnapshots(process.id)).map(toMeta) }, 200);
      })
      .openapi(api.getVersion, async (c) => {
        const params = c.req.valid('param');
        const { process, role, version } = await requireVersionAccess(c, store, params.id, params.version);
        const shared = await sharedWith(store, process, role);
        const loaded = await loadVerifiedVersion(store, process.id, version);
        loaded.mapDoc.destroy();
        // The sealed discussion refers to people by id: only for readers who may see it with names.
        const discussion = !shared || (shared.discussion && shared.names === 'full') ? loaded.discussion : {};
        return c.json({ ...metaAsShared(toMeta(loaded.record), shared), map: loaded.map, discussion }, 200);
      })
      .openapi(api.compareVersions, async (c) => {
        const { id } = c.req.valid('param');
        const { from, to } = c.req.valid('query');
        const [before, after] = [await side(c, id, from), await side(c, id, to)];
        return c.json({ from, to, before, after, diff: diffProcessMaps(before, after) }, 200);
      })
      .openapi(api.restoreVersion, async (c) => {
        const params = c.req.valid('param');
        const { process } = await requireProcessRole(c, store, params.id, 'facilitator');
        const loaded = await loadVerifiedVersion(store, process.id, params.version);
        loaded.mapDoc.destroy();
        await docs.change(process.id, 'map', (doc) => applyProcessMap(doc, loaded.map, RESTORE_ORIGIN));
        indexer.schedule(process.id);
        return c.json({ restoredVersion: loaded.record.version }, 200);
      })
      .openapi(api.publishVersion, async (c) => {
        const params = c.req.valid('param');
        const { process, principal } = await requireProcessRole(c, store, params.id, 'facilitator');
        const consent = PublishInput.parse(c.req.valid('json'));
        const loaded = await loadVerifiedVersion(store, process.id, params.version);
        loaded.mapDoc.destroy();
        await store.publishVersion(process.id, loaded.record.version, mapSearchText(loaded.map), consent);
        if (process.orgId) {
          await recordAudit(store, {
            orgId: process.orgId,
            actorId: principal.kind === 'user' ? principal.user.id : null,
            action: 'version.published',
            targetId: process.id,
            targetLabel: process.title,
            detail: { version: loaded.record.version, ...consent },
          });
        }
        const published = await store.getProcess(process.id);
        if (!published) throw notFound('process-not-found', `No process with id ${process.id}`);
        return c.json(published, 200);
      })
      .openapi(api.adoptVersion, async (c) => {
        const principal = requireUser(c);
        const params = c.req.valid('param');
        const input = c.req.valid('json');
        const targetRole = roleInOrg(principal, input.orgId);
        if (!targetRole || !atLeast(targetRole, 'editor')) {
          throw forbidden('insufficient-role', 'Only editors of a municipality can adopt processes into it.');
        }
        const { process, version } = await requireVersionAccess(c, store, params.id, params.version);
        const loaded = await loadVerifiedVersion(store, process.id, version);
        const adopted = await adoptVersion(store, process, loaded, input);
        loaded.mapDoc.destroy();
        return c.json({ ...adopted, role: targetRole }, 201, { location: `/api/processes/${adopted.id}` });
      })
      /*
       * What this variant changed since it took its origin over: "before" is the origin version it is based on (the
       * one it adopted or last took changes from), "after" its live map. What the origin changed since is the
       * upstream view's job, so neither side's changes show backwards.
       */
      .openapi(api.compareWithOrigin, async (c) => {
        const { process } = await requireProcessRole(c, store, c.req.valid('param').id, 'viewer');
        if (!process.originProcessId || process.originVersion === null)
          throw badRequest('no-origin', 'This process was not adopted from another one.');
        const version = process.originVersion;
        const origin = await loadVerifiedVersion(store, process.originProcessId, version);
        origin.mapDoc.destroy();
        const variant = await liveMap(process.id);
        return c.json(
          {
            origin: { processId: process.originProcessId, version },
            before: origin.map,
            after: variant,
            diff: diffProcessMaps(origin.map, variant),
          },
          200,
        );
      })
  );
}
