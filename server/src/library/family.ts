// The family tree of a process across municipalities: origin, every variant, what each is based on, how far it moved.
import { divergence, readMapRecords, type MapRecords } from '@prozesswerk/process-model';
import type { Role } from '@prozesswerk/protocol';
import { roleForProcess, type Principal } from '../auth/principal.ts';
import type { ProcessRecord, Store } from '../store/store.ts';
import { publishedView } from './published-view.ts';
import { readStoredDoc } from './stored-docs.ts';
import { loadVerifiedVersion } from './versions.ts';

export type FamilyMember = {
  id: string;
  /** The process it was adopted from; null for the root of the tree as the caller sees it. */
  parentId: string | null;
  /** 0 for the root, 1 for its variants, … */
  depth: number;
  title: string;
  orgId: string | null;
  orgName: string;
  tier: ProcessRecord['tier'];
  publishedVersion: number | null;
  withdrawnAt: string | null;
  /** The origin version this variant is based on; null for the root. */
  basedOn: number | null;
  /** Its origin has published a newer version than the one it is based on. */
  behind: boolean;
  /** Share of elements changed in content against the based-on version (0…1); null where not known. */
  divergence: number | null;
  /** The caller's role on it (null: only its published version is visible). */
  role: Role | null;
  /** Variants the caller may not see (other municipalities' unpublished drafts): counted, never described. */
  hiddenVariants: number;
};

/** Whom a tree is drawn for, and a cap on how many maps are read to measure divergence. */
type Reader = { principal: Principal; maxMeasured?: number };

/** The members in depth-first order (each variant right after its origin), so the list reads as the tree. */
export async function familyTree(store: Store, processId: string, reader: Reader): Promise<FamilyMember[]> {
  const visible = (p: ProcessRecord | undefined): p is ProcessRecord =>
    p !== undefined &&
    (roleForProcess(reader.principal, p) !== null ||
      (reader.principal.kind === 'user' && p.publishedVersion !== null));
  const start = await store.getProcess(processId);
  if (!visible(start)) return [];
  const root = await topmostOrigin(store, start, visible);
  const names = new Map((await store.listOrgs()).map((org) => [org.id, org.name]));
  const measure = createMeasure(store, reader);

  const describe = async (
    p: ProcessRecord,
    origin: ProcessRecord | null,
    depth: number,
  ): Promise<FamilyMember[]> => {
    const children = await store.listVariants(p.id);
    const visibleChildren = children.filter(visible);
    const role = roleForProcess(reader.principal, p);
    // Other municipalities' processes are described as published, never by their drafts' metadata.
    const shown = role ? p : await publishedView(store, p);
    const member: FamilyMember = {
      id: p.id,
      parentId: origin?.id ?? null,
      depth,
      title: shown.title,
      orgId: p.orgId,
      orgName: p.orgId ? (names.get(p.orgId) ?? '') : '',
      tier: shown.tier,
      publishedVersion: p.publishedVersion,
      withdrawnAt: p.withdrawnAt,
      basedOn: origin ? p.originVersion : null,
      behind:
        origin !== null &&
        origin.publishedVersion !== null &&
        p.originVersion !== null &&
        origin.publishedVersion > p.originVersion,
      divergence: origin ? await measure(p, origin, role) : null,
      role,
      hiddenVariants: children.length - visibleChildren.length,
    };
    const below = await Promise.all(visibleChildren.map((child) => describe(child, p, depth + 1)));
    return [member, ...below.flat()];
  };
  return describe(root, null, 0);
}

/** Divergence of one variant: its live map for members, its published version for everyone else. */
function createMeasure(store: Store, { maxMeasured = 200 }: Reader) {
  const versions = new Map<string, Promise<MapRecords | null>>();
  let measured = 0;
  const versionRecords = (processId: string, version: number) => {
    const key = `${processId}@${version}`;
    let records = versions.get(key);
    if (!records) {
      records = loadVerifiedVersion(store, processId, version).then(
        (loaded) => {
          const read = readMapRecords(loaded.mapDoc);
          loaded.mapDoc.destroy();
          return read;
        },
        // A version that fails its integrity check is not measured against; the tree still shows.
        () => null,
      );
      versions.set(key, records);
    }
    return records;
  };
  return async (p: ProcessRecord, origin: ProcessRecord, role: Role | null): Promise<number | null> => {
    if (p.originVersion === null || measured >= maxMeasured) return null;
    measured += 1;
    const base = await versionRecords(origin.id, p.originVersion);
    let ours: MapRecords | null = null;
    if (role) {
      const doc = await readStoredDoc(store, p.id, 'map');
      ours = readMapRecords(doc);
      doc.destroy();
    } else if (p.publishedVersion !== null) ours = await versionRecords(p.id, p.publishedVersion);
    return base && ours ? divergence(base, ours).share : null;
  };
}

/** Every process adopted from this one, and from those, however far down. */
export async function descendantIds(store: Store, processId: string): Promise<Set<string>> {
  const found = new Set<string>();
  for (let queue = [processId]; queue.length > 0;) {
    const variants = await Promise.all(queue.map((id) => store.listVariants(id)));
    queue = variants.flat().flatMap((v) => (found.has(v.id) ? [] : (found.add(v.id), [v.id])));
  }
  return found;
}

/** Follows a process's origins upwards as far as `visible` allows (a cycle stops the walk): the family's root. */
export async function topmostOrigin(
  store: Store,
  start: ProcessRecord,
  visible: (p: ProcessRecord | undefined) => p is ProcessRecord,
): Promise<ProcessRecord> {
  let root = start;
  const seen = new Set([root.id]);
  for (let up = root.originProcessId; up && !seen.has(up);) {
    const parent = await store.getProcess(up);
    if (!visible(parent)) break;
    seen.add(parent.id);
    root = parent;
    up = parent.originProcessId;
  }
  return root;
}
