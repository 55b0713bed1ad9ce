// A variant following its origin: where it stands, what the origin changed since, and taking changes over.
import {
  applyUpstreamChanges,
  readMapRecords,
  readUpstreamVersions,
  upstreamChangeIds,
  upstreamChanges,
  type UpstreamApplyResult,
  type UpstreamChange,
  type UpstreamVersions,
} from '@prozesswerk/process-model';
import { badRequest, conflict, notFound } from '../errors.ts';
import type { ProcessRecord, Store } from '../store/store.ts';
import type { LiveDocs } from '../sync/live-docs.ts';
import { loadVerifiedVersion } from './versions.ts';

/** The transaction origin of a merge the server writes; clients see it as any other remote change. */
export const UPSTREAM_ORIGIN = 'upstream';

export type UpstreamStanding = {
  origin: {
    processId: string;
    title: string;
    orgId: string | null;
    orgName: string;
    /** When the origin stopped being shared in the library; the variant keeps working on its own. */
    withdrawnAt: string | null;
  };
  /** The origin version this variant is based on. */
  basedOn: number;
  /** The origin's newest published version; null while it publishes none. */
  newest: number | null;
  /** The origin published a version newer than the one this variant is based on. */
  updateAvailable: boolean;
};

/** Without loading any document: what a library card, an unread count and the editor banner need. */
export async function upstreamStanding(
  store: Store,
  process: ProcessRecord,
  orgNames?: ReadonlyMap<string, string>,
): Promise<UpstreamStanding | null> {
  if (!process.originProcessId || process.originVersion === null) return null;
  const origin = await store.getProcess(process.originProcessId);
  if (!origin) return null;
  const orgName = origin.orgId
    ? (orgNames?.get(origin.orgId) ?? (await store.getOrg(origin.orgId))?.name ?? '')
    : '';
  const newest = origin.publishedVersion;
  return {
    origin: {
      processId: origin.id,
      // As shared in the library: the variant's owners see the origin's publication, not its draft.
      title: (await store.getPublication(origin.id))?.title ?? origin.title,
      orgId: origin.orgId,
      orgName,
      withdrawnAt: newest === null ? origin.withdrawnAt : null,
    },
    basedOn: process.originVersion,
    newest,
    updateAvailable: newest !== null && newest > process.originVersion,
  };
}

export type UpstreamReport = UpstreamStanding & {
  newestVersion: { version: number; name: string; note: string; frozenAt: string } | null;
  changes: UpstreamChange[];
  /** Ids of the changes that collide with the variant's own changes since it was adopted. */
  collisions: string[];
};

export function requireStanding(standing: UpstreamStanding | null): UpstreamStanding {
  if (!standing) throw notFound('no-origin', 'This process was not adopted from another one.');
  return standing;
}

type VersionPair = {
  versions: UpstreamVersions;
  baseState: Uint8Array;
  theirsState: Uint8Array;
  theirsMeta: NonNullable<UpstreamReport['newestVersion']>;
};

/*
 * Frozen versions never change (the database refuses it), so a pair read and verified once serves every variant
 * based on it: a library where fifty municipalities follow one origin reads its two versions once, not per request.
 */
function createVersionPairs(store: Store, capacity: number) {
  const pairs = new Map<string, Promise<VersionPair>>();
  const load = async (originId: string, basedOn: number, newest: number): Promise<VersionPair> => {
    const [base, theirs] = await Promise.all([
      loadVerifiedVersion(store, originId, basedOn),
      loadVerifiedVersion(store, originId, newest),
    ]);
    const versions = readUpstreamVersions(base.mapDoc, theirs.mapDoc);
    base.mapDoc.destroy();
    const { version, name, note, frozenAt } = theirs.record;
    return {
      versions,
      baseState: base.record.mapState,
      theirsState: theirs.record.mapState,
      theirsMeta: { version, name, note, frozenAt },
    };
  };
  return (originId: string, basedOn: number, newest: number): Promise<VersionPair> => {
    const key = `${originId}@${basedOn}..${newest}`;
    let pair = pairs.get(key);
    if (pair) pairs.delete(key);
    // A failed load (a tampered version) is not kept: the next request checks again.
    else
      pair = load(originId, basedOn, newest).catch((error: unknown) => {
        pairs.delete(key);
        throw error;
      });
    pairs.set(key, pair);
    for (const [oldest, evicted] of pairs) {
      if (pairs.size <= capacity) break;
      pairs.delete(oldest);
      void evicted.then(
        (old) => old.versions.theirsDoc.destroy(),
        () => undefined,
      );
    }
    return pair;
  };
}

export type Upstream = {
  /** What the origin changed between the based-on version and its newest published one, judged against the live map. */
  report(process: ProcessRecord): Promise<UpstreamReport>;
  /** The two versions as Yjs states, so an editor can run the same merge on its own document (and undo it). */
  documents(
    process: ProcessRecord,
    version: number,
  ): Promise<{ basedOn: number; version: number; base: Uint8Array; theirs: Uint8Array }>;
  /**
   * Takes the chosen changes of origin version `version` over into the live map through the normal write path
   * (stored before anyone sees it) and then bases the variant on that version. Changes an editor already took
   * over in its own browser are found already applied and written only once.
   */
  apply(
    process: ProcessRecord,
    input: { version: number; changes?: readonly string[] | undefined },
  ): Promise<UpstreamApplied>;
};

export type UpstreamApplied = UpstreamApplyResult & { processId: string; previous: number; basedOn: number };

export function createUpstream(store: Store, docs: LiveDocs, { cachedPairs = 16 } = {}): Upstream {
  const pairOf = createVersionPairs(store, cachedPairs);

  return {
    async report(process) {
      const standing = requireStanding(await upstreamStanding(store, process));
      if (!standing.updateAvailable || standing.newest === null)
        return { ...standing, newestVersion: null, changes: [], collisions: [] };
      const pair = await pairOf(standing.origin.processId, standing.basedOn, standing.newest);
      const ours = await docs.inspect(process.id, 'map', (doc) => readMapRecords(doc));
      const changes = upstreamChanges(pair.versions.base, pair.versions.theirs, ours);
      return {
        ...standing,
        newestVersion: pair.theirsMeta,
        changes,
        collisions: changes.filter((change) => change.collision !== null).map((change) => change.id),
      };
    },

    async documents(process, version) {
      const standing = requireStanding(await upstreamStanding(store, process));
      await requireApplicable(store, standing, version);
      const pair = await pairOf(standing.origin.processId, standing.basedOn, version);
      return { basedOn: standing.basedOn, version, base: pair.baseState, theirs: pair.theirsState };
    },

    async apply(process, input) {
      const standing = requireStanding(await upstreamStanding(store, process));
      await requireApplicable(store, standing, input.version);
      const { versions } = await pairOf(standing.origin.processId, standing.basedOn, input.version);
      if (input.changes) {
        const offered = upstreamChangeIds(versions.base, versions.theirs);
        const unknown = input.changes.filter((id) => !offered.has(id));
        if (unknown.length > 0)
          throw badRequest(
            'unknown-change',
            `Not a change of version ${input.version}: ${unknown.join(', ')}`,
          );
      }
      let result: UpstreamApplyResult = { applied: [], skipped: [] };
      await docs.change(process.id, 'map', (doc) => {
        result = applyUpstreamChanges(doc, versions, input.changes, UPSTREAM_ORIGIN);
      });
      const moved = await store.advanceOriginVersion(process.id, standing.basedOn, input.version);
      if (!moved) {
        // Someone took a version over at the same moment; fine if it is this one or newer.
        const now = (await store.getProcess(process.id))?.originVersion ?? 0;
        if (now < input.version)
          throw conflict('upstream-moved', 'Someone else changed the based-on version meanwhile; reload.');
      }
      return { ...result, processId: process.id, previous: standing.basedOn, basedOn: input.version };
    },
  };
}

/** Bad input, each with its own code: withdrawn origin, a version that is not newer, not the origin's, not published. */
async function requireApplicable(store: Store, standing: UpstreamStanding, version: number): Promise<void> {
  if (standing.newest === null)
    throw conflict(
      'origin-withdrawn',
      `${standing.origin.title} is no longer shared in the library; this variant keeps working on its own.`,
    );
  if (version <= standing.basedOn)
    throw conflict(
      'version-not-newer',
      `This variant is already based on version ${standing.basedOn} of its origin; version ${version} is not newer.`,
    );
  if (version !== standing.newest && !(await store.getSnapshot(standing.origin.processId, version)))
    throw badRequest('version-not-of-origin', `The origin has no version ${version}.`);
  if (version !== standing.newest)
    throw conflict(
      'version-not-published',
      `Version ${version} of the origin is not its published one; take over version ${standing.newest}.`,
    );
}
