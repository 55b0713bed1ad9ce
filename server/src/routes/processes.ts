// /api/processes: create processes in a municipality, list the visible ones, read one with the caller's role.
import { operations as api } from '@prozesswerk/contract';
import { atLeast } from '@prozesswerk/protocol';
import { requireProcessRole, requireUser } from '../auth/guards.ts';
import { roleInOrg } from '../auth/principal.ts';
import { badRequest, forbidden } from '../errors.ts';
import { newRecordId } from '../ids.ts';
import type { Store } from '../store/store.ts';
import { createRouter } from './router.ts';

export function processRoutes(store: Store) {
  return createRouter()
    .openapi(api.createProcess, async (c) => {
      const principal = requireUser(c);
      const input = c.req.valid('json');
      const writable = principal.memberships.filter((m) => atLeast(m.role, 'editor'));
      const refused = () =>
        forbidden('insufficient-role', 'Only editors of a municipality can create its processes.');
      // Someone who may create processes nowhere is refused as such, whether or not they named a municipality.
      if (writable.length === 0) throw refused();
      const orgId = input.orgId ?? (writable.length === 1 ? writable[0]?.orgId : undefined);
      if (!orgId) throw badRequest('org-required', 'Say which municipality the process belongs to (orgId).');
      const role = roleInOrg(principal, orgId);
      if (!role || !atLeast(role, 'editor')) throw refused();
      const process = await store.createProcess({ id: newRecordId(), title: input.title, orgId });
      return c.json({ ...process, role }, 201, { location: `/api/processes/${process.id}` });
    })
    .openapi(api.listProcesses, async (c) => {
      const principal = requireUser(c);
      const processes = await store.listProcesses(principal.memberships.map((m) => m.orgId));
      return c.json(
        { processes: processes.map((p) => ({ ...p, role: roleInOrg(principal, p.orgId) })) },
        200,
      );
    })
    .openapi(api.getProcess, async (c) => {
      const { process, role } = await requireProcessRole(c, store, c.req.valid('param').id, 'viewer');
      return c.json({ ...process, role }, 200);
    });
}
