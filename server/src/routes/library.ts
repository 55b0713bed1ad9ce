// /api/library and process metadata: search and filter what the caller may see; edit metadata; lineage.
import { operations as api } from '@prozesswerk/contract';
import { requirePrincipal, requireProcessRole, requireUser } from '../auth/guards.ts';
import { requireVersionAccess } from '../auth/version-access.ts';
import { roleForProcess, roleInOrg, type Principal } from '../auth/principal.ts';
import { notFound } from '../errors.ts';
import { descendantIds, familyTree } from '../library/family.ts';
import { asSeenBy } from '../library/published-view.ts';
import { upstreamStanding } from '../library/upstream.ts';
import type { ProcessRecord, Store } from '../store/store.ts';
import { createRouter } from './router.ts';

async function orgNamesOf(store: Store): Promise<Map<string, string>> {
  return new Map((await store.listOrgs()).map((org) => [org.id, org.name]));
}

export function libraryRoutes(store: Store) {
  // The "new version at the origin" badge is for the variant's own municipality.
  const describe = (principal: Principal, names: Map<string, string>) => async (process: ProcessRecord) => {
    const role = roleForProcess(principal, process);
    const standing = role ? await upstreamStanding(store, process, names) : null;
    return {
      ...process,
      orgName: process.orgId ? (names.get(process.orgId) ?? '') : '',
      role,
      upstream: standing
        ? {
            basedOn: standing.basedOn,
            newest: standing.newest,
            updateAvailable: standing.updateAvailable,
            withdrawn: standing.origin.withdrawnAt !== null,
          }
        : null,
    };
  };

  return createRouter().openapi(api.searchLibrary, async (c) => {
    const principal = requireUser(c);
    const { q, org, status, tier, tag, variantsOf } = c.req.valid('query');
    let processes = await store.searchLibrary({
      memberOrgIds: principal.memberships.map((m) => m.orgId),
      includePublished: true,
      text: q,
      orgId: org,
      status,
      tier,
      tag,
      // Narrowed to one family below, so the newest-first limit must not cut that family off.
      limit: variantsOf ? 10_000 : undefined,
    });
    if (variantsOf) {
      const family = await descendantIds(store, variantsOf);
      processes = processes.filter((p) => family.has(p.id));
    }
    const names = await orgNamesOf(store);
    return c.json({ processes: await Promise.all(processes.map(describe(principal, names))) }, 200);
  });
}

export function processMetaRoutes(store: Store) {
  return createRouter()
    .openapi(api.updateProcessMeta, async (c) => {
      const { process, role } = await requireProcessRole(c, store, c.req.valid('param').id, 'editor');
      const updated = await store.updateProcessMeta(process.id, c.req.valid('json'));
      if (!updated) throw notFound('process-not-found', `No process with id ${process.id}`);
      return c.json({ ...updated, role }, 200);
    })
    .openapi(api.getLineage, async (c) => {
      const { id } = c.req.valid('param');
      // The lineage of a published process is part of the shared library; otherwise it needs a role.
      const { process } = await requireVersionAccess(c, store, id, 'published').catch(() =>
        requireProcessRole(c, store, id, 'viewer'),
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
      const brief = async (p: ProcessRecord) => {
        const shown = await asSeenBy(store, principal, p);
        return {
          id: p.id,
          title: shown.title,
          orgName: p.orgId ? (names.get(p.orgId) ?? '') : '',
          tier: shown.tier,
          publishedVersion: p.publishedVersion,
          originVersion: p.originVersion,
          role: principal.kind === 'user' ? roleInOrg(principal, p.orgId) : null,
        };
      };
      const family = await familyTree(store, process.id, { principal });
      return c.json(
        {
          origin: origin ? { ...(await brief(origin)), version: process.originVersion } : null,
          variants: await Promise.all(variants.map(brief)),
          // Variants in other municipalities are drafts there: counted, never described.
          hiddenVariants: allVariants.length - variants.length,
          family,
        },
        200,
      );
    });
}
