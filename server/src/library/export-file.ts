// The library export file: a whole deployment as one JSON document, bytes as base64, versioned.
import * as Y from 'yjs';
import { readProcessMap } from '@prozesswerk/process-model';
import { roomName } from '@prozesswerk/protocol';
import { badRequest } from '../errors.ts';
import type { Store, StoreDump } from '../store/store.ts';
import { mapSearchText } from './search-indexer.ts';

export const EXPORT_FORMAT = 'prozesswerk-library';
export const EXPORT_VERSION = 1;

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
  if (parsed.version !== EXPORT_VERSION) {
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
  const dump = Object.fromEntries(keys.map((key) => [key, parsed[key]])) as StoreDump;
  // Exports from before hourly rates existed simply have none.
  return Array.isArray(parsed.hourlyRates)
    ? { ...dump, hourlyRates: parsed.hourlyRates as NonNullable<StoreDump['hourlyRates']> }
    : dump;
}

/** Imports a dump into an empty store and rebuilds the search index from the maps. */
export async function importDump(store: Store, dump: StoreDump): Promise<void> {
  try {
    await store.restoreAll(dump);
  } catch (error) {
    if (error instanceof Error && /not-empty/.test(error.message)) {
      throw badRequest('target-not-empty', 'Import needs an empty database; this one already holds data.');
    }
    throw error;
  }
  const states = new Map(dump.docs.map((d) => [d.room, d.state]));
  for (const process of dump.processes) {
    const state = states.get(roomName(process.id, 'map'));
    if (!state) continue;
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    await store.setSearchText(process.id, mapSearchText(readProcessMap(doc)));
    doc.destroy();
  }
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
