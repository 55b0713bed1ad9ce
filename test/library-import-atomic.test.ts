// Finding 10 of issue 13 (library import): a damaged export file is refused whole — the target database stays empty
// instead of holding half a library, and the import can simply be run again with a good file.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addNode, initProcessDoc } from '@prozesswerk/process-model';
import { roomName } from '@prozesswerk/protocol';
import { addMember, createOrg } from '../server/src/auth/accounts.ts';
import { parseConfig } from '../server/src/config.ts';
import { newRecordId } from '../server/src/ids.ts';
import { importDump } from '../server/src/library/export-file.ts';
import { createStore } from '../server/src/store/create-store.ts';
import type { Store, StoreDump } from '../server/src/store/store.ts';
import { removeDataDir } from './support/server.ts';

const dirs: string[] = [];
const freshStore = (): Promise<Store> => {
  const dataDir = mkdtempSync(join(tmpdir(), 'pw-import-atomic-'));
  dirs.push(dataDir);
  return createStore(parseConfig({ DATA_DIR: dataDir, SQLITE_SYNCHRONOUS: 'NORMAL' }));
};

describe('importing a library export into an empty database (SQLite)', () => {
  let dump: StoreDump;
  const stores: Store[] = [];

  beforeAll(async () => {
    const source = await freshStore();
    stores.push(source);
    const org = await createOrg(source, 'Kehl');
    await addMember(source, { email: 'anna@kehl.de', name: 'Anna', orgId: org.id, role: 'admin' });
    for (const title of ['Gewerbeanmeldung', 'Hundesteuer', 'Wohngeld']) {
      const process = await source.createProcess({ id: newRecordId(), orgId: org.id, title });
      const doc = new Y.Doc();
      initProcessDoc(doc);
      addNode(doc, { kind: 'activity', label: `${title} prüfen`, x: 0, y: 0 });
      await source.appendUpdates([{ room: roomName(process.id, 'map'), update: Y.encodeStateAsUpdate(doc) }]);
    }
    dump = await source.dumpAll();
    expect(dump.processes).toHaveLength(3);
  });
  afterAll(async () => {
    for (const store of stores) await store.close();
    for (const dir of dirs) removeDataDir(dir);
  });

  const isEmpty = async (store: Store) => {
    const after = await store.dumpAll();
    return [after.orgs, after.users, after.memberships, after.processes, after.docs].every(
      (t) => t.length === 0,
    );
  };

  it('writes nothing when a record late in the file cannot be stored, and takes the good file afterwards', async () => {
    const target = await freshStore();
    stores.push(target);
    // The last process repeats the first one's id: orgs, users and two processes would be written before it fails.
    const damaged: StoreDump = { ...dump, processes: [...dump.processes, { ...dump.processes[0]! }] };
    await expect(importDump(target, damaged)).rejects.toThrow();
    expect(await isEmpty(target)).toBe(true);

    await importDump(target, dump);
    const restored = await target.dumpAll();
    expect(restored.processes.map((p) => p.id).sort()).toEqual(dump.processes.map((p) => p.id).sort());
  });

  it('refuses a file with an unreadable map before writing anything', async () => {
    const target = await freshStore();
    stores.push(target);
    const docs = dump.docs.map((doc, i) =>
      i === dump.docs.length - 1 ? { ...doc, state: new Uint8Array([255, 1, 2, 3, 4]) } : doc,
    );
    await expect(importDump(target, { ...dump, docs })).rejects.toThrow();
    expect(await isEmpty(target)).toBe(true);
  });
});
