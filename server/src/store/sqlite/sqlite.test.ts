import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storeContractSuite } from '../contract.ts';
import { createSqliteStore } from './index.ts';

storeContractSuite('SQLite', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'pw-sqlite-'));
  return {
    store: createSqliteStore({ dataDir }),
    reopen: async () => createSqliteStore({ dataDir }),
    cleanup: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
});
