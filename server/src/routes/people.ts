// /api/people/{personId}: a person's data export and erasure (DSGVO Art. 15/20 and 17).
import { operations as api } from '@prozesswerk/contract';
import { requirePrincipal } from '../auth/guards.ts';
import { personId as personIdOf } from '../auth/principal.ts';
import { notFound } from '../errors.ts';
import { recordAudit } from '../members/audit.ts';
import type { Eraser } from '../privacy/erase.ts';
import { buildPersonExport } from '../privacy/export.ts';
import { personExportMarkdown } from '../privacy/export-markdown.ts';
import { orgsOf, requireEraseAccess, requireExportAccess } from '../privacy/person.ts';
import type { Store } from '../store/store.ts';
import { createRouter } from './router.ts';

export function peopleRoutes(store: Store, eraser: Eraser) {
  return createRouter()
    .openapi(api.exportPerson, async (c) => {
      const principal = requirePrincipal(c);
      const { personId } = c.req.valid('param');
      const person = await requireExportAccess(store, principal, personId);
      // An erased person has nothing left to export.
      if (person.kind === 'erased') throw notFound('person-not-found', `No person with id ${personId}`);
      const data = await buildPersonExport(store, person);
      for (const orgId of orgsOf(person)) {
        await recordAudit(store, {
          orgId,
          actorId: personIdOf(principal),
          action: 'person.exported',
          targetId: person.id,
        });
      }
      // Never cached on the way: it is one person's data.
      c.header('cache-control', 'no-store');
      if (c.req.valid('query').format === 'markdown') {
        return c.body(personExportMarkdown(data), 200, {
          'content-type': 'text/markdown; charset=utf-8',
          'content-disposition': `attachment; filename="datenauskunft-${person.id}.md"`,
        });
      }
      return c.json(data, 200);
    })
    .openapi(api.erasePerson, async (c) => {
      const principal = requirePrincipal(c);
      const person = await requireEraseAccess(store, principal, c.req.valid('param').personId);
      return c.json(await eraser.erase(person, personIdOf(principal)), 200);
    });
}
