// Tests for the schema migration hook.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createProcessDoc, getMeta, getNodes, getSchemaVersion, initProcessDoc } from './doc.ts';
import { MIGRATIONS, migrateProcessDoc } from './migrations.ts';
import type { Migration } from './migrations.ts';
import { SCHEMA_VERSION } from './schema.ts';

describe('migrateProcessDoc', () => {
  it('has a step for every version below the current one', () => {
    for (let version = 1; version < SCHEMA_VERSION; version++) expect(MIGRATIONS[version]).toBeDefined();
  });

  it('leaves a current doc untouched', () => {
    const initialised = createProcessDoc();
    initProcessDoc(initialised);
    const before = Y.encodeStateVector(initialised);
    migrateProcessDoc(initialised);
    expect(Y.encodeStateVector(initialised)).toEqual(before);
  });

  it('throws schema-too-new for a doc written by newer code', () => {
    const doc = createProcessDoc();
    getMeta(doc).set('schemaVersion', SCHEMA_VERSION + 1);
    expect(() => migrateProcessDoc(doc)).toThrow(expect.objectContaining({ code: 'schema-too-new' }));
  });

  it('runs the steps in order in one transaction with the given origin and stores the new version', () => {
    const doc = createProcessDoc();
    const calls: number[] = [];
    const step =
      (version: number): Migration =>
      (d) => {
        calls.push(version);
        getNodes(d).set(`touched-by-${version}`, new Y.Map());
      };
    const origins: unknown[] = [];
    doc.on('afterTransaction', (t: Y.Transaction) => origins.push(t.origin));

    const version = migrateProcessDoc(doc, 'server', {
      migrations: { 1: step(1), 2: step(2) },
      targetVersion: 3,
    });

    expect(version).toBe(3);
    expect(calls).toEqual([1, 2]);
    expect(origins).toEqual(['server']);
    expect(getSchemaVersion(doc)).toBe(3);
  });

  it('throws missing-migration before writing anything when a step is missing', () => {
    const doc = createProcessDoc();
    const ran: number[] = [];
    expect(() =>
      migrateProcessDoc(doc, 'server', { migrations: { 1: () => ran.push(1) }, targetVersion: 3 }),
    ).toThrow(expect.objectContaining({ code: 'missing-migration' }));
    expect(ran).toEqual([]);
    expect(getSchemaVersion(doc)).toBe(1);
  });
});
