// How municipalities run one service: every published variant of a LeiKa key or of one family, with its figures.
import type { ComparedVariant, MunicipalityComparison } from '@prozesswerk/contract';
import { serviceFigures } from '@prozesswerk/process-model';
import { roleForProcess, type UserPrincipal } from '../auth/principal.ts';
import { notFound } from '../errors.ts';
import type { ProcessRecord, Store } from '../store/store.ts';
import { descendantIds, topmostOrigin } from './family.ts';
import { publishedView } from './published-view.ts';
import { loadVerifiedVersion } from './versions.ts';

export type Service = { leika: string } | { family: string };

export async function compareMunicipalities(
  store: Store,
  principal: UserPrincipal,
  service: Service,
): Promise<MunicipalityComparison> {
  const names = new Map((await store.listOrgs()).map((org) => [org.id, org.name]));
  if ('leika' in service) {
    const variants = await compareAll(store, names, await publishedWithKey(store, service.leika));
    return {
      service: { leikaKey: service.leika, family: null, title: variants[0]?.title ?? null },
      variants,
    };
  }
  const root = await familyRoot(store, principal, service.family);
  const ids = [root.id, ...(await descendantIds(store, root.id))];
  const members = await Promise.all(ids.map((id) => store.getProcess(id)));
  const published = members.filter((p): p is ProcessRecord => p !== undefined && p.publishedVersion !== null);
  const variants = await compareAll(store, names, published);
  const title = (await publishedView(store, root)).title;
  return { service: { leikaKey: null, family: root.id, title }, variants };
}

/** Every published process with the key as published (its search finds the key; the exact match is checked here). */
async function publishedWithKey(store: Store, leika: string): Promise<ProcessRecord[]> {
  const found = await store.searchLibrary({
    memberOrgIds: [],
    includePublished: true,
    text: leika,
    limit: 10_000,
  });
  return found.filter((p) => p.publishedVersion !== null && p.leikaKey === leika);
}

/** The topmost origin the caller may see; the process itself must be theirs or published, else it does not exist. */
async function familyRoot(store: Store, principal: UserPrincipal, id: string): Promise<ProcessRecord> {
  const visible = (p: ProcessRecord | undefined): p is ProcessRecord =>
    p !== undefined && (roleForProcess(principal, p) !== null || p.publishedVersion !== null);
  const start = await store.getProcess(id);
  if (!visible(start)) throw notFound('process-not-found', `No process with id ${id}`);
  return topmostOrigin(store, start, visible);
}

async function compareAll(
  store: Store,
  names: Map<string, string>,
  processes: readonly ProcessRecord[],
): Promise<ComparedVariant[]> {
  const compared = await Promise.all(processes.map((p) => compareOne(store, names, p)));
  return compared
    .filter((v): v is ComparedVariant => v !== null)
    .sort((a, b) => a.orgName.localeCompare(b.orgName, 'de') || a.title.localeCompare(b.title, 'de'));
}

/**
 * One published variant as every municipality sees it (its own included): the published version's map, the metadata
 * it was published with, and the hourly rates only if the municipality published them with it.
 */
async function compareOne(
  store: Store,
  names: Map<string, string>,
  process: ProcessRecord,
): Promise<ComparedVariant | null> {
  const [publication, version] = [await store.getPublication(process.id), process.publishedVersion];
  if (!publication || version === null) return null;
  // A version that fails its integrity check is left out rather than compared with figures nobody can trust.
  const map = await loadVerifiedVersion(store, process.id, version).then(
    (loaded) => (loaded.mapDoc.destroy(), loaded.map),
    () => null,
  );
  if (!map) return null;
  const ratesShared = publication.consent.hourlyRates && process.orgId !== null;
  const rates = ratesShared && process.orgId ? await store.getHourlyRates(process.orgId) : null;
  return {
    processId: process.id,
    title: publication.title,
    orgId: process.orgId,
    orgName: process.orgId ? (names.get(process.orgId) ?? '') : '',
    version,
    publishedAt: publication.publishedAt,
    leikaKey: publication.leikaKey,
    tier: publication.tier,
    originProcessId: process.originProcessId,
    ratesShared,
    ...serviceFigures(map, rates),
  };
}
