// Variants following their origin: what the origin changed since, taking changes over; withdrawing from the library.
import { operations as api } from '@prozesswerk/contract';
import { mayWrite, SESSION_LOCKED, SESSION_ROOT } from '@prozesswerk/protocol';
import { requireProcessRole } from '../auth/guards.ts';
import { conflict, forbidden, notFound } from '../errors.ts';
import type { SearchIndexer } from '../library/search-indexer.ts';
import { createUpstream } from '../library/upstream.ts';
import type { Store } from '../store/store.ts';
import type { LiveDocs } from '../sync/live-docs.ts';
import { createRouter } from './router.ts';

export function upstreamRoutes(store: Store, docs: LiveDocs, indexer: SearchIndexer) {
  const upstream = createUpstream(store, docs);
  return createRouter()
    .openapi(api.getUpstream, async (c) => {
      const { process } = await requireProcessRole(c, store, c.req.valid('param').id, 'viewer');
      return c.json(await upstream.report(process), 200);
    })
    .openapi(api.getUpstreamDocuments, async (c) => {
      const { process } = await requireProcessRole(c, store, c.req.valid('param').id, 'editor');
      const found = await upstream.documents(process, c.req.valid('query').version);
      return c.json(
        {
          basedOn: found.basedOn,
          version: found.version,
          base: Buffer.from(found.base).toString('base64'),
          theirs: Buffer.from(found.theirs).toString('base64'),
        },
        200,
      );
    })
    .openapi(api.applyUpstream, async (c) => {
      const { process, role } = await requireProcessRole(c, store, c.req.valid('param').id, 'editor');
      // The same rule as writing the map over the socket: editors may not while a facilitator locked it.
      const locked = await docs.inspect(
        process.id,
        'session',
        (doc) => doc.getMap(SESSION_ROOT).get(SESSION_LOCKED) === true,
      );
      const decision = mayWrite(role, 'map', locked);
      if (!decision.allowed)
        throw forbidden(decision.reason, 'The map is locked for the workshop; ask the facilitator.');
      const applied = await upstream.apply(process, c.req.valid('json'));
      indexer.schedule(process.id);
      return c.json(applied, 200);
    })
    .openapi(api.withdrawPublication, async (c) => {
      const { process, role } = await requireProcessRole(c, store, c.req.valid('param').id, 'facilitator');
      if (!(await store.withdrawPublication(process.id, new Date().toISOString())))
        throw conflict('not-published', 'This process is not shared in the library.');
      const withdrawn = await store.getProcess(process.id);
      if (!withdrawn) throw notFound('process-not-found', `No process with id ${process.id}`);
      return c.json({ ...withdrawn, role }, 200);
    });
}
