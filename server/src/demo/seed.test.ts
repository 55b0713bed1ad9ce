import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readProcessMap, validateProcessMap } from '@prozesswerk/process-model';
import { roomName } from '@prozesswerk/protocol';
import { createSqliteStore } from '../store/sqlite/index.ts';
import { seedDemo } from './seed.ts';

describe('demo data', () => {
  it('seeds two municipalities with a valid Gewerbeanmeldung each, once', async () => {
    const store = createSqliteStore({ dataDir: ':memory:' });
    expect((await seedDemo(store)).seeded).toBe(true);
    expect((await seedDemo(store)).seeded).toBe(false);
    const orgs = await store.listOrgs();
    expect(orgs.map((o) => o.name)).toEqual(['Stadt Kehl', 'Stadt Offenburg']);
    for (const org of orgs) {
      const [process] = await store.listProcesses([org.id]);
      const stored = await store.loadDoc(roomName(process!.id, 'map'));
      const doc = new Y.Doc();
      for (const update of stored.updates) Y.applyUpdate(doc, update);
      const map = readProcessMap(doc);
      expect(validateProcessMap(map).success).toBe(true);
      expect(map.nodes.length).toBeGreaterThanOrEqual(10);
      expect(map.lanes.map((l) => l.label)).toEqual(['Antragsteller/in', 'Bürgerbüro', 'Gewerbeamt']);
    }
    await store.close();
  });
});
