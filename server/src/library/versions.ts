// Freezing agreed versions and reading them back with an integrity check of their hash.
import { createHash } from 'node:crypto';
import * as Y from 'yjs';
import {
  canonicalJson,
  projectProcessSnapshot,
  readDiscussion,
  readProcessMap,
  type Discussion,
  type ProcessMap,
} from '@prozesswerk/process-model';
import { DomainError, notFound } from '../errors.ts';
import type { AgreedBy, SnapshotMeta, SnapshotRecord, Store } from '../store/store.ts';
import type { LiveDocs } from '../sync/live-docs.ts';

export type FreezeInput = { name: string; note: string; agreedBy: AgreedBy[] };

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function docFrom(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc;
}

/** Freezes the stored map and discussion of a process as its next numbered version. */
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
  const canonical = canonicalJson(projectProcessSnapshot({ map, discussion }));
  const record = await store.createSnapshot({
    processId,
    name: input.name,
    note: input.note,
    mapState: Y.encodeStateAsUpdate(map),
    discussionState: Y.encodeStateAsUpdate(discussion),
    canonicalJson: canonical,
    sha256: sha256Hex(canonical),
    frozenBy,
    frozenAt: new Date().toISOString(),
    agreedBy: input.agreedBy,
  });
  map.destroy();
  discussion.destroy();
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
 * Loads a version and proves it is the one that was frozen: the hash must match the canonical JSON, and the
 * stored Yjs states must still project to exactly that JSON. Anything else is refused, never shown.
 */
export async function loadVerifiedVersion(
  store: Store,
  processId: string,
  version: number,
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
  if (sha256Hex(record.canonicalJson) !== record.sha256) throw tampered();
  let mapDoc: Y.Doc;
  let discussionDoc: Y.Doc;
  try {
    mapDoc = docFrom(record.mapState);
    discussionDoc = docFrom(record.discussionState);
  } catch {
    throw tampered();
  }
  const projection = projectProcessSnapshot({ map: mapDoc, discussion: discussionDoc });
  if (canonicalJson(projection) !== record.canonicalJson) throw tampered();
  const discussionView = readDiscussion(discussionDoc);
  discussionDoc.destroy();
  return { record, map: readProcessMap(mapDoc), discussion: projection.discussion, discussionView, mapDoc };
}

export function toMeta(record: SnapshotMeta): SnapshotMeta {
  const { processId, version, name, note, sha256, frozenBy, frozenAt, agreedBy } = record;
  return { processId, version, name, note, sha256, frozenBy, frozenAt, agreedBy };
}
