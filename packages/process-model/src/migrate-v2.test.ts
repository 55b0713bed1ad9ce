// Schema v1 → v2: old documents keep loading, become what they stood for, and converge when migrated concurrently.
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createProcessDoc, getEdges, getMeta, getNodes, getSchemaVersion } from './doc.ts';
import { migrateV1ToV2 } from './migrate-v2.ts';
import { migrateProcessDoc } from './migrations.ts';
import { readProcessMap } from './read.ts';
import { SCHEMA_VERSION } from './schema.ts';
import { createPeers, syncDocs } from './test-network.ts';
import { validateProcessMap } from './validate.ts';

function put(container: Y.Map<unknown>, id: string, fields: Record<string, unknown>): void {
  const entry = new Y.Map<unknown>();
  container.set(id, entry);
  for (const [key, value] of Object.entries(fields)) {
    if (key !== 'attrs') entry.set(key, value);
    else {
      const attrs = new Y.Map<unknown>();
      entry.set('attrs', attrs);
      for (const [name, attr] of Object.entries(value as object)) attrs.set(name, attr);
    }
  }
}

// What schema v1 code wrote: a document wired with a sequence flow, and an event imported as an activity.
function v1Doc(): Y.Doc {
  const doc = createProcessDoc();
  getMeta(doc).set('schemaVersion', 1);
  put(getNodes(doc), 'task', { kind: 'activity', label: 'Prüfen', x: 0, y: 0, attrs: { durationMin: 5 } });
  put(getNodes(doc), 'form', { kind: 'document', label: 'Formular', x: 0, y: 100, attrs: {} });
  put(getNodes(doc), 'wait', {
    kind: 'activity',
    label: '14 Tage',
    x: 200,
    y: 10,
    w: 100,
    h: 60,
    attrs: {
      description: 'Frist laut Satzung\n\nBPMN: eintretendes Zwischenereignis (timer)',
      waitMin: 20160,
    },
  });
  put(getNodes(doc), 'send', {
    kind: 'activity',
    label: 'Bescheid senden',
    x: 400,
    y: 0,
    attrs: { description: 'BPMN: auslösendes Zwischenereignis (message)' },
  });
  put(getEdges(doc), 'e1', { kind: 'sequence', source: 'task', target: 'form' });
  put(getEdges(doc), 'e2', { kind: 'sequence', source: 'task', target: 'wait' });
  return doc;
}

describe('migrating a schema v1 document', () => {
  it('reads a v1 document as a valid map before it is migrated', () => {
    const map = readProcessMap(v1Doc());
    expect(validateProcessMap(map).success).toBe(true);
    expect(map.nodes.map((node) => node.kind)).toEqual(['document', 'activity', 'activity', 'activity']);
  });

  it('wires documents with associations and turns imported events back into events', () => {
    const doc = v1Doc();
    expect(migrateProcessDoc(doc)).toBe(SCHEMA_VERSION);
    const map = readProcessMap(doc);
    const byId = (id: string) => map.nodes.find((node) => node.id === id);
    expect(map.edges.map((edge) => [edge.id, edge.kind])).toEqual([
      ['e1', 'association'],
      ['e2', 'sequence'],
    ]);
    // 100 × 60 at (200, 10) becomes the event's 44 × 44 around the same centre.
    expect(byId('wait')).toEqual({
      id: 'wait',
      kind: 'intermediate',
      trigger: 'timer',
      label: '14 Tage',
      x: 228,
      y: 18,
      attrs: { description: 'Frist laut Satzung', waitMin: 20160 },
    });
    expect(byId('send')).toMatchObject({
      kind: 'intermediate',
      trigger: 'message',
      throwing: true,
      attrs: {},
    });
    expect(byId('task')).toMatchObject({ kind: 'activity', attrs: { durationMin: 5 } });
    expect(getSchemaVersion(doc)).toBe(SCHEMA_VERSION);
  });

  it('changes nothing when its step runs again (two servers may migrate copies that later merge)', () => {
    const doc = v1Doc();
    migrateV1ToV2(doc);
    const before = Y.encodeStateVector(doc);
    migrateV1ToV2(doc);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it('converges when two clients migrate the same document at the same time, and keeps their edits', () => {
    const [a, b] = createPeers(v1Doc(), 2) as [Y.Doc, Y.Doc];
    migrateProcessDoc(a);
    (getNodes(b).get('task') as Y.Map<unknown>).set('label', 'Antrag prüfen');
    migrateProcessDoc(b);
    syncDocs(a, b);
    expect(readProcessMap(a)).toEqual(readProcessMap(b));
    expect(getSchemaVersion(a)).toBe(SCHEMA_VERSION);
    const map = readProcessMap(a);
    expect(map.nodes.find((node) => node.id === 'task')?.label).toBe('Antrag prüfen');
    expect(map.nodes.filter((node) => node.kind === 'intermediate')).toHaveLength(2);
  });
});
