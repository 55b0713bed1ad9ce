// Versions frozen before sealing (format 1: names inside the hashed JSON) re-sealed so names can be erased.
import { canonicalJson, projectProcessSnapshot, type NamedPerson } from '@prozesswerk/process-model';
import type { AgreedBy, NewSnapshot } from '../store/store.ts';
import { docFrom, sealVersion, sha256Hex } from './seal.ts';

export type LegacySnapshot = {
  processId: string;
  version: number;
  name: string;
  note: string;
  mapState: Uint8Array;
  discussionState: Uint8Array;
  canonicalJson: string;
  sha256: string;
  frozenBy: { id: string; name: string };
  frozenAt: string;
  agreedBy: AgreedBy[];
};

/** Whether a format-1 version is still what was frozen: its hash and its Yjs states agree with its JSON. */
export function legacyVerifies(snapshot: LegacySnapshot): boolean {
  if (sha256Hex(snapshot.canonicalJson) !== snapshot.sha256) return false;
  try {
    const map = docFrom(snapshot.mapState);
    const discussion = docFrom(snapshot.discussionState);
    const json = canonicalJson(projectProcessSnapshot({ map, discussion }));
    map.destroy();
    discussion.destroy();
    return json === snapshot.canonicalJson;
  } catch {
    return false;
  }
}

/**
 * The same version sealed in format 2. Only a version that still verifies is re-sealed with a valid fingerprint;
 * one that does not keeps its old fingerprint, so it goes on failing its check and is never shown. The old
 * fingerprint is kept as `previousSha256` either way.
 */
export function resealLegacySnapshot(
  snapshot: LegacySnapshot,
  nameOf: (id: string) => NamedPerson | undefined,
): NewSnapshot & { version: number } {
  const sealed = sealVersion({
    mapState: snapshot.mapState,
    discussionState: snapshot.discussionState,
    name: snapshot.name,
    note: snapshot.note,
    frozenAt: snapshot.frozenAt,
    frozenBy: snapshot.frozenBy,
    agreedBy: snapshot.agreedBy.map(({ name, org }) => ({ name, org })),
    nameOf,
  });
  return {
    processId: snapshot.processId,
    version: snapshot.version,
    name: snapshot.name,
    note: snapshot.note,
    frozenAt: snapshot.frozenAt,
    frozenById: sealed.frozenById,
    agreedByIds: sealed.agreedByIds,
    mapState: sealed.mapState,
    discussionState: sealed.discussionState,
    canonicalJson: sealed.canonicalJson,
    sha256: legacyVerifies(snapshot) ? sealed.sha256 : snapshot.sha256,
    people: sealed.people,
    previousSha256: snapshot.sha256,
  };
}
