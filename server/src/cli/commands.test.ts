import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../config.ts';
import { createStore } from '../store/create-store.ts';
import { COMMANDS } from './commands.ts';

describe('library export', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('writes a file only its owner can read, also over an existing readable one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-export-'));
    dirs.push(dir);
    const store = await createStore(parseConfig({ DATA_DIR: dir }));
    const exportCommand = COMMANDS.find((command) => command.name === 'library export')!;
    try {
      const fresh = join(dir, 'fresh.json');
      await exportCommand.run(store, { file: fresh });
      expect(statSync(fresh).mode & 0o777).toBe(0o600);
      const existing = join(dir, 'existing.json');
      writeFileSync(existing, 'old', { mode: 0o644 });
      await exportCommand.run(store, { file: existing });
      expect(statSync(existing).mode & 0o777).toBe(0o600);
    } finally {
      await store.close();
    }
  });
});
