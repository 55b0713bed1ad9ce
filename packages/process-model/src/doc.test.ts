// Tests for creating and initialising the process doc.
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createProcessDoc, getMeta, getNodes, getSchemaVersion, initProcessDoc } from './doc.ts';
import { SCHEMA_VERSION } from './schema.ts';
import { syncDocs } from './test-network.ts';

describe('createProcessDoc', () => {
  it('writes nothing, so two fresh docs have no update to exchange', () => {
    const doc = createProcessDoc();
    expect(Y.encodeStateVector(doc)).toEqual(Y.encodeStateVector(new Y.Doc()));
    expect(getNodes(doc).size).toBe(0);
  });

  it('treats a missing schema version as version 1', () => {
    expect(getSchemaVersion(createProcessDoc())).toBe(1);
  });

  it('lets two clients that each created a doc sync into the same empty map', () => {
    const a = createProcessDoc();
    const b = createProcessDoc();
    syncDocs(a, b);
    expect(a.toJSON()).toEqual(b.toJSON());
  });
});

describe('initProcessDoc', () => {
  it('stores the schema version once', () => {
    const doc = createProcessDoc();
    initProcessDoc(doc);
    expect(getMeta(doc).get('schemaVersion')).toBe(SCHEMA_VERSION);
    const before = Y.encodeStateVector(doc);
    initProcessDoc(doc);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it('treats a stored version that is not a positive integer as version 1', () => {
    const doc = createProcessDoc();
    getMeta(doc).set('schemaVersion', 'two');
    expect(getSchemaVersion(doc)).toBe(1);
  });
});
