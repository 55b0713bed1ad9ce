// The library export file: a whole deployment as one JSON document, bytes as base64, versioned.
import { badRequest } from '../errors.ts';
import { readConsent } from '../store/publication-consent.ts';
import type { Publication, Store, StoreDump } from '../store/store.ts';
import { markSearchIndexCurrent, searchTextsOfDump } from './search-rebuild.ts';
import { toVersionMeta } from '../store/version-rows.ts';
import { resealLegacySnapshot, type LegacySnapshot } from './legacy-seal.ts';

export const EXPORT_FORMAT = 'prozesswerk-library';
/** 2: versions sealed with names beside them (1: names inside the hash, re-sealed on import). */
export const EXPORT_VERSION = 2;

const BYTE_FIELDS = new Set(['state', 'mapState', 'discussionState']);

export function serializeDump(dump: StoreDump): string {
  const body = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date().toISOString(),
    ...dump,
  };
  return JSON.stringify(body, (key, value: unknown) =>
    BYTE_FIELDS.has(key) && value instanceof Uint8Array ? Buffer.from(value).toString('base64') : value,
  );
}

export function parseDump(text: string): StoreDump {
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(text, (key, value: unknown) =>
      BYTE_FIELDS.has(key) && typeof value === 'string'
        ? new Uint8Array(Buffer.from(value, 'base64'))
        : value,
    ) as Record<string, unknown>;
  } catch {
    throw badRequest('invalid-export-file', 'The file is not valid JSON.');
  }
  if (parsed.format !== EXPORT_FORMAT)
    throw badRequest('invalid-export-file', 'Not a Prozesswerk library export.');
  if (parsed.version !== EXPORT_VERSION && parsed.version !== 1) {
    throw badRequest(
      'unsupported-export-version',
      `Export version ${String(parsed.version)} is not supported.`,
    );
  }
  const keys = [
    'orgs',
    'users',
    'memberships',
    'processes',
    'docs',
    'snapshots',
    'accessTokens',
    'invites',
    'guests',
  ] as const;
  for (const key of keys) {
    if (!Array.isArray(parsed[key])) throw badRequest('invalid-export-file', `The export lacks "${key}".`);
  }
  const read = Object.fromEntries(keys.map((key) => [key, parsed[key]])) as StoreDump;
  const dump = parsed.version === 1 ? { ...read, snapshots: resealed(read) } : read;
  // Exports from before hourly rates existed simply have none.
  const withRates = Array.isArray(parsed.hourlyRates)
    ? { ...dump, hourlyRates: parsed.hourlyRates as NonNullable<StoreDump['hourlyRates']> }
    : dump;
  // Exports from before publications were kept apart take the published processes' metadata (publicationsOf),
  // and those from before consents share nothing beyond the map.
  if (!Array.isArray(parsed.publications)) return withRates;
  const publications = (parsed.publications as Publication[]).map((p) => ({
    ...p,
    consent: readConsent(p.consent),
  }));
  return { ...withRates, publications };
}

/** Versions of a format-1 export, sealed as the database migration seals them. */
function resealed(dump: StoreDump): StoreDump['snapshots'] {
  const names = new Map([...dump.users, ...dump.guests].map((p) => [p.id, p.name]));
  const nameOf = (id: string) => {
    const name = names.get(id);
    return name === undefined ? undefined : { name };
  };
  return (dump.snapshots as unknown as LegacySnapshot[]).map((legacy) => {
    const sealed = resealLegacySnapshot(legacy, nameOf);
    const meta = toVersionMeta(
      {
        process_id: sealed.processId,
        version: sealed.version,
        name: sealed.name,
        note: sealed.note,
        sha256: sealed.sha256,
        frozen_at: sealed.frozenAt,
        frozen_by: sealed.frozenById,
        agreed_by: JSON.stringify(sealed.agreedByIds),
        previous_sha256: sealed.previousSha256 ?? null,
      },
      sealed.people,
      [],
    );
    return {
      ...meta,
      mapState: sealed.mapState,
      discussionState: sealed.discussionState,
      canonicalJson: sealed.canonicalJson,
      people: sealed.people,
      redactions: [],
      previousSha256: sealed.previousSha256 ?? null,
    };
  });
}

/**
 * Imports a dump into an empty store with its search index, in one transaction: every map is read first, so a
 * damaged file is refused before anything is written, and a failure while writing leaves the store empty.
 */
export async function importDump(store: Store, dump: StoreDump): Promise<void> {
  const search = searchTextsOfDump(dump);
  try {
    await store.restoreAll(dump, search);
  } catch (error) {
    if (error instanceof Error && /not-empty/.test(error.message)) {
      throw badRequest('target-not-empty', 'Import needs an empty database; this one already holds data.');
    }
    throw error;
  }
  await markSearchIndexCurrent(store);
}

export function dumpCounts(dump: StoreDump) {
  return {
    orgs: dump.orgs.length,
    users: dump.users.length,
    processes: dump.processes.length,
    docs: dump.docs.length,
    snapshots: dump.snapshots.length,
  };
}
