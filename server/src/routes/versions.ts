// /api/processes/:id/versions: freeze, list, read, compare, restore, publish and adopt agreed versions.
import { Hono } from 'hono';
import { z } from 'zod';
import {
  applyProcessMap,
  diffProcessMaps,
  readProcessMap,
  type ProcessMap,
} from '@prozesswerk/process-model';
import { atLeast } from '@prozesswerk/protocol';
import { requireProcessRole, requireUser } from '../auth/guards.ts';
import type { AuthEnv } from '../auth/middleware.ts';
import { displayName, personId, roleInOrg } from '../auth/principal.ts';
import { requireVersionAccess } from '../auth/version-access.ts';
import { badRequest, forbidden } from '../errors.ts';
import { adoptVersion } from '../library/lineage.ts';
import type { SearchIndexer } from '../library/search-indexer.ts';
import { freezeVersion, loadVerifiedVersion, toMeta } from '../library/versions.ts';
import type { Store } from '../store/store.ts';
import type { LiveDocs } from '../sync/live-docs.ts';
import { parseJson } from './validation.ts';

const Freeze = z.object({
  name: z.string().trim().min(1).max(120),
  note: z.string().trim().max(4000).default(''),
  agreedBy: z
    .array(z.object({ name: z.string().trim().min(1).max(120), org: z.string().trim().max(120).default('') }))
    .max(200)
    .default([]),
});
const Adopt = z.object({
  orgId: z.string().min(1).max(64),
  title: z.string().trim().min(1).max(200).optional(),
});
const VersionRef = z.union([z.literal('live'), z.coerce.number().int().positive()]);

export const RESTORE_ORIGIN = 'restore';

export function versionNumber(raw: string): number {
  const parsed = z.coerce.number().int().positive().safeParse(raw);
  if (!parsed.success) throw badRequest('invalid-version', `Not a version number: ${raw}`);
  return parsed.data;
}

export function versionRoutes(store: Store, docs: LiveDocs, indexer: SearchIndexer) {
  const liveMap = async (processId: string): Promise<ProcessMap> => {
    const doc = await docs.read(processId, 'map');
    const map = readProcessMap(doc);
    doc.destroy();
    return map;
  };

  return new Hono<AuthEnv>()
    .post('/:id/versions', async (c) => {
      const { process, principal } = await requireProcessRole(c, store, c.req.param('id'), 'facilitator');
      const input = await parseJson(c, Freeze);
      const by = personId(principal);
      const meta = await freezeVersion(store, docs, process.id, input, {
        id: by,
        name: displayName(principal),
      });
      return c.json(meta, 201, { location: `/api/processes/${process.id}/versions/${meta.version}` });
    })
    .get('/:id/versions', async (c) => {
      const { process } = await requireProcessRole(c, store, c.req.param('id'), 'viewer');
      return c.json({ versions: (await store.listSnapshots(process.id)).map(toMeta) });
    })
    .get('/:id/versions/:version', async (c) => {
      const { process, version } = await requireVersionAccess(
        c,
        store,
        c.req.param('id'),
        versionNumber(c.req.param('version')),
      );
      const loaded = await loadVerifiedVersion(store, process.id, version);
      loaded.mapDoc.destroy();
      return c.json({ ...toMeta(loaded.record), map: loaded.map, discussion: loaded.discussion });
    })
    .get('/:id/compare', async (c) => {
      const id = c.req.param('id');
      const parse = (name: string) => {
        const parsed = VersionRef.safeParse(c.req.query(name) ?? 'live');
        if (!parsed.success)
          throw badRequest('invalid-version', `${name} must be a version number or "live"`);
        return parsed.data;
      };
      const [from, to] = [parse('from'), parse('to')];
      const side = async (ref: number | 'live') => {
        if (ref === 'live') {
          const { process } = await requireProcessRole(c, store, id, 'viewer');
          return liveMap(process.id);
        }
        const { process, version } = await requireVersionAccess(c, store, id, ref);
        const loaded = await loadVerifiedVersion(store, process.id, version);
        loaded.mapDoc.destroy();
        return loaded.map;
      };
      const [before, after] = [await side(from), await side(to)];
      return c.json({ from, to, before, after, diff: diffProcessMaps(before, after) });
    })
    .post('/:id/versions/:version/restore', async (c) => {
      const { process } = await requireProcessRole(c, store, c.req.param('id'), 'facilitator');
      const loaded = await loadVerifiedVersion(store, process.id, versionNumber(c.req.param('version')));
      loaded.mapDoc.destroy();
      await docs.change(process.id, 'map', (doc) => applyProcessMap(doc, loaded.map, RESTORE_ORIGIN));
      indexer.schedule(process.id);
      return c.json({ restoredVersion: loaded.record.version });
    })
    .post('/:id/versions/:version/publish', async (c) => {
      const { process } = await requireProcessRole(c, store, c.req.param('id'), 'facilitator');
      const loaded = await loadVerifiedVersion(store, process.id, versionNumber(c.req.param('version')));
      loaded.mapDoc.destroy();
      await store.publishVersion(process.id, loaded.record.version);
      return c.json(await store.getProcess(process.id));
    })
    .post('/:id/versions/:version/adopt', async (c) => {
      const principal = requireUser(c);
      const input = await parseJson(c, Adopt);
      const targetRole = roleInOrg(principal, input.orgId);
      if (!targetRole || !atLeast(targetRole, 'editor')) {
        throw forbidden('insufficient-role', 'Only editors of a municipality can adopt processes into it.');
      }
      const { process, version } = await requireVersionAccess(
        c,
        store,
        c.req.param('id'),
        versionNumber(c.req.param('version')),
      );
      const loaded = await loadVerifiedVersion(store, process.id, version);
      const adopted = await adoptVersion(store, process, loaded, input);
      loaded.mapDoc.destroy();
      await indexer.refresh(adopted.id);
      return c.json({ ...adopted, role: targetRole }, 201, { location: `/api/processes/${adopted.id}` });
    })
    .get('/:id/compare-origin', async (c) => {
      const { process } = await requireProcessRole(c, store, c.req.param('id'), 'viewer');
      if (!process.originProcessId)
        throw badRequest('no-origin', 'This process was not adopted from another one.');
      const { version } = await requireVersionAccess(c, store, process.originProcessId, 'published');
      const origin = await loadVerifiedVersion(store, process.originProcessId, version);
      origin.mapDoc.destroy();
      const variant = await liveMap(process.id);
      return c.json({
        origin: { processId: process.originProcessId, version },
        before: origin.map,
        after: variant,
        diff: diffProcessMaps(origin.map, variant),
      });
    });
}
