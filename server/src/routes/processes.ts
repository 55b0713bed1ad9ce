// /api/processes: create processes in a municipality, list the visible ones, read one with the caller's role.
import { Hono } from 'hono';
import { z } from 'zod';
import { atLeast } from '@prozesswerk/protocol';
import { requireProcessRole, requireUser } from '../auth/guards.ts';
import type { AuthEnv } from '../auth/middleware.ts';
import { roleInOrg } from '../auth/principal.ts';
import { badRequest, forbidden } from '../errors.ts';
import { newRecordId } from '../ids.ts';
import type { ProcessRecord, Store } from '../store/store.ts';
import { parseJson } from './validation.ts';

const CreateProcess = z.object({
  title: z.string().trim().min(1).max(200),
  orgId: z.string().min(1).max(64).optional(),
});

export function processRoutes(store: Store) {
  return new Hono<AuthEnv>()
    .post('/', async (c) => {
      const principal = requireUser(c);
      const input = await parseJson(c, CreateProcess);
      const writable = principal.memberships.filter((m) => atLeast(m.role, 'editor'));
      const orgId = input.orgId ?? (writable.length === 1 ? writable[0]?.orgId : undefined);
      if (!orgId) throw badRequest('org-required', 'Say which municipality the process belongs to (orgId).');
      const role = roleInOrg(principal, orgId);
      if (!role || !atLeast(role, 'editor')) {
        throw forbidden('insufficient-role', 'Only editors of a municipality can create its processes.');
      }
      const process = await store.createProcess({ id: newRecordId(), title: input.title, orgId });
      return c.json(withRole(process, role), 201, { location: `/api/processes/${process.id}` });
    })
    .get('/', async (c) => {
      const principal = requireUser(c);
      const processes = await store.listProcesses(principal.memberships.map((m) => m.orgId));
      return c.json({ processes: processes.map((p) => withRole(p, roleInOrg(principal, p.orgId))) });
    })
    .get('/:id', async (c) => {
      const { process, role } = await requireProcessRole(c, store, c.req.param('id'), 'viewer');
      return c.json(withRole(process, role));
    });
}

function withRole(process: ProcessRecord, role: string | null) {
  return { ...process, role };
}
