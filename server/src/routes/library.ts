// /api/library and process metadata: search and filter what the caller may see; edit metadata; lineage.
import { Hono } from 'hono';
import { z } from 'zod';
import { requirePrincipal, requireProcessRole, requireUser } from '../auth/guards.ts';
import { requireVersionAccess } from '../auth/version-access.ts';
import type { AuthEnv } from '../auth/middleware.ts';
import { roleForProcess, roleInOrg, type Principal } from '../auth/principal.ts';
import { FIM_TIERS, PROCESS_STATUSES, type ProcessRecord, type Store } from '../store/store.ts';
import { badRequest } from '../errors.ts';
import { parseJson } from './validation.ts';

const Query = z.object({
  q: z.string().max(200).optional(),
  org: z.string().max(64).optional(),
  status: z.enum(PROCESS_STATUSES).optional(),
  tier: z.enum(FIM_TIERS).optional(),
  tag: z.string().max(60).optional(),
});

const MetaPatch = z
  .object({
    title: z.string().trim().min(1).max(200),
    description: z.string().trim().max(4000),
    leikaKey: z
      .string()
      .trim()
      .regex(/^\d{14}$/, 'A LeiKa key has 14 digits')
      .nullable(),
    tier: z.enum(FIM_TIERS).nullable(),
    tags: z.array(z.string().trim().min(1).max(60)).max(20),
    status: z.enum(['draft', 'workshop']),
  })
  .partial();

async function orgNamesOf(store: Store): Promise<Map<string, string>> {
  return new Map((await store.listOrgs()).map((org) => [org.id, org.name]));
}

export function libraryRoutes(store: Store) {
  const describe = (principal: Principal, names: Map<string, string>) => (process: ProcessRecord) => ({
    ...process,
    orgName: process.orgId ? (names.get(process.orgId) ?? '') : '',
    role: roleForProcess(principal, process),
  });

  return new Hono<AuthEnv>().get('/', async (c) => {
    const principal = requireUser(c);
    const parsed = Query.safeParse(c.req.query());
    if (!parsed.success)
      throw badRequest('invalid-input', parsed.error.issues.map((i) => i.message).join('; '));
    const { q, org, status, tier, tag } = parsed.data;
    const processes = await store.searchLibrary({
      memberOrgIds: principal.memberships.map((m) => m.orgId),
      includePublished: true,
      text: q,
      orgId: org,
      status,
      tier,
      tag,
    });
    return c.json({ processes: processes.map(describe(principal, await orgNamesOf(store))) });
  });
}

export function processMetaRoutes(store: Store) {
  return new Hono<AuthEnv>()
    .patch('/:id', async (c) => {
      const { process, role } = await requireProcessRole(c, store, c.req.param('id'), 'editor');
      const patch = await parseJson(c, MetaPatch);
      const updated = await store.updateProcessMeta(process.id, patch);
      return c.json({ ...updated, role });
    })
    .get('/:id/lineage', async (c) => {
      // The lineage of a published process is part of the shared library; otherwise it needs a role.
      const { process } = await requireVersionAccess(c, store, c.req.param('id'), 'published').catch(() =>
        requireProcessRole(c, store, c.req.param('id'), 'viewer'),
      );
      const principal = requirePrincipal(c);
      const visible = (p: ProcessRecord | undefined) =>
        p && (roleForProcess(principal, p) || (principal.kind === 'user' && p.publishedVersion != null))
          ? p
          : undefined;
      const origin = process.originProcessId
        ? visible(await store.getProcess(process.originProcessId))
        : undefined;
      const allVariants = await store.listVariants(process.id);
      const variants = allVariants.filter((p) => visible(p));
      const names = await orgNamesOf(store);
      const brief = (p: ProcessRecord) => ({
        id: p.id,
        title: p.title,
        orgName: p.orgId ? (names.get(p.orgId) ?? '') : '',
        tier: p.tier,
        publishedVersion: p.publishedVersion,
        originVersion: p.originVersion,
        role: principal.kind === 'user' ? roleInOrg(principal, p.orgId) : null,
      });
      return c.json({
        origin: origin ? { ...brief(origin), version: process.originVersion } : null,
        variants: variants.map(brief),
        // Variants in other municipalities are drafts there: counted, never described.
        hiddenVariants: allVariants.length - variants.length,
      });
    });
}
