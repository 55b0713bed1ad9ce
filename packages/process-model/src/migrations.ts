// Upgrades a process doc from the schema version it was written with to the one this code knows.
import type * as Y from 'yjs';
import { getMeta, getSchemaVersion } from './doc.ts';
import { ProcessModelError } from './errors.ts';
import { migrateV1ToV2 } from './migrate-v2.ts';
import { LOCAL_ORIGIN } from './origin.ts';
import { SCHEMA_VERSION } from './schema.ts';

export type Migration = (doc: Y.Doc) => void;

/**
 * `MIGRATIONS[n]` turns a version-n doc into a version-(n + 1) doc. Add a step here together with
 * raising SCHEMA_VERSION. Steps run inside one transaction and must not throw (a throw would leave
 * earlier writes of the transaction in place); they should be idempotent, since two servers could
 * migrate copies of the same doc that later merge, and deterministic (every write a function of the
 * doc's state, never a random id or the clock), so two clients migrating the same state converge.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = { 1: migrateV1ToV2 };

export interface MigrateOptions {
  migrations?: Readonly<Record<number, Migration>>;
  targetVersion?: number;
}

// Returns the version the doc has afterwards. A doc without meta.schemaVersion counts as version 1.
export function migrateProcessDoc(
  doc: Y.Doc,
  origin: unknown = LOCAL_ORIGIN,
  { migrations = MIGRATIONS, targetVersion = SCHEMA_VERSION }: MigrateOptions = {},
): number {
  const current = getSchemaVersion(doc);
  if (current > targetVersion) {
    throw new ProcessModelError(
      'schema-too-new',
      `document has schema version ${current}, this code knows up to ${targetVersion}`,
    );
  }
  if (current === targetVersion) return current;

  // Check every step first, so a missing one throws before anything is written.
  const steps: Migration[] = [];
  for (let version = current; version < targetVersion; version++) {
    const step = migrations[version];
    if (step === undefined) {
      throw new ProcessModelError('missing-migration', `no migration from schema version ${version}`);
    }
    steps.push(step);
  }
  doc.transact(() => {
    for (const step of steps) step(doc);
    getMeta(doc).set('schemaVersion', targetVersion);
  }, origin);
  return targetVersion;
}
