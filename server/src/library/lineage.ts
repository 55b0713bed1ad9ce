// Adopting a version into another municipality as a new process that remembers its origin.
import * as Y from 'yjs';
import { newRecordId } from '../ids.ts';
import { mapSearchText } from './map-search-text.ts';
import type { FimTier, ProcessRecord, Store } from '../store/store.ts';
import type { VerifiedVersion } from './versions.ts';

/** Stammprozess → Referenzprozess → Lokalprozess: an adopted variant sits one tier further down. */
export function adoptedTier(origin: FimTier | null): FimTier {
  return origin === 'stamm' ? 'referenz' : 'lokal';
}

/**
 * Creates an independent process in `orgId` whose map starts as the version's map, searchable at once: record, map
 * and search entry in one transaction. The map keeps the element ids, so the variant can later be compared element
 * by element with its origin.
 */
export async function adoptVersion(
  store: Store,
  origin: ProcessRecord,
  version: VerifiedVersion,
  target: { orgId: string; title?: string | undefined },
): Promise<ProcessRecord> {
  return store.createProcess({
    id: newRecordId(),
    orgId: target.orgId,
    title: target.title ?? origin.title,
    description: origin.description,
    leikaKey: origin.leikaKey,
    tags: origin.tags,
    tier: adoptedTier(origin.tier),
    originProcessId: origin.id,
    originVersion: version.record.version,
    startsWith: { map: Y.encodeStateAsUpdate(version.mapDoc), searchText: mapSearchText(version.map) },
  });
}
