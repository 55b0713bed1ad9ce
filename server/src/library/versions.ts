// Freezing agreed versions and reading them back with an integrity check of their seal.
import * as Y from 'yjs';
import {
  readDiscussion,
  readProcessMap,
  revealDiscussion,
  type Discussion,
  type NamedPerson,
  type ProcessMap,
} from '@prozesswerk/process-model';
import { DomainError, notFound } from '../errors.ts';
import type { AgreedBy, SnapshotMeta, SnapshotRecord, Store } from '../store/store.ts';
import type { LiveDocs } from '../sync/live-docs.ts';
import { checkSeal, docFrom, sealVersion } from './seal.ts';

export { sha256Hex } from './seal.ts';

export type FreezeInput = { name: string; note: string; agreedBy: AgreedBy[] };

/** The name a person id has now (account or workshop guest), if any. */
async function currentName(store: Store, id: string): Promise<string | undefined> {
  return (await currentPerson(store, id))?.name;
}

/** Name (and an account's email) of a person id now, if any. */
async function currentPerson(store: Store, id: string): Promise<NamedPerson | undefined> {
  const user = await store.getUser(id);
  if (user) return { name: user.name, email: user.email };
  const guest = await store.getGuest(id);
  return guest ? { name: guest.name } : undefined;
}

/**
 * Who agreed, as the server knows them: an entry with the id of a real person carries that person's name
 * (a browser cannot put words in someone else's mouth); an entry without a known id is a name typed in.
 */
async function agreedPeople(store: Store, agreedBy: readonly AgreedBy[]): Promise<AgreedBy[]> {
  return Promise.all(
    agreedBy.map(async (person) => {
      const name = person.id === undefined ? undefined : await currentName(store, person.id);
      return name === undefined
        ? { name: person.name, org: person.org }
        : { id: person.id, name, org: person.org };
    }),
  );
}

/** Freezes the stored map and discussion of a process as its next numbered version, sealed without names. */
export async function freezeVersion(
  store: Store,
  docs: LiveDocs,
  processId: string,
  input: FreezeInput,
  frozenBy: { id: string; name: string },
): Promise<SnapshotMeta> {
  const [map, discussion] = await Promise.all([
    docs.read(processId, 'map'),
    docs.read(processId, 'discussion'),
  ]);
  // Everyone the version will name, as the server knows them now (names of the mentioned, emails of accounts).
  const known = new Map<string, NamedPerson>();
  const agreed = await agreedPeople(store, input.agreedBy);
  const ids = new Set([frozenBy.id, ...agreed.flatMap((p) => (p.id ? [p.id] : []))]);
  for (const thread of readDiscussion(discussion).threads) {
    ids.add(thread.createdBy.id);
    if (thread.resolvedBy) ids.add(thread.resolvedBy.id);
    for (const comment of thread.comments) {
      ids.add(comment.author.id);
      for (const id of comment.mentions) ids.add(id);
    }
  }
  for (const id of ids) {
    const person = id ? await currentPerson(store, id) : undefined;
    if (person) known.set(id, person);
  }
  const frozenAt = new Date().toISOString();
  const sealed = sealVersion({
    mapState: Y.encodeStateAsUpdate(map),
    discussionState: Y.encodeStateAsUpdate(discussion),
    name: input.name,
    note: input.note,
    frozenAt,
    frozenBy,
    agreedBy: agreed,
    nameOf: (id) => known.get(id),
  });
  map.destroy();
  discussion.destroy();
  const record = await store.createSnapshot({
    processId,
    name: input.name,
    note: input.note,
    frozenAt,
    frozenById: sealed.frozenById,
    agreedByIds: sealed.agreedByIds,
    mapState: sealed.mapState,
    discussionState: sealed.discussionState,
    canonicalJson: sealed.canonicalJson,
    sha256: sealed.sha256,
    people: sealed.people,
  });
  return toMeta(record);
}

export type VerifiedVersion = {
  record: SnapshotRecord;
  map: ProcessMap;
  discussion: Record<string, unknown>;
  // The same discussion read as typed threads and votes, for showing it as it was at freeze time.
  discussionView: Discussion;
  mapDoc: Y.Doc;
};

/**
 * Loads a version and proves it is the one that was frozen (see checkSeal): the fingerprint, the content of the
 * stored Yjs states, every name beside the seal, and the facts of the record against the seal. Anything else is
 * refused, never shown. Erased names show as their pseudonym and are counted in `redactedNames`.
 */
export async function loadVerifiedVersion(
  store: Store,
  processId: string,
  version: number,
  /** How people are named in `discussionView`: by name, or (for readers elsewhere) by municipality only. */
  names: 'full' | 'municipality' = 'full',
): Promise<VerifiedVersion> {
  const record = await store.getSnapshot(processId, version);
  if (!record) throw notFound('version-not-found', `Process ${processId} has no version ${version}.`);
  const tampered = () =>
    new DomainError(
      'snapshot-tampered',
      409,
      'Version failed its integrity check',
      `Version ${version} of process ${processId} does not match its SHA-256 fingerprint and is not shown.`,
    );
  const check = checkSeal(record);
  if (!check.ok) throw tampered();
  const { sealed } = check;
  const agreedIds = record.agreedBy.map((p) => p.id ?? '');
  if (
    sealed.name !== record.name ||
    sealed.note !== record.note ||
    sealed.frozenAt !== record.frozenAt ||
    sealed.frozenBy !== record.frozenBy.id ||
    JSON.stringify(sealed.agreedBy) !== JSON.stringify(agreedIds)
  )
    throw tampered();
  const mapDoc = docFrom(record.mapState);
  const discussionDoc = docFrom(record.discussionState);
  const named = versionNames(record);
  const nameOf =
    names === 'full' ? (id: string) => named.get(id) : (id: string) => municipalityOnly(named.get(id));
  const discussionView = revealDiscussion(readDiscussion(discussionDoc, { sealed: true }), nameOf);
  discussionDoc.destroy();
  return {
    record,
    map: readProcessMap(mapDoc),
    discussion: sealed.content.discussion,
    discussionView,
    mapDoc,
  };
}

/** A person shown by their municipality alone (or as a participant, without one). */
export const SOMEONE = 'Teilnehmende Person';
function municipalityOnly(person: NamedPerson | undefined): NamedPerson {
  return { name: person?.org || SOMEONE };
}

/** Each person a version names, with the name frozen with it or, once erased, the pseudonym. */
export function versionNames(record: SnapshotRecord): Map<string, NamedPerson> {
  const names = new Map<string, NamedPerson>();
  for (const r of record.redactions) names.set(r.personId, { name: r.pseudonym });
  for (const p of record.people)
    names.set(p.personId, p.org ? { name: p.name, org: p.org } : { name: p.name });
  return names;
}

export function toMeta(record: SnapshotMeta): SnapshotMeta {
  const { processId, version, name, note, sha256, frozenBy, frozenAt, agreedBy, redactedNames } = record;
  return { processId, version, name, note, sha256, frozenBy, frozenAt, agreedBy, redactedNames };
}
